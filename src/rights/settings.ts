/**
 * The organisation setting `jurisdiction`: whose law each edition's rights page and trees describe.
 * Each edition names a shipped jurisdiction by id ("finland") or gets a module the team wrote with
 * `defineJurisdiction` and imported into its settings file; editions left out keep the default below.
 * The setting checks that every edition's jurisdiction has that edition's texts.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../locales';
import { shippedJurisdictions } from './jurisdictions';
import { formatIssues, isDefinedJurisdiction, jurisdictionFile, missingTexts, type Jurisdiction } from './schema';

/** Each shipped edition stands for its country. */
export const defaultJurisdictions: Record<Locale, keyof typeof shippedJurisdictions> = {
	fi: 'finland',
	hr: 'croatia',
	bg: 'bulgaria',
	ms: 'malaysia',
};

const known = Object.keys(shippedJurisdictions).sort().join(', ');

const choice = z.custom<string | Jurisdiction>((value) => typeof value === 'string' || isDefinedJurisdiction(value), {
	error: `must be the id of a shipped jurisdiction (${known}) or a module made with defineJurisdiction`,
});

export const jurisdictionSetting = z
	.partialRecord(z.enum(localeCodes), choice)
	.optional()
	.transform((chosen, ctx) => {
		const resolved = {} as Record<Locale, Jurisdiction>;
		for (const locale of localeCodes) {
			const value = chosen?.[locale] ?? defaultJurisdictions[locale];
			if (typeof value !== 'string') resolved[locale] = value;
			else if (Object.hasOwn(shippedJurisdictions, value)) resolved[locale] = shippedJurisdictions[value as keyof typeof shippedJurisdictions];
			else ctx.issues.push({ code: 'custom', input: value, path: [locale], message: `unknown jurisdiction "${value}"; known: ${known}` });
		}
		// A jurisdiction must speak every language of the editions that use it.
		const editionsOf = new Map<Jurisdiction, Locale[]>();
		for (const [locale, jurisdiction] of Object.entries(resolved) as [Locale, Jurisdiction][])
			editionsOf.set(jurisdiction, [...(editionsOf.get(jurisdiction) ?? []), locale]);
		for (const [jurisdiction, editions] of editionsOf)
			for (const issue of missingTexts(jurisdiction, editions)) {
				const edition = editions.find((locale) => issue.path.at(-1) === locale) ?? editions[0];
				const [line] = formatIssues(jurisdictionFile(jurisdiction), [issue]);
				ctx.issues.push({ code: 'custom', input: jurisdiction, path: [edition], message: line.trim() });
			}
		return resolved;
	});

export type JurisdictionSettingInput = z.input<typeof jurisdictionSetting>;
