/**
 * The decision trees in headless Chromium, against the built site: a full walk of every tree in every
 * locale (one step visible at a time, focus, live announcement, trail, Back, Start over, axe), deep
 * links, browser Back/Forward, hostile fragments, keyboard-only use, no JavaScript, and print.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/locales';
import { treeIds, type TreeId } from '../../src/machines';
import { interfaceStrings } from '../support/site';
import { axeViolations } from './support/axe';
import { launchBrowser, openPage, type PageWatch } from './support/browser';
import { deepestEnding, expectedTree, focusedStep, treePage, visibleSteps } from './support/trees';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

async function openTree(tree: TreeId, locale: Locale, fragment = '', options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; watch: PageWatch }> {
	const { page, watch } = await openPage(browser, origin, options);
	await page.goto(`${origin}${treePage(tree, locale)}${fragment}`);
	if (options.javaScriptEnabled !== false) await page.waitForSelector(`[data-tree="${tree}"][data-enhanced]`, { state: 'attached' });
	return { page, watch };
}

const trailTexts = (page: Page, tree: TreeId) => page.locator(`[data-tree="${tree}"] [data-tree-trail] li`).allTextContents();

describe.each(localeCodes)('decision trees in %s', (locale) => {
	const strings = interfaceStrings(locale);

	test.each([...treeIds])('a full walk of "%s": one step at a time, focus, announcement, trail, Back, Start over, axe', async (tree) => {
		const expected = expectedTree(tree, locale);
		const steps = new Map(expected.steps.map((step) => [step.id, step]));
		const ending = deepestEnding(tree);
		const { page, watch } = await openTree(tree, locale);
		const root = page.locator(`[data-tree="${tree}"]`);
		expect(await root.getAttribute('aria-label')).toBe(expected.name);
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		expect(await root.locator('[data-tree-bar]').isVisible()).toBe(false);
		expect(await axeViolations(page, `[data-tree="${tree}"]`)).toEqual([]);

		for (const [index, hop] of ending.path.entries()) {
			const answer = steps.get(hop.step)!.answers.find((a) => a.id === hop.answer)!;
			const link = page.getByRole('link', { name: answer.label, exact: true });
			await link.click();
			const next = index + 1 < ending.path.length ? ending.path[index + 1]!.step : ending.id;
			expect(await visibleSteps(page, tree)).toEqual([next]);
			expect(page.url()).toBe(`${origin}${treePage(tree, locale)}#${tree}/${next}`);
			expect(await focusedStep(page)).toBe(next);
			expect(await root.locator('[data-tree-live]').textContent()).toBe(steps.get(next)!.heading);
			expect(await trailTexts(page, tree)).toHaveLength(index + 1);
		}

		// The ending: the next action, words to say, guidance links that resolve to this locale's pages.
		const step = root.locator(`[data-step="${ending.id}"]`);
		const view = steps.get(ending.id)!.ending!;
		expect(await step.locator('.dt__action').textContent()).toBe(view.action);
		for (const line of view.say) expect(await step.textContent()).toContain(line);
		const hrefs = await step.locator('.dt__links a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toEqual(view.links.map((link) => new URL(link.href, `${origin}${treePage(tree, locale)}`).pathname));
		for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/[a-z-]+/$`));
		if (view.contact) expect(await step.locator('.dt__contact').textContent()).toContain(view.contact.role);
		expect(await axeViolations(page, `[data-tree="${tree}"]`)).toEqual([]);

		// Back returns to the last question; a trail entry revisits its question; Start over goes home.
		const last = ending.path.at(-1)!;
		await root.getByRole('button', { name: strings['tree.back'] }).click();
		expect(await visibleSteps(page, tree)).toEqual([last.step]);
		expect(await focusedStep(page)).toBe(last.step);
		expect(await trailTexts(page, tree)).toHaveLength(ending.path.length - 1);
		if (ending.path.length > 1) {
			await root.locator('[data-tree-trail] a').first().click();
			expect(await visibleSteps(page, tree)).toEqual(['start']);
			expect(await trailTexts(page, tree)).toEqual([]);
			await page.getByRole('link', { name: steps.get('start')!.answers.find((a) => a.id === ending.path[0]!.answer)!.label, exact: true }).click();
		}
		await root.getByRole('button', { name: strings['tree.startOver'] }).click();
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		expect(await trailTexts(page, tree)).toEqual([]);
		expect(page.url()).toBe(`${origin}${treePage(tree, locale)}#${tree}/start`);

		// Any entry of the trail, not only the first, revisits its question.
		if (ending.path.length > 1) {
			for (const hop of ending.path)
				await page.getByRole('link', { name: steps.get(hop.step)!.answers.find((a) => a.id === hop.answer)!.label, exact: true }).click();
			const middle = Math.floor(ending.path.length / 2);
			await root.locator('[data-tree-trail] a').nth(middle).click();
			expect(await visibleSteps(page, tree)).toEqual([ending.path[middle]!.step]);
			expect(await trailTexts(page, tree)).toHaveLength(middle);
		}
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});
});

describe('deep links and history', () => {
	test('a step\'s fragment opens that step, with the trail that leads to it', async () => {
		const { page, watch } = await openTree('compensating', 'fi', '#compensating/refund-not-allowed');
		expect(await visibleSteps(page, 'compensating')).toEqual(['refund-not-allowed']);
		const start = expectedTree('compensating', 'fi').steps[0]!;
		expect(await trailTexts(page, 'compensating')).toEqual([`${start.heading} ${start.answers.find((a) => a.id === 'refund')!.label}`]);
		expect(await page.locator('[data-tree="compensating"] [data-tree-bar]').isVisible()).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('every step of every tree has a working deep link', async () => {
		const { page } = await openPage(browser, origin);
		for (const tree of treeIds) {
			await page.goto(`${origin}${treePage(tree, 'hr')}`);
			for (const step of expectedTree(tree, 'hr').steps) {
				await page.goto(`${origin}${treePage(tree, 'hr')}#${step.fragment}`);
				expect(await visibleSteps(page, tree), step.fragment).toEqual([step.id]);
			}
		}
		await page.context().close();
	});

	test('browser Back and Forward move between steps', async () => {
		const { page, watch } = await openTree('escalating', 'bg');
		const root = page.locator('[data-tree="escalating"]');
		await root.locator('[data-step="start"] a[data-answer="too-much"]').click();
		await root.locator('[data-step="help-available"] a[data-answer="yes"]').click();
		expect(await visibleSteps(page, 'escalating')).toEqual(['hand-over']);
		await page.goBack();
		await expect.poll(() => visibleSteps(page, 'escalating')).toEqual(['help-available']);
		expect(await trailTexts(page, 'escalating')).toHaveLength(1);
		await expect.poll(() => focusedStep(page)).toBe('help-available');
		await page.goBack();
		await expect.poll(() => visibleSteps(page, 'escalating')).toEqual(['start']);
		await page.goForward();
		await expect.poll(() => visibleSteps(page, 'escalating')).toEqual(['help-available']);
		await page.goForward();
		await expect.poll(() => visibleSteps(page, 'escalating')).toEqual(['hand-over']);
		expect(await trailTexts(page, 'escalating')).toHaveLength(2);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('reloading keeps the step and the answers given', async () => {
		const { page } = await openTree('boundaries', 'ms');
		const root = page.locator('[data-tree="boundaries"]');
		await root.locator('[data-step="start"] a[data-answer="takes-all-time"]').click();
		await root.locator('[data-step="talked-to-charge"] a[data-answer="yes"]').click();
		const before = await trailTexts(page, 'boundaries');
		await page.reload();
		await page.waitForSelector('[data-tree="boundaries"][data-enhanced]', { state: 'attached' });
		expect(await visibleSteps(page, 'boundaries')).toEqual(['cut-losses']);
		expect(await trailTexts(page, 'boundaries')).toEqual(before);
		await page.context().close();
	});
});

describe('hostile and malformed fragments', () => {
	const hostile: Array<[string, string]> = [
		['markup', '#<img src=x onerror=window.__pwned=1>'],
		['encoded markup', '#%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E'],
		['markup after the tree id', '#compensating/<img src=x onerror=window.__pwned=1>'],
		['an encoded script after the tree id', '#compensating/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'],
		['a broken percent escape', '#%E0%A4%A'],
		['a relative path', '#../../x'],
		['a path through the tree id', '#compensating/../../start'],
		['an object property name', '#compensating/constructor'],
		['__proto__', '#compensating/__proto__'],
		['5,000 characters', `#compensating/${'a'.repeat(5000)}`],
		['3,000 percent signs', `#${'%'.repeat(3000)}`],
		['an empty fragment', '#'],
	];

	test.each(hostile)('%s starts the tree at its first step, with no error and nothing inserted', async (_, fragment) => {
		const { page, watch } = await openTree('compensating', 'fi', fragment);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		expect(await trailTexts(page, 'compensating')).toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"], [data-tree] script').count()).toBe(0);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('a hostile fragment typed while on a later step goes back to the start', async () => {
		const { page, watch } = await openTree('compensating', 'fi', '#compensating/no-pressure');
		expect(await visibleSteps(page, 'compensating')).toEqual(['no-pressure']);
		await page.evaluate(() => (location.hash = '#compensating/<svg onload=window.__pwned=1>'));
		await expect.poll(() => visibleSteps(page, 'compensating')).toEqual(['start']);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('svg[onload]').count()).toBe(0);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

describe('accessibility in the dark theme', () => {
	test('axe finds nothing in a question, an ending with a contact box, and the trail', async () => {
		const { page } = await openPage(browser, origin);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${origin}${treePage('compensating', 'bg')}`);
		await page.waitForSelector('[data-tree="compensating"][data-enhanced]', { state: 'attached' });
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await axeViolations(page, '[data-tree="compensating"]')).toEqual([]);
		await page.locator('[data-step="start"] a[data-answer="refund"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['refund-not-allowed']);
		expect(await axeViolations(page, '[data-tree="compensating"]')).toEqual([]);
		await page.context().close();
	});
});

describe('keyboard only', () => {
	test('Tab and Enter walk to an ending, focus follows each new question, Back works from the keyboard', async () => {
		const { page, watch } = await openTree('listening', 'hr');
		const strings = interfaceStrings('hr');
		/** Presses a key until the focused element matches, at most `limit` times. */
		const tabTo = async (selector: string, key = 'Tab', limit = 60) => {
			for (let i = 0; i < limit; i++) {
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
				await page.keyboard.press(key);
			}
			throw new Error(`${key} never reached ${selector}`);
		};
		const ending = deepestEnding('listening');
		for (const hop of ending.path) {
			await tabTo(`[data-step="${hop.step}"] a[data-answer="${hop.answer}"]`);
			await page.keyboard.press('Enter');
			const next = ending.path[ending.path.indexOf(hop) + 1]?.step ?? ending.id;
			expect(await focusedStep(page)).toBe(next);
			expect(await visibleSteps(page, 'listening')).toEqual([next]);
		}
		await tabTo('[data-tree-back]', 'Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(strings['tree.back']);
		await page.keyboard.press('Enter');
		expect(await focusedStep(page)).toBe(ending.path.at(-1)!.step);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	test.each([...localeCodes])('every step of every tree is in its %s page, each answer a plain link to the step it leads to', async (locale) => {
		for (const tree of treeIds) {
			const { page } = await openTree(tree, locale, '', { javaScriptEnabled: false });
			const expected = expectedTree(tree, locale);
			expect(await visibleSteps(page, tree), tree).toEqual(expected.steps.map((step) => step.id));
			const root = page.locator(`[data-tree="${tree}"]`);
			for (const step of expected.steps)
				for (const answer of step.answers)
					expect(await root.locator(`[data-step="${step.id}"] a[data-answer="${answer.id}"]`).getAttribute('href'), `${tree} ${step.id}`).toBe(answer.href);
			await page.context().close();
		}
	});

	test.each([...localeCodes])('the links walk the tree (%s), and endings lead back to the start', async (locale) => {
		const { page } = await openTree('compensating', locale, '', { javaScriptEnabled: false });
		const expected = expectedTree('compensating', locale);
		expect(await visibleSteps(page, 'compensating')).toEqual(expected.steps.map((step) => step.id));
		expect(await page.locator('[data-tree="compensating"] [data-tree-bar]').isVisible()).toBe(false);
		const root = page.locator('[data-tree="compensating"]');
		for (const step of expected.steps)
			for (const answer of step.answers)
				expect(await root.locator(`[data-step="${step.id}"] a[data-answer="${answer.id}"]`).getAttribute('href')).toBe(answer.href);
		await root.locator('[data-step="start"] a[data-answer="refund"]').click();
		expect(page.url()).toBe(`${origin}${treePage('compensating', locale)}#compensating/refund-not-allowed`);
		expect(await page.locator('[id="compensating/refund-not-allowed"]').isVisible()).toBe(true);
		await root.locator('[data-step="refund-not-allowed"] [data-tree-nojs] a').click();
		expect(page.url()).toBe(`${origin}${treePage('compensating', locale)}#compensating/start`);
		await page.context().close();
	});
});

