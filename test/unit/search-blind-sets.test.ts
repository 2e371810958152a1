import { describe, expect, test } from 'vitest';
import { blindQueries, blindQueriesFile, blindSets, situations } from '../support/search-queries';
import { localeCodes } from '../support/site';

/**
 * The blind query sets are data the browser test trusts as written: each must be long enough to
 * measure, name only situations of the list the writers worked from, and hold each query once. The
 * later sets were written as one query per situation, so every situation is asked about in them.
 */
const situationIds = Object.keys(situations());

describe.each(blindSets.flatMap((set) => localeCodes.map((locale) => [set, locale] as const)))('the %s blind query set in %s', (set, locale) => {
	const file = blindQueriesFile(locale, set);
	const queries = blindQueries(locale, set);

	test('has at least 60 queries, each a non-empty string about a known situation', () => {
		expect(queries.length, file).toBeGreaterThanOrEqual(60);
		for (const [index, { query, situation }] of queries.entries()) {
			expect(query?.trim(), `${file}: entry ${index} has no query`).toBeTruthy();
			expect(situationIds, `${file}: "${query}" names the unknown situation "${situation}"`).toContain(situation);
		}
	});

	test('holds each query once', () => {
		const seen = new Set<string>();
		for (const { query } of queries) {
			expect(seen.has(query), `${file}: "${query}" twice`).toBe(false);
			seen.add(query);
		}
	});

	if (set !== 'first')
		test('asks about every situation once', () => {
			expect(queries.map((q) => q.situation).sort(), file).toEqual([...situationIds].sort());
		});
});
