import { readFileSync } from 'node:fs';
import { i18nSchema } from '@astrojs/starlight/schema';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { siteStringsSchema } from '../../src/schemas/site-strings';
import { i18nDir } from '../support/paths';

/**
 * Every interface string Starlight knows (its own, Pagefind's, Expressive Code's) plus the site's own.
 * Read from Starlight's schema, so an upgrade that adds a key fails here until every locale has it.
 */
const requiredKeys = Object.keys(i18nSchema({ extend: siteStringsSchema }).shape).sort();

describe('interface strings', () => {
	test('the key list is read from Starlight and the site schema', () => {
		expect(requiredKeys).toContain('search.label');
		expect(requiredKeys).toContain('pagefind.zero_results');
		expect(requiredKeys).toContain('chooser.heading');
	});

	test.each(localeCodes)('src/content/i18n/%s.json has every key, each translated', (locale) => {
		const file = `src/content/i18n/${locale}.json`;
		const strings = JSON.parse(readFileSync(`${i18nDir}${locale}.json`, 'utf8')) as Record<string, unknown>;
		const problems = [
			...requiredKeys
				.filter((key) => typeof strings[key] !== 'string' || !(strings[key] as string).trim())
				.map((key) => `${file}: locale "${locale}" is missing key "${key}"`),
			...Object.keys(strings)
				.filter((key) => !requiredKeys.includes(key))
				.map((key) => `${file}: locale "${locale}" has unknown key "${key}"`),
		];
		expect(problems).toEqual([]);
	});

	test('placeholders survive translation', () => {
		const placeholders = (text: string) => (text.match(/\[[A-Z_]+\]|\{\{\w+\}\}/g) ?? []).sort();
		const byLocale = Object.fromEntries(
			localeCodes.map((locale) => [locale, JSON.parse(readFileSync(`${i18nDir}${locale}.json`, 'utf8'))]),
		);
		const problems: string[] = [];
		for (const key of requiredKeys) {
			const expected = placeholders(byLocale.fi[key] ?? '');
			for (const locale of localeCodes) {
				const found = placeholders(byLocale[locale][key] ?? '');
				if (found.join() !== expected.join())
					problems.push(`src/content/i18n/${locale}.json: key "${key}" has ${found.join() || 'no'} placeholders, fi has ${expected.join() || 'none'}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('no locale reuses the Finnish string (a file copied from fi and never translated)', () => {
		// Keys whose text is the same in every language: the name printed on the keyboard key.
		const sameInEveryLanguage = ['search.ctrlKey'];
		const fi = JSON.parse(readFileSync(`${i18nDir}fi.json`, 'utf8')) as Record<string, string>;
		const problems: string[] = [];
		for (const locale of localeCodes.filter((code) => code !== 'fi')) {
			const strings = JSON.parse(readFileSync(`${i18nDir}${locale}.json`, 'utf8')) as Record<string, string>;
			for (const key of requiredKeys.filter((key) => !sameInEveryLanguage.includes(key)))
				if (strings[key] === fi[key]) problems.push(`src/content/i18n/${locale}.json: key "${key}" is the Finnish text ${JSON.stringify(fi[key])}`);
		}
		expect(problems).toEqual([]);
	});

	test('Bulgarian strings are written in Cyrillic, the others in Latin script', () => {
		const problems: string[] = [];
		for (const locale of localeCodes) {
			const strings = JSON.parse(readFileSync(`${i18nDir}${locale}.json`, 'utf8')) as Record<string, string>;
			expect(Object.keys(strings).length, locale).toBeGreaterThanOrEqual(requiredKeys.length);
			for (const [key, text] of Object.entries(strings)) {
				// Letters outside placeholders and the names every script writes the same: a key, a product, "QR".
				const letters = text.replace(/\[[A-Z_]+\]|\{\{\w+\}\}|\b(?:Ctrl|Starlight|QR)\b/g, '').match(/\p{L}/gu) ?? [];
				const foreign = letters.filter((letter) => (locale === 'bg' ? !/\p{Script=Cyrillic}/u.test(letter) : !/\p{Script=Latin}/u.test(letter)));
				if (foreign.length) problems.push(`src/content/i18n/${locale}.json: key "${key}" has letters of another script: ${foreign.join('')}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
