import { getEntry } from 'astro:content';
import organisation from '../config/organisation';
import { mainEdition } from '../config/editions';
import { locales } from '../locales';

/** The editions this build makes (the `editions` setting), in the order of src/locales.ts. */
export const builtEditions = organisation.editions;

/** The edition that speaks first on the pages outside any one language (the default locale when built). */
export const firstEdition = mainEdition(builtEditions);

/**
 * Every edition built, with its interface strings, for the pages outside any one language (the language
 * chooser at `/` and the "page not found" page): each names its language in itself and links its home.
 */
export async function editions(base: string) {
	return Promise.all(
		builtEditions.map(async (code) => {
			const strings = (await getEntry('i18n', code))?.data;
			if (!strings) throw new Error(`src/content/i18n/${code}.json: missing; locale "${code}" needs its interface strings`);
			return { code, ...locales[code], href: `${base}${code}/`, strings };
		}),
	);
}
