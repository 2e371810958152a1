import { locales, type Locale } from '../locales';
import type { Organisation, Remedy } from './schema';

/** Policy figures written the way each language writes them (Intl), e.g. "20,00 €", "10 %", "24 tuntia". */
export function formatRemedyLimit(organisation: Organisation, remedy: Remedy, locale: Locale): string | undefined {
	const settings = organisation.remedies[remedy];
	if (!('upTo' in settings) || !settings.staffMayGive) return undefined;
	const lang = locales[locale].lang;
	if (remedy === 'discount') return new Intl.NumberFormat(lang, { style: 'percent' }).format(settings.upTo / 100);
	return new Intl.NumberFormat(lang, { style: 'currency', currency: organisation.currency }).format(settings.upTo);
}

/** The organisation's name as the edition in `locale` writes it. */
export function organisationName(organisation: Organisation, locale: Locale): string {
	return typeof organisation.name === 'string' ? organisation.name : organisation.name[locale];
}

export function formatCallbackTime(organisation: Organisation, locale: Locale): string {
	return new Intl.NumberFormat(locales[locale].lang, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(
		organisation.callbackHours,
	);
}
