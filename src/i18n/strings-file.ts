import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../locales';

/**
 * Interface strings read from src/content/i18n/<locale>.json by build steps that run outside Astro's
 * content collections; a missing or empty key fails naming the file, the locale and the key.
 */
export function interfaceWords<Key extends string>(i18nDir: URL, locale: Locale, keys: readonly Key[]): Record<Key, string> {
	const file = new URL(`${locale}.json`, i18nDir);
	const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	return Object.fromEntries(
		keys.map((key) => {
			const value = strings[key];
			if (typeof value !== 'string' || !value.trim()) throw new Error(`${fileURLToPath(file)} (locale "${locale}"): key "${key}" is missing`);
			return [key, value];
		}),
	) as Record<Key, string>;
}
