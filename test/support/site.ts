import { readFileSync } from 'node:fs';
import { localeCodes, type Locale } from '../../src/locales';
import { i18nDir } from './paths';

/** A locale's interface strings as the site ships them. */
export function interfaceStrings(locale: Locale): Record<string, string> {
	return JSON.parse(readFileSync(`${i18nDir}${locale}.json`, 'utf8'));
}

export { localeCodes };
