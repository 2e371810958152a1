/**
 * The practice pages (issue 15, item 4): one committed page per scenario catalog, as
 * `npm run practice:pages` writes it (src/machines/practice/pages.ts), an index per edition, and the
 * practice group in the sidebar listing exactly the scenarios that have pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { scenarioIds } from '../../src/machines/practice';
import { practicePages, practicePageText, reviewedDate } from '../../src/machines/practice/pages';
import { sidebarGroups } from '../../src/sidebar';
import { root } from '../support/paths';

const pages = practicePages(root);

describe('the practice pages', () => {
	test('every catalog has its page, as npm run practice:pages writes it', () => {
		for (const page of pages) {
			const file = `${root}${page.path}`;
			expect(existsSync(file), `${page.path} is missing: run npm run practice:pages`).toBe(true);
			const text = readFileSync(file, 'utf8');
			expect(text, `${page.path} differs from its catalog: run npm run practice:pages`).toBe(practicePageText(page, reviewedDate(text)!));
		}
	});

	test('every scenario page has its catalog, and each edition has an index', () => {
		const written = localeCodes.flatMap((locale) => {
			const folder = `${root}src/content/docs/${locale}/practice`;
			expect(existsSync(`${folder}/index.mdx`), `src/content/docs/${locale}/practice/index.mdx`).toBe(true);
			return readdirSync(folder)
				.filter((file) => file !== 'index.mdx')
				.map((file) => `src/content/docs/${locale}/practice/${file}`);
		});
		expect(written.sort()).toEqual(pages.map((page) => page.path).sort());
	});

	test('a page generated from a catalog names the scenario, describes its situation and renders the component', () => {
		const text = practicePageText({ path: 'x', locale: 'fi', scenario: 'haggler', title: 'Tinkijä "kassalla"', description: 'Asiakas tinkii.' }, '2026-12-01');
		expect(text).toContain('title: "Tinkijä \\"kassalla\\""');
		expect(text).toContain('reviewed: 2026-12-01');
		expect(text).toContain('<PracticeScenario scenario="haggler" />');
		expect(reviewedDate(text)).toBe('2026-12-01');
	});

	test('the sidebar has a practice group: the index, then the scenarios with pages, in the index order', () => {
		const group = sidebarGroups.at(-1)!;
		expect(group.items[0]).toBe('practice');
		const withPages = scenarioIds.filter((id) => pages.some((page) => page.scenario === id));
		expect(group.items.slice(1)).toEqual(withPages.map((id) => `practice/${id}`));
	});
});
