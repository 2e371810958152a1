import { describe } from 'vitest';
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
