import { isLocale, localeFromLang, type Locale } from '../locales';

/** localStorage key holding the language the reader used last. */
const STORAGE_KEY = 'kb:locale';

/** Records the current page's language so the root page can send a returning reader back to it. */
export function rememberLocale(lang: string): void {
	const locale = localeFromLang(lang);
	if (!locale) return;
	try {
		localStorage.setItem(STORAGE_KEY, locale);
	} catch {
		// Storage can be disabled (private mode, policy); the chooser then simply shows every language.
	}
}

/** The remembered language, or undefined when nothing valid is stored (values are never trusted). */
export function rememberedLocale(): Locale | undefined {
	try {
		const stored = localStorage.getItem(STORAGE_KEY);
		return isLocale(stored) ? stored : undefined;
	} catch {
		return undefined;
	}
}
