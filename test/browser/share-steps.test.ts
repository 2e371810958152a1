/**
 * Shareable steps (issue 8, item 2): every step of a tree has a control, in the page's language, that
 * copies the step's full address; that address opens the step for anyone. By keyboard, announced, with
 * a fallback where the browser will not copy, and a plain link without JavaScript.
 */
import { describe } from 'vitest';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { interfaceStrings } from '../support/site';
import { site, test, treesEnhanced } from './support/harness';
import { deepestEnding, expectedTree, treePage, visibleSteps, walkTo } from './support/trees';

const { origin } = site('shipped');
const { origin: subfolder } = site('subfolder');
const clipboard = ['clipboard-read', 'clipboard-write'];

const tree = 'compensating';

// One at a time: the browser has one clipboard for all its pages.
describe.each(localeCodes)('sharing a step in %s', (locale) => {
	const strings = interfaceStrings(locale);

	test('the copy control, reached by keyboard, copies the step\'s full address, announces it, and the address opens the step', async ({ openPage, expect }) => {
		const ending = deepestEnding(tree);
		const { page } = await openPage(`${origin}${treePage(tree, locale)}`, { permissions: clipboard });
		await treesEnhanced(page, tree);
		await walkTo(page, tree, locale, ending.id);
		const step = page.locator(`[data-step="${ending.id}"]`);
		const button = step.getByRole('button', { name: strings['tree.copyLink'], exact: true });
		expect(await button.isVisible()).toBe(true);
		// Only the step on screen offers its control; the plain link is for pages without JavaScript.
		expect(await page.getByRole('button', { name: strings['tree.copyLink'], exact: true }).count()).toBe(1);
		expect(await step.locator('[data-step-link]').isVisible()).toBe(false);

		await button.focus();
		await page.keyboard.press('Enter');
		const expected = `${origin}${treePage(tree, locale)}#${tree}/${ending.id}`;
		await page.waitForFunction((text) => document.querySelector('[data-tree-live]')?.textContent === text, strings['tree.linkCopied']);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-tree-copy'))).toBe(true);

		// Someone else opens the link: a fresh browser with no history shows that step.
		const other = await openPage(expected);
		await treesEnhanced(other.page, tree);
		expect(await visibleSteps(other.page, tree)).toEqual([ending.id]);
	});
});

// Concurrent: only one of these uses the clipboard (the refusing one replaces it in its page).
describe.concurrent('sharing a step', () => {
	test('every step of every tree has its own control and link', async ({ newPage, expect }) => {
		const { page } = await newPage(origin);
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		for (const id of treeIds) {
			await page.goto(`${origin}${treePage(id, 'hr')}`);
			const steps = await page.locator(`[data-tree="${id}"] [data-step]`).evaluateAll((elements) =>
				elements.map((element) => ({
					id: (element as HTMLElement).dataset.step,
					buttons: element.querySelectorAll('[data-tree-copy]').length,
					link: element.querySelector('[data-step-link]')?.getAttribute('href'),
				})),
			);
			expect(steps.length, id).toBeGreaterThan(2);
			expect(steps).toEqual(expectedTree(id, 'hr').steps.map((step) => ({ id: step.id, buttons: 1, link: `#${step.fragment}` })));
		}
	});

	test('where the browser refuses to copy, the address bar gets the step\'s address and the reader is told', async ({ newPage, expect }) => {
		const { page } = await newPage(origin);
		// As on plain http outside localhost, or with the permission refused.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
		});
		await page.goto(`${origin}${treePage(tree, 'bg')}`);
		await treesEnhanced(page, tree);
		expect(page.url()).toBe(`${origin}${treePage(tree, 'bg')}`);
		await page.locator('[data-step="start"] [data-tree-copy]').click();
		const failed = interfaceStrings('bg')['tree.copyFailed'];
		await page.waitForFunction((text) => document.querySelector('[data-tree-live]')?.textContent === text, failed);
		expect(page.url()).toBe(`${origin}${treePage(tree, 'bg')}#${tree}/start`);
	});

	test('without JavaScript each step shows a link to itself, in the page\'s language, that opens it', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}${treePage(tree, 'ms')}`, { javaScriptEnabled: false });
		const ending = deepestEnding(tree);
		const link = page.locator(`[data-step="${ending.id}"] [data-step-link]`);
		expect(await link.isVisible()).toBe(true);
		expect(await link.textContent()).toBe(interfaceStrings('ms')['tree.stepLink']);
		expect(await page.locator('[data-tree-copy]:visible').count()).toBe(0);
		await link.click();
		expect(page.url()).toBe(`${origin}${treePage(tree, 'ms')}#${tree}/${ending.id}`);
		expect(await page.locator(`[data-step="${ending.id}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
	});

	test('under /kb/ the copied address keeps the folder', async ({ openPage, expect }) => {
		const { page } = await openPage(`${subfolder}${treePage(tree, 'fi', '/kb/')}`, { permissions: clipboard });
		await treesEnhanced(page, tree);
		await page.locator('[data-step="start"] [data-tree-copy]').click();
		await page.waitForFunction(() => document.querySelector('[data-tree-live]')?.textContent !== '');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${subfolder}/kb/fi/decide/compensating/#${tree}/start`);
	});
});
