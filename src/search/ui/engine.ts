/**
 * The search engine behind the dialog: this language's analyser turns the query into concepts
 * (terms, with the synonyms staff use for them), Pagefind finds the pages for each alternative, and
 * pages are ranked by the sum of their concepts' scores, raised where the query's neighbouring words
 * stand together on the page (Pagefind's quoted phrase search). (Ranking first by how many concepts a
 * page meets was tried, and did worse on the Croatian query set.)
 */
import { localeFromLang } from '../../locales.ts';
import type { Analyser, Concept } from '../analyser.ts';
import { words } from '../normalise.ts';
import type { Part } from '../records.ts';
import { loadAnalyser } from '../languages/index.ts';
import { correct, typoMinLength, vocabulary, vocabularyFile, type Vocabulary } from './typos.ts';

export interface SearchResult {
	url: string;
	title: string;
	/** The section or decision-tree step of the page that matched best, if not the top of the page. */
	context: string;
	description: string;
	/** The search terms the query searched for (its words', corrections' and synonyms'), to highlight. */
	terms: string[];
}

export interface SearchEngine {
	search(query: string): Promise<SearchResult[]>;
	/** A text cut into runs, each marked when its word's search term is one of `terms`. */
	highlight(text: string, terms: readonly string[]): [text: string, marked: boolean][];
}

/** The part of Pagefind's JS API this uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: PagefindHit[] }>;
}
interface PagefindHit {
	id: string;
	score: number;
	/** Where on the page the term's words are; empty when Pagefind fell back to a shorter indexed word. */
	words?: number[];
	data(): Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	meta: Record<string, string | undefined>;
	/** Parts of the page between headings (sections and steps), each with where the terms matched. */
	sub_results: (SubResult & { weighted_locations?: { balanced_score: number }[] })[];
}
interface SubResult {
	url: string;
	anchor?: { id?: string };
}

/**
 * A synonym's score counts half the word typed: a page that says "rauhallinen" answers "rauhallinen"
 * better than one that says "tyyni", though both are found.
 */
const synonymWeight = 0.5;

/**
 * A term the index does not hold comes back as pages with no matched words (Pagefind falls back to a
 * shorter indexed word and scores it as if it matched): such a page counts a quarter, below any page
 * that has the word.
 */
const fallbackWeight = 0.25;

const topWeight = 0.5;

/**
 * A page that meets more of the query's concepts answers it better: its summed score is weighed by the
 * square root of the share of concepts it meets (a mild coordination factor; ranking first by that
 * share did worse).
 */
const coordination = 0.5;

/**
 * A synonym that is a form of the word typed (one term, sharing its first five letters: "заплас" for
 * "заплашв") counts as the word typed.
 */
function sameRoot(alternative: string[], typed: string[]): boolean {
	if (alternative.length !== 1 || typed.length !== 1) return false;
	const [a, b] = [alternative[0], typed[0]];
	let common = 0;
	while (common < a.length && a[common] === b[common]) common++;
	return common >= 5;
}

/**
 * Words the query holds next to each other that a page also holds next to each other (as a phrase, stop
 * words aside) name the situation better than the same words scattered over the page: "djelomično u
 * pravu" (partly right) against a page that says "u pravu" in one place and "djelomično" in another.
 * Each pair of neighbouring words found as a phrase adds this share of their two concepts' scores.
 */
const phraseWeight = 0.5;

/**
 * Two of the query's concepts a few words apart on a page (in any order, other words between) are
 * likelier one statement about the situation than two passing mentions: "Kupci se najčešće ljute …
 * iz jednog od tri razloga" for "zašto se kupci ljute". Each such pair adds this share of their two
 * concepts' scores, on top of the phrase bonus for words side by side. Window and share were chosen on
 * the query set and the first three blind sets (src/search/README.md).
 */
const proximityWindow = 6;
const proximityWeight = 0.25;

