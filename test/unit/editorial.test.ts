import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { pageSlugs } from '../../src/sidebar';
import { root } from '../support/paths';

/**
 * The editorial record the guidance issue asks to keep: a glossary per language, with the terms the
 * whole edition uses, and a native editor's review notes that cover every page and the decision trees.
 */
const glossary = (locale: string) => `docs/editorial/glossary/${locale}.md`;
const review = (locale: string) => `docs/editorial/review/${locale}.md`;
/** Concepts every glossary settles, named in its first column ("Concept (English, for editors)"). */
const concepts = ['customer', 'supervisor', 'refund', 'compensation', 'boundary', 'callback', 'apology', 'complaint'];
/**
 * Pages whose text is all in catalogs: the decision trees' (reviewed under "Decision trees") and the
 * practice scenarios' (written natively per edition from docs/editorial/practice.md).
 */
const treePages = pageSlugs.filter((slug) => slug.startsWith('decide') || slug.startsWith('practice/'));

/** The text of every second- to fourth-level heading of a Markdown file. */
const sectionHeadings = (markdown: string) => [...markdown.matchAll(/^#{2,4} (.+)$/gm)].map(([, text]) => text!.trim());

/** Whether a heading names a page: its slug as a whole item, optionally as its .mdx file. */
const namesPage = (heading: string, slug: string) =>
	new RegExp(`(^|[^\\w/-])${slug.replace(/[/]/g, '\\/')}(\\.mdx)?($|[^\\w/-])`).test(heading);

test('a page is named by a heading, not by a mention or a longer name', () => {
	expect(namesPage('calm', 'calm')).toBe(true);
	expect(namesPage('boundaries.mdx (the page with most changes)', 'boundaries')).toBe(true);
	expect(namesPage('sources, customer-types, decide/*, fi.json', 'customer-types')).toBe(true);
	expect(namesPage('pocket-card and interface strings', 'pocket-card')).toBe(true);
	expect(namesPage('Findings by kind', 'index')).toBe(false);
	expect(namesPage('self-care', 'care')).toBe(false);
	expect(sectionHeadings('# Title\n\n## index\nSee escalate for more.\n### Decision trees\n')).toEqual(['index', 'Decision trees']);
});

describe.each(localeCodes)('the %s editorial record', (locale) => {
	test('has a glossary that settles the shared terms', () => {
		expect(existsSync(`${root}${glossary(locale)}`), glossary(locale)).toBe(true);
		const rows = readFileSync(`${root}${glossary(locale)}`, 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('|'))
			.map((line) => line.split('|')[1].trim().toLowerCase());
		expect(rows.length).toBeGreaterThanOrEqual(concepts.length);
		for (const concept of concepts) expect(rows.some((row) => row.startsWith(concept)), `${glossary(locale)}: no row for "${concept}"`).toBe(true);
	});

	test('has review notes with a section for every page and one for the decision trees', () => {
		expect(existsSync(`${root}${review(locale)}`), review(locale)).toBe(true);
		const notes = readFileSync(`${root}${review(locale)}`, 'utf8');
		const headings = sectionHeadings(notes);
		const pages = pageSlugs.filter((slug) => !treePages.includes(slug));
		expect(pages.length).toBeGreaterThanOrEqual(13);
		// A page is reviewed where a heading names it ("### calm", "### calm.mdx", "## sources, decide/*"),
		// not where the text mentions it in passing.
		const missing = pages.filter((slug) => !headings.some((heading) => namesPage(heading, slug)));
		expect(missing, `${review(locale)}: pages without a section of their own`).toEqual([]);
		expect(headings, `${review(locale)}: no "Decision trees" section`).toContainEqual(expect.stringMatching(/^Decision trees/));
	});
});
