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
	/** Where on the page the term's words are (position among its terms). */
	words?: number[];
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
				results: (hitsByTerm[term] ?? []).map(({ page, score, words = [1] }) => ({
					id: page,
					score,
					words,
					data: async () => ({ url: `/fi/${page}/`, meta: { title: page }, sub_results: [{ url: `/fi/${page}/`, weighted_locations: [{ balanced_score: 1 }] }] }),
				})),
			};
		},
	};
}

/** Two pages with both words: "apart" scores a little more for each word, "together" holds them side by side. */
const words = {
	osittain: [
		{ page: 'apart', score: 2, words: [10] },
		{ page: 'together', score: 1.8, words: [40] },
	],
	oikea: [
		{ page: 'apart', score: 2, words: [300] },
		{ page: 'together', score: 1.8, words: [41] },
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

	test('without the phrase on any page (nor the words near each other), the words alone decide', async () => {
		const scattered = { ...words, oikea: [words.oikea[0], { ...words.oikea[1], words: [200] }] };
		const apart = await rank(fakePagefind(scattered), [[['osittain']], [['oikea']]]);
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

describe('nearness in the ranking', () => {
	/** "near" holds the two words a few words apart, "far" a little more of each but far apart; no phrase. */
	const at = (nearGap: number) => ({
		suuttuu: [
			{ page: 'far', score: 2, words: [10] },
			{ page: 'near', score: 1.8, words: [50] },
		],
		syy: [
			{ page: 'far', score: 2, words: [400] },
			{ page: 'near', score: 1.8, words: [50 + nearGap] },
		],
	});

	test('two concepts a few words apart lift a page above one that holds them far apart', async () => {
		const results = await rank(fakePagefind(at(6)), [[['suuttuu']], [['syy']]]);
		expect(results.map((result) => result.url)).toEqual(['/fi/near/', '/fi/far/']);
	});

	test('the order of the words on the page does not matter', async () => {
		const results = await rank(fakePagefind(at(-4)), [[['suuttuu']], [['syy']]]);
		expect(results.map((result) => result.url)).toEqual(['/fi/near/', '/fi/far/']);
	});

	test('beyond six words apart, the words alone decide', async () => {
		const results = await rank(fakePagefind(at(7)), [[['suuttuu']], [['syy']]]);
		expect(results.map((result) => result.url)).toEqual(['/fi/far/', '/fi/near/']);
	});
});