/**
 * Most results the dialog lists: more than a phone's screenful (Starlight's default search shows five).
 * Each result fetches its page's fragment (1–3 KB): with eight, the first Bulgarian query cost more bytes
 * than the default search's (187.1 against 186.3 KiB); with seven it is 185.2.
 */
const maxResults = 7;

export async function createEngine(lang: string): Promise<SearchEngine> {
	const locale = localeFromLang(lang);
	if (!locale) throw new Error(`No search for lang="${lang}".`);
	const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
	const [pagefind, analyser] = await Promise.all([
		import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
		loadAnalyser(locale),
	]);
	// No web worker: a worker's script lies outside the edition's service-worker scope (/fi/ …), so it is
	// not controlled and, offline, cannot fetch the stored index; the page itself is, and can.
	await pagefind.options({ excerptLength: 0, noWorker: true });
	await pagefind.init();
	// The vocabulary for typos (gzipped, src/search/build.ts) is fetched only when a query needs it: at
	// once when a long word found nothing, and from the second query with a long word on, since Pagefind
	// matches a term as the start of longer ones, so a typo often finds something and only the vocabulary
	// tells that the word is on no page. A single query costs no more than the search itself.
	let vocab: Promise<Vocabulary | undefined> | undefined;
	let longQueries = 0;
	const loadVocabulary = () =>
		(vocab ??= fetch(`${bundle.replace(/pagefind\.js$/, '')}${vocabularyFile(locale)}`)
			.then((response) => (response.ok && response.body ? new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text() : Promise.reject(new Error(String(response.status)))))
			.then((text) => vocabulary(text, analyser.stem))
			.catch(() => {
				vocab = undefined; // no correction this time; try again with the next query
				return undefined;
			}));
	return {
		search: async (query) => {
			let concepts = analyser.concepts(query);
			let hits = await gather(pagefind, concepts);
			const long = hasLongWord(query);
			if (long) longQueries++;
			const known = long && (longQueries > 1 || missesLongWord(query, analyser, hits)) ? await loadVocabulary() : undefined;
			const corrected = known ? correct(query, known, analyser.stem) : query;
			if (corrected !== words(query).join(' ') && corrected !== query) {
				concepts = analyser.concepts(corrected);
				hits = await gather(pagefind, concepts);
			}
			const terms = [...new Set(concepts.flat(2))];
			return (await score(concepts, hits)).map((result) => ({ ...result, terms }));
		},
		highlight: (text, terms) => highlight(text, terms, analyser),
	};
}

export async function rank(pagefind: Pagefind, concepts: Concept[]): Promise<SearchResult[]> {
	return score(concepts, await gather(pagefind, concepts));
}

/** Neighbouring concepts' words as typed, as one quoted phrase (Pagefind's exact phrase search). */
const phrases = (concepts: Concept[]) => concepts.slice(1).map((concept, index) => `"${[...concepts[index][0], ...concept[0]].join(' ')}"`);

/** Each distinct alternative's hits, and each phrase's: one Pagefind search each. */
async function gather(pagefind: Pagefind, concepts: Concept[]): Promise<Map<string, PagefindHit[]>> {
	const searches = new Map<string, Promise<PagefindHit[]>>();
	const alternatives = concepts.flat();
	const quoted = alternatives.filter((alternative) => alternative.length > 1).map((alternative) => `"${alternative.join(' ')}"`);
	for (const term of [...alternatives.map((alternative) => alternative.join(' ')), ...quoted, ...phrases(concepts)]) {
		if (!searches.has(term)) searches.set(term, pagefind.search(term).then((r) => r.results));
	}
	const hitsByTerm = new Map<string, PagefindHit[]>();
	for (const [term, hits] of searches) hitsByTerm.set(term, await hits);
	return hitsByTerm;
}

const hasLongWord = (query: string) => words(query).some((word) => [...word].length >= typoMinLength);

