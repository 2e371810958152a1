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
/** Pages whose text is all in decision-tree catalogs, reviewed under "Decision trees". */
const treePages = pageSlugs.filter((slug) => slug.startsWith('decide'));

describe.each(localeCodes)('the %s editorial record', (locale) => {
	test('has a glossary that settles the shared terms', () => {
		expect(existsSync(`${root}${glossary(locale)}`), glossary(locale)).toBe(true);
		const rows = readFileSync(`${root}${glossary(locale)}`, 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('|'))
			.map((line) => line.split('|')[1].trim().toLowerCase());
		for (const concept of concepts) expect(rows.some((row) => row.startsWith(concept)), `${glossary(locale)}: no row for "${concept}"`).toBe(true);
	});

	test('has review notes naming every page and the decision trees', () => {
		expect(existsSync(`${root}${review(locale)}`), review(locale)).toBe(true);
		const notes = readFileSync(`${root}${review(locale)}`, 'utf8');
		for (const slug of pageSlugs.filter((slug) => !treePages.includes(slug)))
			expect(notes.includes(slug), `${review(locale)}: page "${slug}" is not in the review notes`).toBe(true);
		expect(notes, `${review(locale)}: no "Decision trees" section`).toMatch(/^#{2,3} Decision trees/m);
	});
});
