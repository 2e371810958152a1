import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Analyser } from './analyser.ts';
import type { PageContent } from './extract.ts';

/**
 * Pagefind records for a page: the page itself and each decision-tree step on it. Pagefind indexes
 * what the analyser made of the text (terms, not words), so its own tokenising sees only terms; what a
 * result shows (title, description) travels as metadata in the words the page uses.
 */
export interface IndexRecord {
	url: string;
	/** The HTML Pagefind reads: terms in headings and paragraphs, the visible strings in meta tags. */
	content: string;
}

/** Longest description a result shows. */
const excerptLength = 180;

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

export function pageRecords(page: PageContent, url: string, analyser: Analyser): IndexRecord[] {
	const terms = (text: string) => analyser.terms(text).join(' ');
	const firstText = page.sections.find((section) => section.text)?.text ?? '';
	const records: IndexRecord[] = [
		{
			url,
			content: document(
				page.lang,
				{
					title: page.title,
					description: excerpt(page.description || firstText),
					sections: JSON.stringify(page.sections.filter((s) => s.id).map((s) => [s.id, s.heading])),
				},
				[
					h('h1', terms(page.title)),
					h('p', terms(page.description)),
					...page.sections.flatMap((section) => [
						...(section.id ? [h('h2', { id: section.id }, terms(section.heading))] : []),
						h('p', terms(section.text)),
					]),
				],
			),
		},
	];
	for (const step of page.steps) {
		const rest = step.text.startsWith(step.title) ? step.text.slice(step.title.length).trim() : step.text;
		records.push({
			url: `${url}#${step.id}`,
			content: document(page.lang, { title: step.title, description: excerpt(rest), page: page.title }, [
				h('h1', terms(step.title)),
				h('p', terms(rest)),
				// The tree's own title counts a little: "listening" finds the listening tree's steps.
				h('p', terms(page.title)),
			]),
		});
	}
	return records;
}
