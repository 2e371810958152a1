import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Analyser } from './analyser.ts';
import type { PageContent } from './extract.ts';

/**
 * The Pagefind record of a page: one per page, so a result list names each page once. Its sections
 * and decision-tree steps are headed parts of it (heading ids are the URL fragments), so Pagefind
 * tells which part matched best and the result opens that section or step. Pagefind indexes what
 * the analyser made of the text (terms, not words), so its own tokenising sees only terms; what a
 * result shows (title, headings, description) travels as metadata in the words the page uses.
 */
export interface IndexRecord {
	url: string;
	/** The HTML Pagefind reads: terms in headings and paragraphs, the visible strings in meta tags. */
	content: string;
}

/** The page's description sums it up: its words weigh more than the body's (1), less than headings' (6). */
const descriptionWeight = '3';

/**
 * The words staff type for a page (its `keywords`) weigh as its description does: they name what the
 * page is for, in words the page itself may not use.
 */
const keywordWeight = descriptionWeight;

/** Longest description a result shows. */
const excerptLength = 180;

/**
 * Longest summary of a decision-tree step a result shows: two lines on a phone. A tree page has a
 * dozen steps or more, all in its fragment, which every first query showing the page fetches.
 */
const stepExcerptLength = 110;

export function excerpt(text: string, length = excerptLength): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20)).trimEnd()}…`;
}

function document(lang: string, meta: Record<string, string>, body: ReturnType<typeof h>[]): string {
	const metaTags = Object.entries(meta)
		.filter(([, value]) => value)
		.map(([key, value]) => h('meta', { 'data-pagefind-meta': `${key}[content]`, content: value }));
	return toHtml(h('html', { lang }, [h('head', metaTags), h('body', body)]));
}

/** The parts a result can open: `[id, heading]` for a section, `[id, title, excerpt]` for a step. */
export type Part = [id: string, heading: string, description?: string];

/**
 * How much a page's words weigh against a guidance page's. Practice scenarios retell a situation and
 * the sources page names every topic in passing: for the same words, the page that gives the advice
 * (guidance or decision tree) ranks first, and they still come up for their own words.
 */
export function pageWeight(url: string): number {
	if (/^\/[a-z]{2}\/practice\//.test(url)) return 0.3;
	if (/^\/[a-z]{2}\/sources\/$/.test(url)) return 0.3;
	return 1;
}

/** A Pagefind weight (1 is plain text's, 7 a title's) scaled by the page's weight. */
const weighted = (weight: number, base: number) => (weight === 1 ? {} : { 'data-pagefind-weight': String(+(base * weight).toFixed(2)) });

export function pageRecord(page: PageContent, url: string, analyser: Analyser): IndexRecord {
	const terms = (text: string) => analyser.terms(text).join(' ');
	const weight = pageWeight(url);
	// Their headings get no heading boost: a practice scenario's title names the situation outright.
	const h1 = weighted(weight, 1);
	const h2 = weighted(weight, 1);
	const p = weighted(weight, 1);
	const firstText = page.sections.find((section) => section.text)?.text ?? '';
	const steps = page.steps.map((step) => ({
		...step,
		rest: step.text.startsWith(step.title) ? step.text.slice(step.title.length).trim() : step.text,
	}));
	const parts: Part[] = [
		...page.sections.filter((s) => s.id).map((s): Part => [s.id, s.heading]),
		...steps.map((step): Part => [step.id, step.title, excerpt(step.rest, stepExcerptLength)]),
	];
	return {
		url,
		content: document(
			page.lang,
			{ title: page.title, description: excerpt(page.description || firstText), sections: JSON.stringify(parts) },
			[
				h('h1', h1, terms(page.title)),
				h('p', weight === 1 ? { 'data-pagefind-weight': descriptionWeight } : p, terms(page.description)),
				...(page.keywords.length > 0 ? [h('p', weight === 1 ? { 'data-pagefind-weight': keywordWeight } : p, terms(page.keywords.join(' ')))] : []),
				...page.sections.flatMap((section) => [
					...(section.id ? [h('h2', { id: section.id, ...h2 }, terms(section.heading))] : []),
					h('p', p, terms(section.text)),
				]),
				...steps.flatMap((step) => [h('h2', { id: step.id, ...h2 }, terms(step.title)), h('p', p, terms(step.rest))]),
			],
		),
	};
}
