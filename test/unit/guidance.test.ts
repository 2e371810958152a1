import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inventory } from '../../src/guidance/inventory';
import { localeCodes } from '../../src/locales';
import { pageSlugs } from '../../src/sidebar';
import { readFrontmatter } from '../support/frontmatter';
import { pageStructure, wordCount } from '../support/page-structure';
import { docsDir } from '../support/paths';

/** The file behind a slug: `decide` is decide/index.mdx, `calm` is calm.mdx. */
const path = (locale: string, slug: string) =>
	existsSync(`${docsDir}${locale}/${slug}.mdx`) ? `${docsDir}${locale}/${slug}.mdx` : `${docsDir}${locale}/${slug}/index.mdx`;

describe('guidance coverage', () => {
	test.each(localeCodes)('every inventory id is covered by a page in %s', (locale) => {
		const covered = new Set(pageSlugs.flatMap((slug) => (readFrontmatter(path(locale, slug)).covers as string[]) ?? []));
		const uncovered = inventory.filter(({ id }) => !covered.has(id)).map(({ id }) => `inventory id "${id}" is covered by no page in locale "${locale}"`);
		expect(uncovered).toEqual([]);
	});
});

/**
 * Pages that are not guidance in their own right, so carry no words to say or avoid and no scenario:
 * the sources (where the advice comes from), the decision-tree pages (a tree's endings carry its words,
 * checked in test/unit/machines.test.ts) and the printable pocket card.
 */
const notGuidance = (slug: string) => slug === 'sources' || slug === 'pocket-card' || slug.startsWith('decide');

describe('every guidance page gives staff something to use', () => {
	test.each(pageSlugs.filter((slug) => !notGuidance(slug)))('%s: words to say, words to avoid, a scenario and related pages', (slug) => {
		for (const locale of localeCodes) {
			const where = path(locale, slug).slice(docsDir.length - 'src/content/docs/'.length);
			const { components, links } = pageStructure(path(locale, slug), slug);
			expect(components, `${where}: no <Say>`).toContain('Say');
			expect(components, `${where}: no <Avoid>`).toContain('Avoid');
			expect(components.some((name) => name.startsWith('Scenario:')), `${where}: no <Scenario>`).toBe(true);
			expect(links.length, `${where}: links to no other page`).toBeGreaterThan(0);
		}
	});

	test.each(localeCodes)('the %s scenarios happen at a shop counter, on the phone, by e-mail and about an online order', (locale) => {
		const settings = new Set(
			pageSlugs.flatMap((slug) => pageStructure(path(locale, slug), slug).components.filter((name) => name.startsWith('Scenario:'))),
		);
		expect([...settings].sort()).toEqual(['Scenario:counter', 'Scenario:email', 'Scenario:online', 'Scenario:phone']);
	});
});

describe('the same guidance in every language', () => {
	test.each(pageSlugs)('%s has the same structure, links and coverage in every locale', (slug) => {
		const reference = pageStructure(path('fi', slug), slug);
		for (const locale of localeCodes.filter((code) => code !== 'fi')) {
			expect(pageStructure(path(locale, slug), slug), `${path(locale, slug).slice(docsDir.length - 'src/content/docs/'.length)} against fi`).toEqual(reference);
		}
	});

	test('each locale has at least 4,000 words of guidance, and about the same amount', () => {
		const totals = Object.fromEntries(localeCodes.map((locale) => [locale, pageSlugs.reduce((sum, slug) => sum + wordCount(path(locale, slug)), 0)]));
		for (const locale of localeCodes) expect(totals[locale], `words in ${locale}`).toBeGreaterThanOrEqual(4000);
		const counts = Object.values(totals);
		// Finnish packs into fewer, longer words than the others; 1.5 allows for that and no more.
		expect(Math.max(...counts) / Math.min(...counts), JSON.stringify(totals)).toBeLessThanOrEqual(1.5);
	});
});
