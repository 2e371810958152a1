/**
 * The benchmark's measuring code (`npm run bench`), run on the built site: a renamed Pagefind file or a
 * changed search dialog would otherwise print zeros in the table without anything failing. Figures are
 * only checked for being measured at all; their size is the benchmark's business, not a test's.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pagefindSize } from '../../scripts/bench/pagefind';
import { measureSiteSearch } from '../../scripts/bench/search';
import { pagesByLocale } from '../support/page-parity';
import { distDir, docsDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { launchBrowser } from './support/browser';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the benchmark measures', () => {
	test('a Pagefind index for each language, with at least its pages in it', () => {
		const { perLocale, sharedBytes } = pagefindSize(distDir);
		const pages = pagesByLocale(docsDir, localeCodes);
		expect(Object.keys(perLocale).sort()).toEqual([...localeCodes].sort());
		for (const locale of localeCodes) {
			expect(perLocale[locale]!.bytes, locale).toBeGreaterThan(0);
			expect(perLocale[locale]!.pages, locale).toBeGreaterThanOrEqual(pages[locale].length);
		}
		expect(sharedBytes).toBeGreaterThan(0);
	});

	test.each(localeCodes)('the %s search: index, page load, first query and query times', async (locale) => {
		const row = await measureSiteSearch(browser, origin, distDir, locale);
		expect(row.indexBytes).toBeGreaterThan(0);
		expect(row.pageLoadBytes).toBeGreaterThan(0);
		// The first query fetches Pagefind's code and this language's index.
		expect(row.firstQueryBytes).toBeGreaterThan(10 * 1024);
		expect(row.firstQueryMs).toBeGreaterThan(0);
		expect(row.queryMs).toBeGreaterThan(0);
	});
});