describe('printing', () => {
	test.each([...localeCodes])('every %s tree prints whole, numbered, each answer followed by the step it leads to', async (locale) => {
		const goesTo = interfaceStrings(locale)['tree.goesTo'];
		for (const tree of treeIds) {
			const expected = expectedTree(tree, locale);
			const { page } = await openTree(tree, locale, `#${tree}/${expected.steps.at(-1)!.id}`);
			await page.emulateMedia({ media: 'print' });
			expect(await visibleSteps(page, tree), tree).toEqual(expected.steps.map((step) => step.id));
			const root = page.locator(`[data-tree="${tree}"]`);
			expect(await root.locator('.dt__number:visible').allTextContents(), tree).toEqual(expected.steps.map((step) => `${step.number}. `));
			expect((await root.locator('.dt__goto:visible').allTextContents()).map((text) => text.trim()), tree).toEqual(
				expected.steps.flatMap((step) => step.answers.map((answer) => `→ ${goesTo.replace('{{number}}', String(answer.targetNumber))}`)),
			);
			await page.context().close();
		}
	});

	test('prints the whole tree as a numbered outline, whatever step is on screen', async () => {
		const { page } = await openTree('resolving', 'fi', '#resolving/agree-callback');
		expect(await visibleSteps(page, 'resolving')).toEqual(['agree-callback']);
		await page.emulateMedia({ media: 'print' });
		const expected = expectedTree('resolving', 'fi');
		expect(await visibleSteps(page, 'resolving')).toEqual(expected.steps.map((step) => step.id));
		const root = page.locator('[data-tree="resolving"]');
		expect(await root.locator('.dt__number:visible').allTextContents()).toEqual(expected.steps.map((step) => `${step.number}. `));
		const gotos = await root.locator('.dt__goto:visible').allTextContents();
		expect(gotos).toEqual(expected.steps.flatMap((step) => step.answers.map((answer) => `→ kohta ${answer.targetNumber}`)));
		expect(await root.locator('[data-tree-bar]').isVisible()).toBe(false);
		expect(await root.locator('[data-tree-trail]').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		expect(await visibleSteps(page, 'resolving')).toEqual(['agree-callback']);
		await page.context().close();
	});
});

describe('when the script cannot load (JavaScript on, poor network)', () => {
	test('CSS alone still shows one step at a time and answers still work', async () => {
		const { page } = await openPage(browser, origin);
		await page.route('**/*DecisionTree*.js', (route) => route.abort());
		await page.goto(`${origin}${treePage('compensating', 'fi')}`);
		expect(await page.locator('[data-tree="compensating"][data-enhanced]').count()).toBe(0);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		await page.locator('[data-step="start"] a[data-answer="discount"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['discount-reason']);
		await page.goBack();
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		await page.context().close();
	});
});

describe('under a subfolder (--base /kb/)', () => {
	const subfolder = inject('subfolderOrigin');

	test('a walk works and every link stays under /kb/', async () => {
		const { page, watch } = await openPage(browser, subfolder);
		await page.goto(`${subfolder}${treePage('entry', 'hr', '/kb/')}`);
		await page.waitForSelector('[data-tree="entry"][data-enhanced]', { state: 'attached' });
		await page.locator('[data-step="start"] a[data-answer="upset"]').click();
		await page.locator('[data-step="problem-clear"] a[data-answer="compensation"]').click();
		expect(await visibleSteps(page, 'entry')).toEqual(['go-compensating']);
		const hrefs = await page.locator('[data-step="go-compensating"] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain('/kb/hr/decide/compensating/');
		expect(hrefs).toContain('/kb/hr/compensate/');
		for (const href of hrefs) expect(href.startsWith('/kb/hr/'), href).toBe(true);
		await Promise.all([page.waitForURL(`${subfolder}/kb/hr/decide/compensating/`), page.locator('[data-step="go-compensating"] .dt__next a').click()]);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
