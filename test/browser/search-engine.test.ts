import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildSearchIndex } from '../../src/search/build';
import { loadAnalyser } from '../../src/search/languages/index';
import { rank } from '../../src/search/ui/engine';
import { tmpDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { sampleQueries } from '../fixtures/search/sample-site';
import { test } from './support/harness';
import { writeSampleSite } from './support/sample-site';
import { serveStatic } from './support/static-server';

/**
 * The engine on a small sample site per language: a real Pagefind index built by the site's own
 * index builder, searched by Pagefind in Chromium, with the site's analyser and ranking. Every query
 * must find its page (or decision-tree step) in the first three results.
 */
const siteDir = `${tmpDir}search-samples/`;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	await writeSampleSite(siteDir);
	await buildSearchIndex(siteDir);
	server = await serveStatic(siteDir);
});
afterAll(() => server?.close());

/** Pagefind as the site's engine sees it, running in the page. */
async function pagefindIn(page: Page) {
	// A string, so that the test runner leaves this import() to the browser.
	await page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ excerptLength: 0 });
		await pagefind.init();
		Object.assign(window, { pagefind, hits: new Map() });
	})()`);
	return {
		options: async () => {},
		init: async () => {},
		search: async (term: string) => {
			const found: { id: string; score: number }[] = await page.evaluate(async (term) => {
				const { pagefind, hits } = window as unknown as { pagefind: any; hits: Map<string, any> };
				const { results } = await pagefind.search(term);
				for (const hit of results) hits.set(hit.id, hit);
				return results.map((hit: { id: string; score: number }) => ({ id: hit.id, score: hit.score }));
			}, term);
			return {
				results: found.map((hit) => ({
					...hit,
					data: () =>
						page.evaluate((id) => (window as unknown as { hits: Map<string, any> }).hits.get(id).data(), hit.id),
				})),
			};
		},
	};
}

describe.concurrent.each(localeCodes)('search engine on the %s sample site', (locale) => {
	test('each query finds its page or step in the first three results, in this language only', async ({ openPage, expect }) => {
		const { page } = await openPage(`${server.origin}/${locale}/calm/`);
		const pagefind = await pagefindIn(page);
		const analyser = await loadAnalyser(locale);
		const misses: string[] = [];
		expect(sampleQueries[locale].length).toBeGreaterThanOrEqual(5);
		for (const { query, finds } of sampleQueries[locale]) {
			const results = await rank(pagefind, analyser.concepts(query));
			const urls = results.map((result) => result.url);
			for (const url of urls) expect(url.startsWith(`/${locale}/`), `${query} → ${url}`).toBe(true);
			const expected = finds.includes('#') ? `/${locale}/${finds.replace('#', '/#')}` : `/${locale}/${finds}/`;
			if (!urls.slice(0, 3).includes(expected)) misses.push(`"${query}" should find ${expected}, found ${JSON.stringify(urls.slice(0, 3))}`);
		}
		expect(misses).toEqual([]);
	});
});
