/**
 * The benchmark's measuring code (`npm run bench`), run on the built site: a renamed Pagefind file or a
 * changed search dialog would otherwise print zeros in the table without anything failing. Figures are
 * only checked for being measured at all; their size is the benchmark's business, not a test's.
 */
import { describe, expect, test } from 'vitest';
import { pagefindSize } from '../../scripts/bench/pagefind';
import { measureSiteSearch } from '../../scripts/bench/search';
import { pagesByLocale } from '../support/page-parity';
import { docsDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { browser, site } from './support/harness';

// The benchmark opens its own pages (measured, not watched), in the run's one browser.
const { origin, outDir: distDir } = site('shipped');

describe('the benchmark measures', () => {
	test('a Pagefind index for each language, with at least its pages in it', () => {
		const { perLocale, sharedBytes } = pagefindSize(distDir);
		const pages = pagesByLocale(docsDir, localeCodes);
		expect(Object.keys(perLocale).sort()).toEqual([...localeCodes].sort());
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
		for (const locale of localeCodes) {
			expect(perLocale[locale]!.bytes, locale).toBeGreaterThan(0);
			expect(perLocale[locale]!.pages, locale).toBeGreaterThanOrEqual(pages[locale].length);
		}
		expect(sharedBytes).toBeGreaterThan(0);
	});

	// Concurrent: the test checks that each figure is measured, not how large it is.
	test.concurrent.for(localeCodes)('the %s search: index, page load, first query and query times', async (locale, { expect }) => {
		const row = await measureSiteSearch(await browser(), origin, distDir, locale);
		expect(row.indexBytes).toBeGreaterThan(0);
		expect(row.pageLoadBytes).toBeGreaterThan(0);
		// The first query fetches Pagefind's code and this language's index.
		expect(row.firstQueryBytes).toBeGreaterThan(10 * 1024);
		expect(row.firstQueryMs).toBeGreaterThan(0);
		expect(row.queryMs).toBeGreaterThan(0);
	});
});
