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
