/**
 * The site's languages: the one list every other module reads (Starlight config, the root language
 * chooser, tests). Adding a language starts here; see README.md.
 */
export const locales = {
	fi: { label: 'Suomi', lang: 'fi', siteTitle: 'Hankalat asiakastilanteet' },
	hr: { label: 'Hrvatski', lang: 'hr', siteTitle: 'Zahtjevni kupci' },
	bg: { label: 'Български', lang: 'bg', siteTitle: 'Трудни клиенти' },
	ms: { label: 'Bahasa Melayu', lang: 'ms', siteTitle: 'Melayan Pelanggan Sukar' },
} as const;

export type Locale = keyof typeof locales;

/** Starlight falls back to this locale's strings; every page still must exist in every locale. */
export const defaultLocale: Locale = 'fi';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The locale whose `lang` is the given `<html lang>` value. */
export function localeFromLang(lang: string): Locale | undefined {
	return localeCodes.find((code) => locales[code].lang === lang);
}
