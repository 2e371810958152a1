/**
 * Tree diagrams (issue 8, item 3) in the built pages: each tree page offers its diagram, drawn at build
 * time, visible with JavaScript off, named and described in the page's language, styled by the site's
 * stylesheet (nothing the Content-Security-Policy blocks), every label inside its box, axe-clean in
 * both themes.
 */
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { interfaceStrings } from '../support/site';
import { axeViolations } from './support/axe';
import { site, test } from './support/harness';
import { expectedTree, treePage } from './support/trees';

const { origin } = site('shipped');

/** What the drawn diagram shows, measured by the browser with the site's real fonts. */
const drawn = (page: Page, tree: string) =>
	page.locator(`[data-tree="${tree}"] svg.dt-diagram`).evaluate((svg) => {
		const box = svg.getBoundingClientRect();
		return {
			width: box.width,
			height: box.height,
			title: svg.querySelector('title')?.textContent,
			desc: svg.querySelector('desc')?.textContent,
			steps: [...svg.querySelectorAll<SVGGElement>('[data-diagram-step]')].map((group) => {
				const rect = group.querySelector('rect')!;
				const text = group.querySelector('text')!;
				return {
					id: group.dataset.diagramStep,
					text: [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
					fits: text.getBBox().width <= rect.width.baseVal.value && text.getBBox().height <= rect.height.baseVal.value,
					fill: getComputedStyle(rect).fill,
				};
			}),
		};
	});

describe.concurrent.each(localeCodes)('the %s tree diagrams', (locale) => {
	test('every tree page shows its diagram with JavaScript off, in the page\'s language, labels inside their boxes', async ({ newPage, expect }) => {
		const strings = interfaceStrings(locale);
		const { page } = await newPage(origin, { javaScriptEnabled: false });
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		for (const tree of treeIds) {
			const expected = expectedTree(tree, locale);
			await page.goto(`${origin}${treePage(tree, locale)}`);
			const summary = page.locator(`[data-tree="${tree}"] .dt__diagram summary`);
			expect(await summary.textContent()).toBe(strings['tree.diagram']);
			await summary.click();
			const diagram = await drawn(page, tree);
			expect(diagram.width, tree).toBeGreaterThan(200);
			expect(diagram.height, tree).toBeGreaterThan(100);
			expect(diagram.title).toBe(expected.name);
			expect(diagram.desc).toBe(strings['tree.diagramDescription']);
			expect(diagram.steps.map((step) => step.text)).toEqual(expected.steps.map((step) => `${step.number}. ${step.heading}`.replace(/\s+/g, ' ')));
			expect(diagram.steps.filter((step) => !step.fits).map((step) => `${tree}: "${step.text}" overflows its box`)).toEqual([]);
			// Styled by the stylesheet (an unstyled SVG box is filled black).
			expect(diagram.steps.length, tree).toBeGreaterThan(2);
			for (const step of diagram.steps) expect(step.fill, step.text).not.toBe('rgb(0, 0, 0)');
		}
	});
});

describe.concurrent('the diagram', () => {
	test.for(['light', 'dark'] as const)('passes axe in the %s theme and is not in the printed outline', async (scheme, { openPage, expect }) => {
		const { page } = await openPage(`${origin}${treePage('escalating', 'hr')}`, { colorScheme: scheme });
		expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
		await page.locator('.dt__diagram summary').click();
		expect(await page.locator('svg.dt-diagram').isVisible()).toBe(true);
		expect(await axeViolations(page, '.dt__diagram')).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.dt__diagram').isVisible()).toBe(false);
	});
});
