/**
 * The editions a build makes (the `editions` setting) and the one that speaks for the site where a page
 * belongs to no edition: the default locale when it is built, else the first built edition.
 */
import { defaultLocale, localeCodes, type Locale } from '../locales.ts';

export function mainEdition(editions: readonly Locale[]): Locale {
	const main = editions.includes(defaultLocale) ? defaultLocale : editions[0];
	if (!main) throw new Error('organisation settings: editions: must name at least one edition');
	return main;
}

/** The site's languages that this build leaves out. */
export function unbuiltEditions(editions: readonly Locale[]): Locale[] {
	return localeCodes.filter((code) => !editions.includes(code));
}

/** Whether a path from the site's base ("/hr/calm/", "hr/sw.js") lies in the folder of an edition not built. */
export function inUnbuiltEdition(path: string, editions: readonly Locale[]): boolean {
	const first = path.replace(/^\//, '').split('/')[0];
	return unbuiltEditions(editions).some((code) => code === first);
}
