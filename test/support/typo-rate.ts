/**
 * The typo rate of issue 14, measured the same way by the typo test and the benchmark: every query of the
 * language's typo set and its correct form answered by the site search's own engine in the page (the
 * `site-search` element's `results()`, in one batch), and the share of typos whose first result is the
 * one the query as written gets, over the queries that get a result.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/locales.ts';
import { typoQueries, type TypoQuery } from './search-queries.ts';

export interface TypoRate {
	rate: number;
	/** Typos whose correct query gets a result. */
	counted: TypoQuery[];
	/** Counted typos whose first result differs, with what each got. */
	misses: (TypoQuery & { got: string | null; wanted: string | null })[];
}

/** Measures the typo rate of `locale` in a page of that edition with the search dialog ready. */
export async function typoRate(page: Page, locale: Locale): Promise<TypoRate> {
	const set = typoQueries(locale);
	const queries = [...new Set(set.flatMap(({ query, typo }) => [query, typo]))];
	const firsts: Record<string, string | null> = await page.evaluate(async (queries) => {
		const search = document.querySelector('site-search') as HTMLElement & { results(q: string): Promise<{ url: string }[]> };
		const firsts: Record<string, string | null> = {};
		for (const query of queries) firsts[query] = (await search.results(query))[0]?.url.replace(/#.*/, '') ?? null;
		return firsts;
	}, queries);
	const counted = set.filter(({ query }) => firsts[query] !== null);
	const misses = counted.filter(({ query, typo }) => firsts[typo] !== firsts[query]).map((typo) => ({ ...typo, got: firsts[typo.typo] ?? null, wanted: firsts[typo.query] ?? null }));
	return { rate: (counted.length - misses.length) / counted.length, counted, misses };
}
