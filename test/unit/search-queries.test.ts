import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import organisation from '../../src/config/organisation';
import { machines, type TreeId } from '../../src/machines';
import { treeGraph } from '../../src/machines/graph';
import { loadAnalyser } from '../../src/search/languages/index';
import { fold, words } from '../../src/search/normalise';
import { readFrontmatter } from '../support/frontmatter';
import { pageFile } from '../support/page-files';
import { docsDir } from '../support/paths';
import { queriesFile, queryKinds, searchQueries, type QueryKind } from '../support/search-queries';
import { localeCodes } from '../support/site';

/**
 * The query set the browser test runs through the search dialog (test/browser/search-queries.test.ts):
 * enough queries, of every kind the issue names for the language, each aimed at a page or step that
 * exists, and none a copy of a title or heading.
 */
const requiredKinds: Record<string, QueryKind[]> = {
	fi: ['inflection', 'diacritics', 'synonym'],
	hr: ['inflection', 'diacritics', 'synonym'],
	// Bulgarian and Malay have no letters staff leave the diacritics off; Malay words change by affixes.
	bg: ['inflection', 'synonym'],
	ms: ['affix', 'synonym'],
};
const leastPerKind = 5;

/** Titles and h2/h3 headings of a locale's pages, folded. */
function headings(locale: string): Set<string> {
	const dir = `${docsDir}${locale}/`;
	const out = new Set<string>();
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
		out.add(fold(String(readFrontmatter(`${dir}${file}`).title ?? '')));
		for (const [, heading] of readFileSync(`${dir}${file}`, 'utf8').matchAll(/^#{2,3} (.+)$/gm)) out.add(fold(heading));
	}
	return new Set([...out].map((text) => text.replace(/[^\p{L}\p{N} ]/gu, '').trim()));
}

describe.each(localeCodes)('the %s search queries', (locale) => {
	const queries = searchQueries(locale);
	const file = queriesFile(locale);

	test('at least 40, each typed differently', () => {
		expect(queries.length, file).toBeGreaterThanOrEqual(40);
		const seen = new Set<string>();
		for (const { query } of queries) {
			expect(seen.has(fold(query)), `${file}: "${query}" twice`).toBe(false);
			seen.add(fold(query));
		}
	});

	test(`cover ${requiredKinds[locale].join(', ')}, at least ${leastPerKind} of each`, () => {
		expect(queries.length).toBeGreaterThanOrEqual(40);
		for (const { query, covers } of queries) {
			expect(covers.length, `${file}: "${query}" covers nothing`).toBeGreaterThan(0);
			for (const kind of covers) expect(queryKinds, `${file}: "${query}": unknown kind "${kind}"`).toContain(kind);
		}
		for (const kind of requiredKinds[locale]) {
			expect(queries.filter((q) => q.covers.includes(kind)).length, `${file}: queries covering ${kind}`).toBeGreaterThanOrEqual(leastPerKind);
		}
	});

	test('queries for missing diacritics are typed without them', () => {
		const typed = queries.filter((q) => q.covers.includes('diacritics'));
		// Where the language needs them (Finnish, Croatian); Bulgarian and Malay have none to leave off.
		if (requiredKinds[locale].includes('diacritics')) expect(typed.length).toBeGreaterThanOrEqual(leastPerKind);
		for (const { query } of typed) {
			expect(fold(query), `${file}: "${query}"`).toBe(query.toLowerCase());
		}
	});

	test('each aims at a page or tree step of this edition', () => {
		expect(queries.length).toBeGreaterThanOrEqual(40);
		expect(queries.filter(({ finds }) => finds.includes('#')).length, `${file}: queries aimed at a tree step`).toBeGreaterThan(0);
		for (const { query, finds } of queries) {
			const match = /^(\.\/|(?:[a-z-]+\/)+)(?:#([a-z-]+)\/([a-z-]+))?$/.exec(finds);
			expect(match, `${file}: "${query}" finds "${finds}"`).not.toBeNull();
			expect(() => pageFile(locale, match![1]), `${file}: "${query}"`).not.toThrow();
			if (match![2]) {
				const tree = match![2] as TreeId;
				expect(machines[tree], `${file}: "${query}": no tree "${tree}"`).toBeDefined();
				const steps = treeGraph(machines[tree], organisation).steps.map((step) => step.id);
				expect(steps, `${file}: "${query}": tree "${tree}" has no step "${match![3]}"`).toContain(match![3]);
			}
		}
	});

	test('none is a copy of a title or heading', () => {
		const taken = headings(locale);
		expect(taken.size).toBeGreaterThanOrEqual(19);
		expect(queries.length).toBeGreaterThanOrEqual(40);
		for (const { query } of queries) expect(taken.has(fold(query)), `${file}: "${query}" is a heading`).toBe(false);
	});
});

/**
 * The word forms the search issue names, one by one: each must be typed in at least one query, and the
 * analyser must really take it off (the query word's term differs from the word). A set that only
 * exercised some endings would pass the 95% gate while the others went untested.
 */
const forms: Record<string, Array<[name: string, shape: RegExp]>> = {
	fi: [
		['possessive', /(ni|si|nsa|nsä|mme|nne|an|än|en)$/],
		['case ending', /(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ta|tä|n)$/],
	],
	hr: [['case ending', /(a|u|om|em|ima|ama|e|i)$/]],
	bg: [
		['definite article', /(ът|ят|та|то|те)$/],
		['plural', /(и|ове|еве|ища|ета)$/],
	],
	ms: [
		['me-', /^me/],
		['ber-', /^ber/],
		['di-', /^di/],
		['pe-', /^pe/],
		['ter-', /^ter/],
		['-kan', /kan$/],
		['-an', /an$/],
		['-i', /i$/],
		['-nya', /nya$/],
	],
};
/** Letters typed plainly in diacritics queries, each of which must stand in for its letter at least once. */
const plainLetters: Record<string, string[]> = { fi: ['ä', 'ö'], hr: ['č', 'ć', 'š', 'ž', 'đ'], bg: [], ms: [] };

describe.each(localeCodes)('the %s search queries exercise every form', async (locale) => {
	const analyser = await loadAnalyser(locale);
	const queryWords = searchQueries(locale).flatMap(({ query, covers }) => words(fold(query)).map((word) => ({ word, covers })));

	test.each(forms[locale])('%s', (name, shape) => {
		const affixed = queryWords.filter(({ word }) => shape.test(word) && analyser.terms(word)[0] !== word && !shape.test(analyser.terms(word)[0] ?? word));
		expect(affixed.length, `${queriesFile(locale)}: no query word with ${name} that the ${locale} analyser takes off`).toBeGreaterThan(0);
	});
});

/** Every letter that some language's diacritics queries must type plainly, with its language. */
const plainLetterCases = localeCodes.flatMap((locale) => plainLetters[locale].map((letter) => [locale, letter] as const));

test('the letters typed without diacritics are those of Finnish and Croatian', () => {
	expect(plainLetterCases.length).toBeGreaterThanOrEqual(7);
});

describe.each(plainLetterCases)('the %s search queries', (locale, letter) => {
	const queryWords = searchQueries(locale).flatMap(({ query, covers }) => words(fold(query)).map((word) => ({ word, covers })));

	test(`type ${letter} without its diacritic`, () => {
		const pageWords = new Set(
			readdirSync(`${docsDir}${locale}/`, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.mdx'))
				.flatMap((file) => readFileSync(`${docsDir}${locale}/${file}`, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? [])
				.filter((word) => word.includes(letter)),
		);
		expect(pageWords.size, `no page word in ${locale} has "${letter}"`).toBeGreaterThan(0);
		const typedPlain = queryWords.filter(({ word, covers }) => covers.includes('diacritics') && [...pageWords].some((pageWord) => fold(pageWord) === word));
		expect(typedPlain.length, `${queriesFile(locale)}: no diacritics query types a word with "${letter}" without it`).toBeGreaterThan(0);
	});
});
