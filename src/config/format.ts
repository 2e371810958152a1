import { locales, type Locale } from '../locales';
import { editionValue, type Organisation, type Remedy } from './schema';

/**
 * Where an edition writes money differently from Intl's locale data. Malaysian shops, price tags and
 * Bank Negara write the ringgit as "RM100" or "RM19.90": the symbol against the figure, no cents on a
 * whole amount. Intl (CLDR) gives "RM 100.00" for ms and ms-MY.
 */
const moneyStyle: Partial<Record<Locale, { symbolAgainstFigure: boolean; centsOnlyWhenNeeded: boolean }>> = {
	ms: { symbolAgainstFigure: true, centsOnlyWhenNeeded: true },
};

/** The currency an edition counts in (`currency` may be one code or one per edition). */
export function currencyOf(organisation: Organisation, locale: Locale): string {
	return editionValue(organisation.currency, locale);
}

/** An amount of money the way the edition in `locale` writes it, e.g. "20,00 €" (fi), "RM100" (ms). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
	const style = moneyStyle[locale];
	const format = new Intl.NumberFormat(locales[locale].lang, {
		style: 'currency',
		currency,
		...(style?.centsOnlyWhenNeeded ? { trailingZeroDisplay: 'stripIfInteger' as const } : {}),
	});
	if (!style?.symbolAgainstFigure) return format.format(amount);
	const parts = format.formatToParts(amount);
	// Drop the space between the symbol and the figure, wherever Intl puts it.
	return parts
		.filter((part, index) => !(part.type === 'literal' && /^\s+$/.test(part.value) && [parts[index - 1]?.type, parts[index + 1]?.type].includes('currency')))
		.map((part) => part.value)
		.join('');
}

/** Policy figures written the way each language writes them (Intl), e.g. "20,00 €", "RM100", "10 %". */
export function formatRemedyLimit(organisation: Organisation, remedy: Remedy, locale: Locale): string | undefined {
	const settings = organisation.remedies[remedy];
	if (!('upTo' in settings) || !settings.staffMayGive) return undefined;
	const upTo = editionValue(settings.upTo, locale);
	const lang = locales[locale].lang;
	if (remedy === 'discount') return new Intl.NumberFormat(lang, { style: 'percent' }).format(upTo / 100);
	return formatMoney(upTo, currencyOf(organisation, locale), locale);
}

/** The organisation's name as the edition in `locale` writes it. */
export function organisationName(organisation: Organisation, locale: Locale): string {
	return editionValue(organisation.name, locale);
}

export function formatCallbackTime(organisation: Organisation, locale: Locale): string {
	return new Intl.NumberFormat(locales[locale].lang, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(
		organisation.callbackHours,
	);
}
