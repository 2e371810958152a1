import { describe, expect, test } from 'vitest';
import { rank } from '../../src/search/ui/engine';

/**
 * The engine's phrase rule (src/search/ui/engine.ts): neighbouring words of a query that a page also
 * holds next to each other (Pagefind's quoted phrase search) lift that page above one that holds the
 * same words apart. Pagefind is stood in for by fixed hits, so the rule itself is what decides; the
 * blind query sets measure it on the real index in Chromium (test/browser/search-blind-queries.test.ts).
 */
interface FakeHit {
	page: string;
	score: number;
}

function fakePagefind(hitsByTerm: Record<string, FakeHit[]>) {
	const searched: string[] = [];
	return {
		searched,
		options: async () => {},
		init: async () => {},
		search: async (term: string) => {
			searched.push(term);
			return {
				results: (hitsByTerm[term] ?? []).map(({ page, score }) => ({
					id: page,
					score,
					words: [1],
					data: async () => ({ url: `/fi/${page}/`, meta: { title: page }, sub_results: [{ url: `/fi/${page}/`, weighted_locations: [{ balanced_score: 1 }] }] }),
				})),
			};
		},
	};
}

/** Two pages with both words: "apart" scores a little more for each word, "together" holds them side by side. */
const words = {
	osittain: [
		{ page: 'apart', score: 2 },
		{ page: 'together', score: 1.8 },
	],
	oikea: [
		{ page: 'apart', score: 2 },
		{ page: 'together', score: 1.8 },
	],
};

describe('phrases in the ranking', () => {
	test('neighbouring words of the query are searched as quoted phrases, as typed', async () => {
		const pagefind = fakePagefind(words);
		await rank(pagefind, [[['asiak'], ['ost']], [['osittain']], [['oikea']]]);
		expect(pagefind.searched).toContain('"asiak osittain"');
		expect(pagefind.searched).toContain('"osittain oikea"');
		expect(pagefind.searched).not.toContain('"ost osittain"');
	});

	test('a page holding the words side by side comes before one holding them apart', async () => {
		const together = await rank(fakePagefind({ ...words, '"osittain oikea"': [{ page: 'together', score: 1 }] }), [[['osittain']], [['oikea']]]);
		expect(together.map((result) => result.url)).toEqual(['/fi/together/', '/fi/apart/']);
	});

	test('without the phrase on any page, the words alone decide', async () => {
		const apart = await rank(fakePagefind(words), [[['osittain']], [['oikea']]]);
		expect(apart.map((result) => result.url)).toEqual(['/fi/apart/', '/fi/together/']);
	});

	test("a synonym of two words counts only on a page that holds them together", async () => {
		const hits = {
			vihainen: [{ page: 'calm', score: 1 }],
			'naik angin': [
				{ page: 'apart', score: 9 },
				{ page: 'together', score: 2 },
			],
			'"naik angin"': [{ page: 'together', score: 1 }],
		};
		const results = await rank(fakePagefind(hits), [[['vihainen'], ['naik', 'angin']]]);
		expect(results.map((result) => result.url)).toEqual(['/fi/calm/', '/fi/together/']);
	});

	test('a one-word query searches no phrase', async () => {
		const pagefind = fakePagefind(words);
		await rank(pagefind, [[['osittain'], ['osin']]]);
		expect(pagefind.searched.filter((term) => term.startsWith('"'))).toEqual([]);
	});
});
