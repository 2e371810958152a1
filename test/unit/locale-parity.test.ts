import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { pagesByLocale, missingPages } from '../support/page-parity';
import { docsDir } from '../support/paths';

describe('same pages in every locale', () => {
	test('every locale has a content folder with pages', () => {
		const pages = pagesByLocale(docsDir, localeCodes);
		for (const locale of localeCodes) expect(pages[locale].length, `src/content/docs/${locale}/`).toBeGreaterThan(0);
	});

	test('no page exists in one locale and not in another', () => {
		expect(missingPages(pagesByLocale(docsDir, localeCodes))).toEqual([]);
	});

	test('a page missing in one locale is reported by file and locale', () => {
		const report = missingPages({ fi: ['index.mdx', 'calm.mdx'], hr: ['index.mdx'] });
		expect(report).toEqual(['src/content/docs/hr/calm.mdx is missing (locale "hr"; the page exists in fi)']);
	});
});
