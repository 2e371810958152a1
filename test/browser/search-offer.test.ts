import { describe } from 'vitest';
import { searchQueries } from '../support/search-queries';
import { interfaceStrings, localeCodes } from '../support/site';
import { site, test } from './support/harness';
import { openSearch, resultsFor } from './support/search';

/**
 * No dead ends, in every language: a query with no results says so and offers the entry tree and the
 * safety tree; a query with results shows the words that matched in <mark>.
 */
const { origin } = site('shipped');

describe.concurrent.each(localeCodes)('%s search dialog', (locale) => {
	test('a query with no results says so and offers the entry tree and the safety tree', { timeout: 120_000 }, async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/calm/`);
		const dialog = await openSearch(page);
		// The engine loaded first: on a busy machine its first load can outlast a query's wait.
		await page.evaluate(() => (document.querySelector('site-search') as HTMLElement & { results(q: string): Promise<unknown> }).results('a'));
		const query = 'qxzqxzqxz';
		expect(await resultsFor(expect, dialog, locale, query)).toEqual([]);
		const strings = interfaceStrings(locale);
		expect(await dialog.locator('[data-search-status]').textContent()).toBe(strings['pagefind.zero_results'].replace('[SEARCH_TERM]', query));
		const offer = dialog.locator('[data-search-offer]');
		await expect.poll(() => offer.isVisible()).toBe(true);
		expect(await offer.locator('p').textContent()).toBe(strings['search.noResultsOffer']);
		const links = await offer.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toEqual([`/${locale}/decide/`, `/${locale}/decide/safety/`]);
		// A query with results hides the offer again.
		await resultsFor(expect, dialog, locale, searchQueries(locale)[0].query);
		expect(await offer.isVisible()).toBe(false);
	});

	test('results show the words that matched in <mark>', { timeout: 120_000 }, async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		// The engine loaded first: on a busy machine its first load can outlast a query's wait.
		await page.evaluate(() => (document.querySelector('site-search') as HTMLElement & { results(q: string): Promise<unknown> }).results('a'));
		const { query } = searchQueries(locale)[0];
		const results = await resultsFor(expect, dialog, locale, query);
		expect(results.length).toBeGreaterThan(0);
		const marked = await dialog.locator('a[data-search-result]').evaluateAll((links) => links.map((link) => link.querySelectorAll('mark').length));
		// The first result holds the words typed (others may match by a synonym their snippet does not show).
		expect(marked[0], `"${query}": the first result marks no word`).toBeGreaterThan(0);
		// Marks hold text only: no markup from the index or the query.
		expect(await dialog.locator('a[data-search-result] mark *').count()).toBe(0);
	});
});
