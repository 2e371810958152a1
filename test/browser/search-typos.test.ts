import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { vocabularyFile } from '../../src/search/ui/typos';
import { typoQueries } from '../support/search-queries';
import { typoRate } from '../support/typo-rate';
import { localeCodes } from '../support/site';
import { site, test } from './support/harness';
import { openSearch } from './support/search';

/**
 * One-letter typos (src/search/ui/typos.ts): on the typo set generated from each language's query sets
 * (every long word of every query mistyped one way), the first result must be the one the query as
 * written gets, for at least 80 % of the queries with a result. The dialog's own engine answers, in the
 * page, all queries of a language in one batch (the element's `results()`), not typed one by one.
 */
const { origin } = site('shipped');
const required = 0.8;

describe.concurrent.each(localeCodes)('%s typos', (locale) => {
	test(`a mistyped long word gets the same first result for ≥ ${required * 100} % of the typo set`, { timeout: 180_000 }, async ({ openPage, expect }) => {
		expect(typoQueries(locale).length).toBeGreaterThanOrEqual(100);
		const { page } = await openPage(`${origin}/${locale}/`);
		await openSearch(page);
		const { rate, counted, misses } = await typoRate(page, locale);
		console.info(`typos ${locale}: ${counted.length - misses.length}/${counted.length} = ${(rate * 100).toFixed(1)} % same first result`);
		for (const { query, typo, kind, got, wanted } of misses) console.info(`  typo miss ${locale}: "${typo}" (${kind} of "${query}") → ${got ?? 'none'}, not ${wanted}`);
		expect(rate).toBeGreaterThanOrEqual(required);
	});
});

/** The site search's own answer for `query` in the page: the result paths, best first. */
const resultsIn = (page: Page, query: string) =>
	page.evaluate(async (query) => {
		const search = document.querySelector('site-search') as HTMLElement & { results(q: string): Promise<{ url: string }[]> };
		return (await search.results(query)).map((result) => result.url.replace(/#.*/, ''));
	}, query);

describe.concurrent('the vocabulary for typos is fetched only when a query needs it', () => {
	const locale = 'hr';
	/** The edition's most frequent page word of eight letters or more, and that word with its fourth letter a q, on no page. */
	const words = gunzipSync(readFileSync(`${site('shipped').outDir}pagefind/${vocabularyFile(locale)}`)).toString('utf8').split('\n');
	const word = words.find((candidate) => [...candidate].length >= 8)!;
	const typo = `${word.slice(0, 3)}q${word.slice(4)}`;

	test('not for a first query, then once, from the second query with a long word on', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/`);
		const fetched: string[] = [];
		page.on('request', (request) => request.url().includes('/pagefind/vocabulary/') && fetched.push(request.url()));
		await openSearch(page);
		expect(await resultsIn(page, word), word).not.toEqual([]);
		expect(fetched, 'after the first query').toEqual([]);
		expect(await resultsIn(page, `${word} ${word}`)).not.toEqual([]);
		expect(await resultsIn(page, word)).not.toEqual([]);
		expect(fetched, 'after three queries').toEqual([`${origin}/pagefind/${vocabularyFile(locale)}`]);
	});

	test('at once for a first query whose long word finds nothing, which is then corrected', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/`);
		const fetched: string[] = [];
		page.on('request', (request) => request.url().includes('/pagefind/vocabulary/') && fetched.push(request.url()));
		await openSearch(page);
		expect(words, 'the typo is no word of the pages').not.toContain(typo);
		const [first] = await resultsIn(page, typo);
		expect(fetched, `"${typo}"`).toHaveLength(1);
		expect(first, `"${typo}" is read as "${word}"`).toBe((await resultsIn(page, word))[0]);
	});
});
