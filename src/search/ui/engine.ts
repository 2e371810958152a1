/**
 * The search engine behind the dialog: this language's analyser turns the query into concepts
 * (terms, with the synonyms staff use for them), Pagefind finds the pages for each alternative, and
 * pages are ranked by the sum of their concepts' scores. (Ranking first by how many concepts a page
 * meets was tried, and did worse on the Croatian query set.)
 */
import { localeFromLang } from '../../locales.ts';
import type { Concept } from '../analyser.ts';
import type { Part } from '../records.ts';
import { loadAnalyser } from '../languages/index.ts';

export interface SearchResult {
	url: string;
	title: string;
	/** The section or decision-tree step of the page that matched best, if not the top of the page. */
	context: string;
	description: string;
}

export interface SearchEngine {
	search(query: string): Promise<SearchResult[]>;
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

/** Most results the dialog lists. */
const maxResults = 8;

export async function createEngine(lang: string): Promise<SearchEngine> {
	const locale = localeFromLang(lang);
	if (!locale) throw new Error(`No search for lang="${lang}".`);
	const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
	const [pagefind, analyser] = await Promise.all([
		import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
		loadAnalyser(locale),
	]);
	await pagefind.options({ excerptLength: 0 });
	await pagefind.init();
	return { search: async (query) => rank(pagefind, analyser.concepts(query)) };
}

export async function rank(pagefind: Pagefind, concepts: Concept[]): Promise<SearchResult[]> {
	// Each distinct alternative is one Pagefind search.
	const searches = new Map<string, Promise<PagefindHit[]>>();
	for (const alternative of concepts.flat()) {
		const term = alternative.join(' ');
		if (!searches.has(term)) searches.set(term, pagefind.search(term).then((r) => r.results));
	}
	const hitsByTerm = new Map<string, PagefindHit[]>();
	for (const [term, hits] of searches) hitsByTerm.set(term, await hits);

	// A page's score is the sum of its concepts' scores. A concept scores what the words typed score
	// on the page, or, where a synonym scores more, half the synonym's score. Every alternative's hit
	// is kept, to find the part of the page (section or step) that answers best.
	const pages = new Map<string, { concepts: ConceptOnPage[]; score: number }>();
	concepts.forEach((concept, index) => {
		concept.forEach((alternative, rank) => {
			const weight = rank === 0 ? 1 : synonymWeight;
			for (const hit of hitsByTerm.get(alternative.join(' ')) ?? []) {
				const page = pages.get(hit.id) ?? { concepts: concepts.map(() => ({ hits: [], score: 0 })), score: 0 };
				const found = page.concepts[index];
				found.hits.push({ hit, weight });
				found.score = Math.max(found.score, hit.score * weight);
				pages.set(hit.id, page);
			}
		});
	});
	for (const page of pages.values()) page.score = page.concepts.reduce((sum, concept) => sum + concept.score, 0);
	const ranked = [...pages.values()].sort((a, b) => b.score - a.score).slice(0, maxResults);
	return Promise.all(ranked.map((page) => toResult(page.concepts)));
}

interface ConceptOnPage {
	/** The hits of the concept's alternatives on the page, each with its weight (1 typed, less a synonym). */
	hits: { hit: PagefindHit; weight: number }[];
	score: number;
}

/**
 * One page's result. The part of the page (section or step) that answers best is the one with the
 * largest share of the concepts' scores, each concept's score shared among the parts by where its
 * words are. Pagefind hands out one shared object per page and rewrites its sub-results on every
 * `data()` call, so they are read one call at a time.
 */
async function toResult(concepts: ConceptOnPage[]): Promise<SearchResult> {
	const partScores = new Map<string, { sub: SubResult; score: number }>();
	let data: PagefindData | undefined;
	for (const concept of concepts) {
		const inPart = new Map<string, number>();
		for (const { hit, weight } of concept.hits) {
			data = await hit.data();
			for (const sub of data.sub_results) {
				const locations = (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
				inPart.set(sub.url, Math.max(inPart.get(sub.url) ?? 0, locations * weight));
				if (!partScores.has(sub.url)) partScores.set(sub.url, { sub: { url: sub.url, anchor: sub.anchor }, score: 0 });
			}
		}
		const total = [...inPart.values()].reduce((sum, weight) => sum + weight, 0);
		for (const [url, weight] of inPart) if (total > 0) partScores.get(url)!.score += (weight / total) * concept.score;
	}
	const { title = '', description = '', sections = '[]' } = data!.meta;
	const result: SearchResult = { url: data!.url, title, context: '', description };
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
