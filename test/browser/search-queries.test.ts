import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Locale } from '../../src/locales';
import { expectedPath, queriesFile, searchQueries } from '../support/search-queries';
import { interfaceStrings, localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { openSearch } from './support/search';

/**
 * The query set (test/search-queries/<lang>.json) typed into the site's own search dialog (Ctrl+K) in
 * headless Chromium: the first three results must hold the page or tree step each query aims at, for
 * at least 95 % of the queries of every language. The score of each language is printed.
 */
const origin = inject('siteOrigin');
const required = 0.95;
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** The result links shown once the dialog has finished searching for `query`. */
async function resultsFor(dialog: Awaited<ReturnType<typeof openSearch>>, locale: Locale, query: string): Promise<string[]> {
	const strings = interfaceStrings(locale);
	const done = ['pagefind.zero_results', 'pagefind.one_result', 'pagefind.many_results'].map((key) =>
		strings[key].replace('[SEARCH_TERM]', query.trim()).split('[COUNT]'),
	);
	await dialog.locator('input[type="search"]').fill(query);
	const status = dialog.locator('[data-search-status]');
	await expect
		.poll(async () => {
			const text = (await status.textContent()) ?? '';
			return done.some(([before, after = '']) => text.startsWith(before) && text.endsWith(after));
		}, { timeout: 15_000 })
		.toBe(true);
	return dialog.locator('a[data-search-result]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/** A result's path, with the fragment only when the query aims at a tree step. */
function comparable(href: string, withFragment: boolean): string {
	const url = new URL(href);
	return decodeURIComponent(url.pathname + (withFragment ? url.hash : ''));
}

describe.each(localeCodes)('the %s query set', (locale) => {
	test(`finds the right page in the first three results for ≥ ${required * 100} % of queries`, { timeout: 300_000 }, async () => {
		const queries = searchQueries(locale);
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		const misses: string[] = [];
		for (const { query, finds } of queries) {
			const expected = expectedPath(locale, finds);
			const results = await resultsFor(dialog, locale, query);
			// One result per page: a tree's steps or a page's sections never crowd out other pages.
			const pages = results.map((href) => comparable(href, false));
			expect(new Set(pages).size, `"${query}" lists a page twice: ${pages.join(', ')}`).toBe(pages.length);
			const top = results.slice(0, 3).map((href) => comparable(href, finds.includes('#')));
			if (!top.includes(expected)) misses.push(`"${query}" → ${expected}; first three: ${top.join(', ') || 'none'}`);
		}
		const score = (queries.length - misses.length) / queries.length;
		console.info(`search ${locale}: ${queries.length - misses.length}/${queries.length} = ${(score * 100).toFixed(1)} % (${queriesFile(locale)})`);
		for (const miss of misses) console.info(`  miss ${locale}: ${miss}`);
		expect(score, misses.join('\n')).toBeGreaterThanOrEqual(required);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});

	test('a result for a decision-tree step opens that step', async () => {
		// The first query of the set that aims at a step.
		const { query, finds } = searchQueries(locale).find((q) => q.finds.includes('#'))!;
		const [, tree, step] = /#([a-z-]+)\/([a-z-]+)$/.exec(finds)!;
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		const results = await resultsFor(dialog, locale, query);
		const href = results.find((result) => comparable(result, true) === expectedPath(locale, finds));
		expect(href, `"${query}" lists ${expectedPath(locale, finds)}`).toBeDefined();
		await dialog.locator('a[data-search-result]').nth(results.indexOf(href!)).click();
		await page.waitForURL(href!);
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${tree}/${step}`);
		const shown = page.locator(`[data-tree="${tree}"] [data-step]:visible`);
		await expect.poll(() => shown.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.step))).toEqual([step]);
		expect(await page.locator(`[id="${tree}/${step}"]`).isVisible()).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
