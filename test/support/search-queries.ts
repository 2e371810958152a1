import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locale } from '../../src/locales';
import { readFrontmatter } from './frontmatter.ts';
import { docsDir, root } from './paths.ts';

/** What a query exercises: the kinds of word form the issue names. */
export const queryKinds = ['inflection', 'affix', 'diacritics', 'synonym'] as const;
export type QueryKind = (typeof queryKinds)[number];

export interface SearchQuery {
	/** As a member of staff would type it. */
	query: string;
	/** The page it must find, relative to the edition's root: `./`, `calm/`, or a tree step `decide/compensating/#compensating/give-voucher`. */
	finds: string;
	covers: QueryKind[];
}

export const queriesFile = (locale: Locale) => `test/search-queries/${locale}.json`;

export function searchQueries(locale: Locale): SearchQuery[] {
	return JSON.parse(readFileSync(`${root}${queriesFile(locale)}`, 'utf8'));
}

/** The path (and fragment, for a step) the query must find, from the site's root. */
export function expectedPath(locale: Locale, finds: string): string {
	return `/${locale}/${finds.replace(/^\.\//, '')}`;
}

/**
 * The blind query sets: written by native speakers who had not seen the site, from the situations in
 * test/search-queries/blind/situations.json only, and kept exactly as written. A query aims at no page
 * by name: it finds its situation when one of the first results is a page whose `covers:` names the
 * situation's inventory id.
 * - `first` (test/search-queries/blind/<lang>.json): the set the analysis was improved against.
 * - `second` (test/search-queries/blind/second/<lang>.json): written later by other natives, one query
 *   per situation, and measured once after that work: it shows how far the improvements carry to
 *   queries nobody tuned for.
 * - `third` (test/search-queries/blind/third/<lang>.json): written by yet other natives, one query per
 *   situation, and measured before the page wording that the first two sets' misses called for: it
 *   shows whether that wording helps queries nobody looked at.
 * - `fourth` (test/search-queries/blind/fourth/<lang>.json): written by yet other natives, one query per
 *   situation, and measured before the synonyms that the first three sets' misses called for.
 */
export interface BlindQuery {
	query: string;
	/** An id of the inventory (src/guidance/inventory.ts) or of the guidance beyond the seeds. */
	situation: string;
}

export const blindSets = ['first', 'second', 'third', 'fourth'] as const;
export type BlindSet = (typeof blindSets)[number];

export const blindQueriesFile = (locale: Locale, set: BlindSet = 'first') =>
	`test/search-queries/blind/${set === 'first' ? '' : `${set}/`}${locale}.json`;
export const situationsFile = 'test/search-queries/blind/situations.json';

export function blindQueries(locale: Locale, set: BlindSet = 'first'): BlindQuery[] {
	return JSON.parse(readFileSync(`${root}${blindQueriesFile(locale, set)}`, 'utf8'));
}

export function situations(): Record<string, string> {
	return JSON.parse(readFileSync(`${root}${situationsFile}`, 'utf8'));
}

/**
 * The pages of an edition that cover each situation: inventory id → paths from the site's root
 * (`/fi/calm/`), read from the pages' `covers:` frontmatter.
 */
export function situationPages(locale: Locale): Map<string, string[]> {
	const dir = `${docsDir}${locale}/`;
	const pages = new Map<string, string[]>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const covers = readFrontmatter(file).covers;
		if (!Array.isArray(covers)) continue;
		const slug = relative(dir, file).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		const path = `/${locale}/${slug ? `${slug}/` : ''}`;
		for (const id of covers as string[]) pages.set(id, [...(pages.get(id) ?? []), path]);
	}
	return pages;
}

/** A query of the query sets with one long word mistyped. */
export interface TypoQuery {
	/** The query as written in the set. */
	query: string;
	/** The same query with one word of six letters or more mistyped one way. */
	typo: string;
	kind: (typeof typoKinds)[number];
}

const typoKinds = ['wrong', 'missing', 'doubled', 'swapped'] as const;

/** The next letter of the word's own alphabet (z → a, я → а), lower case. */
function nextLetter(letter: string): string {
	const lower = letter.toLowerCase().normalize('NFD')[0];
	if (lower >= 'a' && lower <= 'z') return lower === 'z' ? 'a' : String.fromCharCode(lower.charCodeAt(0) + 1);
	if (lower >= 'а' && lower <= 'я') return lower === 'я' ? 'а' : String.fromCharCode(lower.charCodeAt(0) + 1);
	return 'a';
}

/**
 * The typo set of a language, generated deterministically from its query sets (the query set, then the
 * first blind set): every word of six letters or more of every query mistyped one way, the kinds taking
 * turns (a letter wrong, missing, doubled, two neighbours swapped), at a position that moves along.
 */
export function typoQueries(locale: Locale): TypoQuery[] {
	const queries = [...searchQueries(locale).map((q) => q.query), ...blindQueries(locale).map((q) => q.query)];
	const typos: TypoQuery[] = [];
	let n = 0;
	for (const query of queries) {
		const parts = query.split(/(\s+)/);
		parts.forEach((part, index) => {
			const letters = [...part];
			if (letters.length < 6 || !letters.every((c) => /\p{L}/u.test(c))) return;
			const kind = typoKinds[n % typoKinds.length];
			// Not the first letter: people rarely miss that one.
			let at = 1 + ((n * 3) % (letters.length - 2));
			n++;
			const mistyped = [...letters];
			if (kind === 'wrong') mistyped[at] = nextLetter(letters[at]);
			else if (kind === 'missing') mistyped.splice(at, 1);
			else if (kind === 'doubled') mistyped.splice(at, 0, letters[at]);
			else {
				while (at < letters.length - 2 && letters[at] === letters[at + 1]) at++;
				[mistyped[at], mistyped[at + 1]] = [letters[at + 1], letters[at]];
			}
			const typo = parts.map((p, i) => (i === index ? mistyped.join('') : p)).join('');
			if (typo !== query) typos.push({ query, typo, kind });
		});
	}
	return typos;
}
