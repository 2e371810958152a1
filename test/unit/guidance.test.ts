import { describe, expect, test } from 'vitest';
import { inventory, inventorySourceProblems, type BeyondItem } from '../../src/guidance/inventory';
import { guidanceSources, safetyIds } from '../../src/guidance/sources';
import { localeCodes } from '../../src/locales';
import { pageSlugs } from '../../src/sidebar';
import { readFrontmatter } from '../support/frontmatter';
import { pageStructure, wordCount } from '../support/page-structure';
import { displayPath, pageFile as path } from '../support/page-files';

describe('the sources of the inventory', () => {
	const beyond = inventory.filter((item): item is (typeof inventory)[number] & BeyondItem => 'beyond' in item && item.beyond === 'safety');

	test('the sixteen safety and another-approach ids are in the inventory, each resting on public sources', () => {
		expect(beyond.map(({ id }) => id)).toEqual([...safetyIds]);
		for (const item of beyond) expect(item.sources.length, item.id).toBeGreaterThan(0);
		expect(inventorySourceProblems()).toEqual([]);
	});

	test('the six customers\' rights ids are in the inventory, each naming facts of the jurisdiction modules', () => {
		const rights = inventory.filter((item) => 'beyond' in item && item.beyond === 'rights');
		expect(rights.map(({ id }) => id)).toEqual([
			'right-legal-remedy',
			'right-commercial-vs-legal',
			'right-distance',
			'right-written-complaint',
			'right-where-to-turn',
			'right-not-legal-advice',
		]);
		expect(inventorySourceProblems([{ id: 'right-x', area: 'rights', beyond: 'rights', advice: '…', facts: ['warranty' as 'guarantee'] }])).toEqual([
			'src/guidance/inventory.ts: right-x: "warranty" is not a jurisdiction fact (guarantee, commercialGuarantee, remedies, distance, complaintAnswer, complaintRecord, bodies)',
		]);
	});

	test('every source in src/guidance/sources.ts is named by the ids it supports', () => {
		expect(guidanceSources.length).toBeGreaterThan(0);
		const named = new Map(beyond.map((item) => [item.id, new Set<string>(item.sources)]));
		const missing = guidanceSources.flatMap((source) =>
			source.supports.filter((id) => !named.get(id)?.has(source.id)).map((id) => `${id} does not name "${source.id}", which supports it`),
		);
		expect(missing).toEqual([]);
	});

	test('a misnamed source is reported with the file, the id and the source', () => {
		const item = beyond[0]!;
		expect(inventorySourceProblems([{ ...item, sources: ['no-such-source', 'hr-zagreb-116006'] }])).toEqual([
			`src/guidance/inventory.ts: ${item.id}: source "no-such-source" is not in src/guidance/sources.ts`,
			`src/guidance/inventory.ts: ${item.id}: source "hr-zagreb-116006" does not list "${item.id}" in its supports`,
		]);
		expect(inventorySourceProblems([{ ...item, sources: [] }])).toEqual([`src/guidance/inventory.ts: ${item.id}: names no source from src/guidance/sources.ts`]);
		expect(inventorySourceProblems([{ id: 'calm-x', area: 'calm', advice: '…', sources: ['fi-112-ohjeet' as '000'] }])).toEqual([
			'src/guidance/inventory.ts: calm-x: "fi-112-ohjeet" is not a seed article (000, 001, 002, 003)',
		]);
	});
});

/**
 * Pages that are not guidance in their own right, so carry no words to say or avoid and no scenario:
 * the sources (where the advice comes from), the decision-tree pages (a tree's endings carry its words,
 * checked in test/unit/machines.test.ts), the printable pocket card and the practice pages (a scenario's
 * words are in its catalogs, checked in test/unit/practice-catalogs.test.ts).
 */
const notGuidance = (slug: string) => slug === 'sources' || slug === 'pocket-card' || slug.startsWith('decide') || slug === 'practice' || slug.startsWith('practice/');

describe('guidance coverage', () => {
	test('the inventory and the pages are there to compare', () => {
		expect(inventory.length).toBeGreaterThanOrEqual(30);
		expect(pageSlugs.length).toBeGreaterThanOrEqual(19);
		expect(pageSlugs.filter((slug) => !notGuidance(slug)).length).toBeGreaterThanOrEqual(11);
	});

	test.each(localeCodes)('every inventory id is covered by a page in %s', (locale) => {
		const covered = new Set(pageSlugs.flatMap((slug) => (readFrontmatter(path(locale, slug)).covers as string[]) ?? []));
		const uncovered = inventory.filter(({ id }) => !covered.has(id)).map(({ id }) => `inventory id "${id}" is covered by no page in locale "${locale}"`);
		expect(uncovered).toEqual([]);
	});
});

describe('every guidance page gives staff something to use', () => {
	test.each(pageSlugs.filter((slug) => !notGuidance(slug)))('%s: words to say, words to avoid, a scenario and related pages', (slug) => {
		for (const locale of localeCodes) {
			const where = displayPath(path(locale, slug));
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
			expect(pageStructure(path(locale, slug), slug), `${displayPath(path(locale, slug))} against fi`).toEqual(reference);
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
