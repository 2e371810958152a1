/**
 * The search engine behind the dialog: this language's analyser turns the query into concepts
 * (terms, with the synonyms staff use for them), Pagefind finds the pages for each alternative, and
 * pages are ranked by how many concepts they meet, then by Pagefind's score.
 */
import { localeFromLang } from '../../locales.ts';
import type { Concept } from '../analyser.ts';
import { loadAnalyser } from '../languages/index.ts';

export interface SearchResult {
	url: string;
	title: string;
	/** For a decision-tree step, the tree's page; for a page, the section that matched best. */
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
	/** Parts of the page between headings, in page order, each with where the terms matched. */
	sub_results: { url: string; anchor?: { id?: string }; weighted_locations?: { balanced_score: number }[] }[];
}

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
	// Each distinct alternative is one Pagefind search; a concept's score on a page is its best.
	const searches = new Map<string, Promise<PagefindHit[]>>();
	for (const alternative of concepts.flat()) {
		const term = alternative.join(' ');
		if (!searches.has(term)) searches.set(term, pagefind.search(term).then((r) => r.results));
	}
	const hitsByTerm = new Map<string, PagefindHit[]>();
	for (const [term, hits] of searches) hitsByTerm.set(term, await hits);

	const pages = new Map<string, { hit: PagefindHit; matched: number; score: number }>();
	for (const concept of concepts) {
		const best = new Map<string, PagefindHit>();
		for (const alternative of concept) {
			for (const hit of hitsByTerm.get(alternative.join(' ')) ?? []) {
				if ((best.get(hit.id)?.score ?? -1) < hit.score) best.set(hit.id, hit);
			}
		}
		for (const [id, hit] of best) {
			const page = pages.get(id) ?? { hit, matched: 0, score: 0 };
			page.matched++;
			page.score += hit.score;
			pages.set(id, page);
		}
	}
	const ranked = [...pages.values()]
		.sort((a, b) => b.matched - a.matched || b.score - a.score)
		.slice(0, maxResults);
	return Promise.all(ranked.map(async ({ hit }) => toResult(await hit.data())));
}

function toResult(data: PagefindData): SearchResult {
	const { title = '', description = '', page = '', sections = '[]' } = data.meta;
	let context = page;
	let url = data.url;
	if (!page) {
		// Where the page matched best: a section links to its heading, the top of the page to the page.
		const headings = new Map<string, string>(safeJson(sections));
		const weight = (sub: PagefindData['sub_results'][number]) =>
			(sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
		const best = [...data.sub_results].sort((a, b) => weight(b) - weight(a))[0];
		const id = best?.anchor?.id;
		if (id && headings.has(id)) {
			context = headings.get(id)!;
			url = best.url;
		}
	}
	return { url, title, context, description };
}

function safeJson(text: string): [string, string][] {
	try {
		const value = JSON.parse(text);
		return Array.isArray(value) ? value : [];
	} catch {
		return [];
	}
}
