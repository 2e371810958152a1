import { describe } from 'vitest';
import { expectedPath, queriesFile, searchQueries } from '../support/search-queries';
import { localeCodes } from '../support/site';
import { site, test } from './support/harness';
import { comparable, openSearch, resultsFor } from './support/search';

/**
 * The query set (test/search-queries/<lang>.json) typed into the site's own search dialog (Ctrl+K) in
 * headless Chromium: the first three results must hold the page or tree step each query aims at, for
 * at least 95 % of the queries of every language. The score of each language is printed.
 */
const { origin } = site('shipped');
const required = 0.95;

// A reader's browser: the edition's offline worker installs while they search, and may answer the index's requests.
describe.concurrent.each(localeCodes)('the %s query set', (locale) => {
	test(`finds the right page in the first three results for ≥ ${required * 100} % of queries`, { timeout: 300_000 }, async ({ openPage, expect }) => {
		const queries = searchQueries(locale);
		expect(queries.length, queriesFile(locale)).toBeGreaterThanOrEqual(40);
		const { page } = await openPage(`${origin}/${locale}/`, { serviceWorkers: 'allow' });
		const dialog = await openSearch(page);
		const misses: string[] = [];
		for (const { query, finds } of queries) {
			const expected = expectedPath(locale, finds);
			const results = await resultsFor(expect, dialog, locale, query);
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
	});

	test('a result for a decision-tree step opens that step', async ({ openPage, expect }) => {
		// The first query of the set that aims at a step.
		const aimed = searchQueries(locale).find((q) => q.finds.includes('#'));
		expect(aimed, `${queriesFile(locale)}: no query aims at a tree step`).toBeDefined();
		const { query, finds } = aimed!;
		const [, tree, step] = /#([a-z-]+)\/([a-z-]+)$/.exec(finds)!;
		const { page } = await openPage(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		const results = await resultsFor(expect, dialog, locale, query);
		const href = results.find((result) => comparable(result, true) === expectedPath(locale, finds));
		expect(href, `"${query}" lists ${expectedPath(locale, finds)}`).toBeDefined();
		await dialog.locator('a[data-search-result]').nth(results.indexOf(href!)).click();
		await page.waitForURL(href!);
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${tree}/${step}`);
		const shown = page.locator(`[data-tree="${tree}"] [data-step]:visible`);
		// Up to 5 s: on a busy machine the tree's script may take over a second to open the step.
		await expect.poll(() => shown.evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.step)), { timeout: 5_000 }).toEqual([step]);
		expect(await page.locator(`[id="${tree}/${step}"]`).isVisible()).toBe(true);
	});
});