/** Whether a long word of the query found no page that holds its term: it may be mistyped. */
function missesLongWord(query: string, analyser: Analyser, hitsByTerm: Map<string, PagefindHit[]>): boolean {
	return words(query).some((word) => {
		if ([...word].length < typoMinLength) return false;
		const hits = hitsByTerm.get(analyser.stem(word));
		return hits !== undefined && !hits.some((hit) => !hit.words || hit.words.length > 0);
	});
}

async function score(concepts: Concept[], hitsByTerm: Map<string, PagefindHit[]>): Promise<SearchResult[]> {
	// A page's score is the sum of its concepts' scores. A concept scores what the words typed score
	// on the page, or, where a synonym scores more, half the synonym's score. Every alternative's hit
	// is kept, to find the part of the page (section or step) that answers best.
	const pages = new Map<string, { concepts: ConceptOnPage[]; score: number }>();
	concepts.forEach((concept, index) => {
		concept.forEach((alternative, rank) => {
			// A phrase ("pyytää anteeksi", "naik angin") counts only on a page that holds its words together.
			const together = alternative.length > 1 ? new Set((hitsByTerm.get(`"${alternative.join(' ')}"`) ?? []).map((hit) => hit.id)) : undefined;
			for (const hit of hitsByTerm.get(alternative.join(' ')) ?? []) {
				if (together && !together.has(hit.id)) continue;
				// A synonym no page holds finds only Pagefind's fallback to a shorter word: nothing to count.
				if (rank > 0 && hit.words?.length === 0) continue;
				const weight = (rank === 0 || sameRoot(alternative, concept[0]) ? 1 : synonymWeight) * (hit.words?.length === 0 ? fallbackWeight : 1);
				const page = pages.get(hit.id) ?? { concepts: concepts.map((): ConceptOnPage => ({ hits: [], score: 0 })), score: 0 };
				const found = page.concepts[index];
				found.hits.push({ hit, weight });
				if (weight === 1 && hit.words?.length !== 0) found.typed = Math.max(found.typed ?? 0, hit.score);
				else found.other = Math.max(found.other ?? 0, hit.score * weight);
				pages.set(hit.id, page);
			}
		});
	});
	// Where the page holds the word typed, a synonym lifts it to at most twice that word's score: a
	// word on nearly every page ("asiakas", "kupac") is not outweighed by a rarer synonym's score.
	for (const page of pages.values()) {
		for (const concept of page.concepts) {
			const { typed, other = 0 } = concept;
			concept.score = typed === undefined ? other : Math.max(typed, Math.min(other, 2 * typed));
		}
		page.score = page.concepts.reduce((sum, concept) => sum + concept.score, 0);
	}
	phrases(concepts).forEach((phrase, index) => {
		for (const hit of hitsByTerm.get(phrase) ?? []) {
			const page = pages.get(hit.id);
			if (page) page.score += phraseWeight * (page.concepts[index].score + page.concepts[index + 1].score);
		}
	});
	for (const page of pages.values()) {
		const positions = page.concepts.map(wordPositions);
		positions.forEach((first, i) =>
			positions.slice(i + 1).forEach((second, offset) => {
				const j = i + 1 + offset;
				if (distance(first, second) <= proximityWindow) page.score += proximityWeight * (page.concepts[i].score + page.concepts[j].score);
			}),
		);
	}
	for (const page of pages.values()) {
		const met = page.concepts.filter((concept) => concept.score > 0).length;
		page.score *= (met / page.concepts.length) ** coordination;
	}
	const ranked = [...pages.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
	return Promise.all(ranked.map((page) => toResult(page.concepts)));
}

/** Where on the page a concept's words are (positions among the page's indexed terms), in order. */
function wordPositions(concept: ConceptOnPage): number[] {
	return [...new Set(concept.hits.flatMap(({ hit }) => hit.words ?? []))].sort((a, b) => a - b);
}

/** The fewest words between a position of one list and one of the other (both in order); Infinity if either is empty. */
function distance(first: number[], second: number[]): number {
	let nearest = Infinity;
	for (let a = 0, b = 0; a < first.length && b < second.length; ) {
		nearest = Math.min(nearest, Math.abs(first[a] - second[b]));
		if (first[a] < second[b]) a++;
		else b++;
	}
	return nearest;
}

interface ConceptOnPage {
	/** The hits of the concept's alternatives on the page, each with its weight (1 typed, less a synonym). */
	hits: { hit: PagefindHit; weight: number }[];
	score: number;
	/** The best score of the words as typed (or a form of them) on the page, if it holds them. */
	typed?: number;
	/** The best score of the synonyms and of fallback matches, weighed. */
	other?: number;
}

/**
 * One page's result. The part of the page (section or step) that answers best is the one with the
 * largest share of the concepts' scores, each concept's score shared among the parts by where its
 * words are. Pagefind hands out one shared object per page and rewrites its sub-results on every
 * `data()` call, so they are read one call at a time.
 */
async function toResult(concepts: ConceptOnPage[]): Promise<SearchResult> {
	const partScores = new Map<string, { sub: SubResult; score: number; concepts: number }>();
	let data: PagefindData | undefined;
	for (const concept of concepts) {
		const inPart = new Map<string, number>();
		for (const { hit, weight } of concept.hits) {
			data = await hit.data();
			for (const sub of data.sub_results) {
				const locations = (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
				inPart.set(sub.url, Math.max(inPart.get(sub.url) ?? 0, locations * weight));
				if (!partScores.has(sub.url)) partScores.set(sub.url, { sub: { url: sub.url, anchor: sub.anchor }, score: 0, concepts: 0 });
			}
		}
		const total = [...inPart.values()].reduce((sum, weight) => sum + weight, 0);
		for (const [url, weight] of inPart) {
			if (total > 0) partScores.get(url)!.score += (weight / total) * concept.score;
			if (weight > 0) partScores.get(url)!.concepts++;
		}
	}
	// A part that holds more of the query's concepts answers it better: each part's share is weighed by
	// the square of the share of concepts it holds. A heading's part (section or step) is preferred to
	// the top of the page, which only introduces them.
	for (const part of partScores.values()) {
		part.score *= (part.concepts / concepts.length) ** 2;
		if (!part.sub.anchor?.id) part.score *= topWeight;
	}
	const { title = '', description = '', sections = '[]' } = data!.meta;
	const result: SearchResult = { url: data!.url, title, context: '', description, terms: [] };
	// A section or step opens at its heading, the top of the page as is.
	const best = [...partScores.values()].sort((a, b) => b.score - a.score)[0]?.sub;
	const parts = new Map(safeParts(sections).map(([id, heading, summary]) => [id, { heading, summary }]));
	const part = best?.anchor?.id ? parts.get(best.anchor.id) : undefined;
	if (part) {
		result.url = best!.url;
		result.context = part.heading;
		if (part.summary) result.description = part.summary;
	}
	return result;
}

/** The page's parts as the index build wrote them; anything else (a damaged file) is ignored. */
function safeParts(text: string): Part[] {
	try {
		const value: unknown = JSON.parse(text);
		return Array.isArray(value) ? value.filter((part): part is Part => Array.isArray(part) && part.every((x) => typeof x === 'string')) : [];
	} catch {
		return [];
	}
}

/** A word as written, with an apostrophe inside it (Finnish "vaa'an") or a hyphenated part. */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

export function highlight(text: string, terms: readonly string[], analyser: Pick<Analyser, 'terms'>): [string, boolean][] {
	const wanted = new Set(terms);
	const runs: [string, boolean][] = [];
	let last = 0;
	for (const match of text.matchAll(wordPattern)) {
		const found = analyser.terms(match[0]);
		if (found.length !== 1 || !wanted.has(found[0])) continue;
		if (match.index > last) runs.push([text.slice(last, match.index), false]);
		runs.push([match[0], true]);
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push([text.slice(last), false]);
	return runs;
}
