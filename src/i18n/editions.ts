import { getEntry } from 'astro:content';
import { localeCodes, locales } from '../locales';

/**
 * Every edition with its interface strings, for the pages outside any one language (the language
 * chooser at `/` and the "page not found" page): each names its language in itself and links its home.
 */
export async function editions(base: string) {
	return Promise.all(
		localeCodes.map(async (code) => {
			const strings = (await getEntry('i18n', code))?.data;
			if (!strings) throw new Error(`src/content/i18n/${code}.json: missing; locale "${code}" needs its interface strings`);
			return { code, ...locales[code], href: `${base}${code}/`, strings };
		}),
	);
}
