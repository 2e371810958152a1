/**
 * The decision trees in headless Chromium, against the built site: a full walk of every tree in every
 * locale (one step visible at a time, focus, live announcement, trail, Back, Start over, axe), every
 * ending that calls someone in, deep links, browser Back/Forward, hostile fragments, keyboard-only use,
 * no JavaScript, and print.
 */
import { describe, expect } from 'vitest';
import { localeCodes, type Locale } from '../../src/locales';
import { machines, treeIds, type TreeId } from '../../src/machines';
import { treeGraph } from '../../src/machines/graph';
import { interfaceStrings } from '../support/site';
import { settingsOf } from '../support/variants';
import { axeViolations } from './support/axe';
import { site, test, treesEnhanced, type OpenPage, type OpenOptions } from './support/harness';
import { contactEndings, deepestEnding, expectedTree, focusedStep, trailTexts, treePage, visibleSteps } from './support/trees';
import shippedSettings from '../../src/config/organisation';

const shipped = site('shipped');
const { origin } = shipped;

/** Opens a tree's page (with a fragment) and, with JavaScript on, waits until the script has enhanced it. */
async function openTree(openPage: OpenPage, tree: TreeId, locale: Locale, fragment = '', options: OpenOptions = {}) {
	const opened = await openPage(`${origin}${treePage(tree, locale)}${fragment}`, options);
	if (options.javaScriptEnabled !== false) await treesEnhanced(opened.page, tree);
	return opened;
}

/** The trail the script shows on a step reached by its shortest path: "question answer" per hop. */
function expectedTrail(tree: TreeId, locale: Locale, step: string): string[] {
	const view = new Map(expectedTree(tree, locale).steps.map((s) => [s.id, s]));
	const path = treeGraph(machines[tree], shippedSettings).steps.find((s) => s.id === step)!.path;
	return path.map((hop) => `${view.get(hop.step)!.heading} ${view.get(hop.step)!.answers.find((a) => a.id === hop.answer)!.label}`);
}

describe.concurrent.each(localeCodes)('decision trees in %s', (locale) => {
	const strings = interfaceStrings(locale);

	test.for([...treeIds])('a full walk of "%s": one step at a time, focus, announcement, trail, Back, Start over, axe', async (tree, { openPage, expect }) => {
		const expected = expectedTree(tree, locale);
		const steps = new Map(expected.steps.map((step) => [step.id, step]));
		const ending = deepestEnding(tree);
		expect(ending.path.length, `${tree}: the deepest ending is the start`).toBeGreaterThan(0);
		const { page } = await openTree(openPage, tree, locale);
		const root = page.locator(`[data-tree="${tree}"]`);
		expect(await root.getAttribute('aria-label')).toBe(expected.name);
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		expect(await root.locator('[data-tree-bar]').isVisible()).toBe(false);
		// The first step as the page opens is in the every-page gate's axe run (quality/every-page.test.ts).

		/** The link a reader taps: the answer, by its accessible name, in the question shown. */
		const answerLink = (hop: { step: string; answer: string }) =>
			root.locator(`[data-step="${hop.step}"]`).getByRole('link', { name: steps.get(hop.step)!.answers.find((a) => a.id === hop.answer)!.label, exact: true });
		for (const [index, hop] of ending.path.entries()) {
			await answerLink(hop).click();
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
		expect(view.say.length, `${tree}/${ending.id}: lines to say`).toBeGreaterThan(0);
		const endingText = await step.textContent();
		for (const line of view.say) expect(endingText).toContain(line.text);
		const hrefs = await step.locator('.dt__links a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.length, `${tree}/${ending.id}: links`).toBeGreaterThan(0);
		expect(hrefs).toEqual(view.links.map((link) => new URL(link.href, `${origin}${treePage(tree, locale)}`).pathname));
		for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/[a-z-]+/$`));
		// The box of whom to call is there exactly when the ending calls someone in (every such ending: below).
		expect(await step.locator('.dt__contact').count()).toBe(view.contact ? 1 : 0);
		expect(await axeViolations(page, `[data-tree="${tree}"]`)).toEqual([]);

		// Back returns to the last question; any entry of the trail, not only the first, revisits its
		// question; Start over goes home.
		const last = ending.path.at(-1)!;
		await root.getByRole('button', { name: strings['tree.back'] }).click();
		expect(await visibleSteps(page, tree)).toEqual([last.step]);
		expect(await focusedStep(page)).toBe(last.step);
		expect(await trailTexts(page, tree)).toHaveLength(ending.path.length - 1);
		if (ending.path.length > 2) {
			const middle = Math.floor((ending.path.length - 1) / 2);
			await root.locator('[data-tree-trail] a').nth(middle).click();
			expect(await visibleSteps(page, tree)).toEqual([ending.path[middle]!.step]);
			expect(await trailTexts(page, tree)).toHaveLength(middle);
		}
		if (ending.path.length > 1) {
			await root.locator('[data-tree-trail] a').first().click();
			expect(await visibleSteps(page, tree)).toEqual(['start']);
			expect(await trailTexts(page, tree)).toEqual([]);
			await answerLink(ending.path[0]!).click();
		}
		await root.getByRole('button', { name: strings['tree.startOver'] }).click();
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		expect(await trailTexts(page, tree)).toEqual([]);
		expect(page.url()).toBe(`${origin}${treePage(tree, locale)}#${tree}/start`);
	});
});

/** Endings that call someone in, per build, at least as many as the machines have now under its settings. */
const contactBuilds = await Promise.all(
	[
		{ served: shipped, endingsNow: 11 },
		{ served: site('alternative-settings'), endingsNow: 10 },
	].map(async (build) => {
		const settings = await settingsOf(build.served);
		const endings = contactEndings(settings);
		const trees = [...new Set(endings.map(({ tree }) => tree))];
		return { ...build, settings, endings, cases: localeCodes.flatMap((locale) => trees.map((tree) => ({ locale, tree }))) };
	}),
);

describe.concurrent.each(contactBuilds)('every ending that calls someone in, site built "$served.name"', ({ served, endingsNow, settings, endings, cases }) => {
	test('the settings of this build let a reader reach them all, in every tree that has them', () => {
		expect(endings.length, 'endings with meta.contact the settings let a reader reach').toBeGreaterThanOrEqual(endingsNow);
		expect(new Set(endings.map(({ tree }) => tree)).size, 'trees with such endings').toBeGreaterThanOrEqual(4);
		expect(cases.length).toBe(localeCodes.length * new Set(endings.map(({ tree }) => tree)).size);
	});

	// One test per edition and tree: the page is opened once and each ending opened by its address, as a
	// shared link opens it (that the settings let a reader walk there is the graph's finding above, and
	// walking by the answers is the full walk's).
	test.for(cases)('$locale, $tree: each, opened, shows whom to call and how, from the settings of this build', async ({ locale, tree }, { newPage, expect }) => {
		const strings = interfaceStrings(locale);
		const { role, contact } = settings.escalation;
		const here = endings.filter((ending) => ending.tree === tree);
		const { page } = await newPage(served.origin);
		await page.goto(served.url(treePage(tree, locale)));
		await treesEnhanced(page, tree);
		const shown: string[] = [];
		for (const { step } of here) {
			await page.evaluate((fragment) => (location.hash = fragment), `#${tree}/${step.id}`);
			const ending = page.locator(`[data-tree="${tree}"] [data-step="${step.id}"]`);
			await ending.waitFor({ state: 'visible' });
			expect(await visibleSteps(page, tree), `${tree}/${step.id}`).toEqual([step.id]);
			const box = ending.locator('.dt__contact');
			expect(await box.isVisible(), `${tree}/${step.id}: the contact box`).toBe(true);
			shown.push(`${tree}/${step.id}: ${(await box.locator('dt, dd').allTextContents()).join(' | ')}`);
		}
		expect(shown).toEqual(here.map(({ step }) => `${tree}/${step.id}: ${strings['tree.contactRole']} | ${role[locale]} | ${strings['tree.contactHow']} | ${contact[locale]}`));
	});
});

describe.concurrent('deep links and history', () => {
	test('a step\'s fragment opens that step, with the trail that leads to it', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'compensating', 'fi', '#compensating/refund-not-allowed');
		expect(await visibleSteps(page, 'compensating')).toEqual(['refund-not-allowed']);
		// First "not a right in law" (issue 13), then the remedy asked for.
		const [start, remedy] = ['start', 'which-remedy'].map((id) => expectedTree('compensating', 'fi').steps.find((step) => step.id === id)!);
		expect(await trailTexts(page, 'compensating')).toEqual([
			`${start!.heading} ${start!.answers.find((a) => a.id === 'neither')!.label}`,
			`${remedy!.heading} ${remedy!.answers.find((a) => a.id === 'refund')!.label}`,
		]);
		expect(await page.locator('[data-tree="compensating"] [data-tree-bar]').isVisible()).toBe(true);
	});

	test('the trees to open by deep link are all there', () => {
		expect(treeIds.length).toBeGreaterThanOrEqual(7);
	});

	// One test per tree, so a busy machine's slower page loads stay within each test's time.
	test.for(treeIds)('every step of the %s tree has a working deep link, opened by the script with its trail', async (tree, { newPage, expect }) => {
		const { page } = await newPage(origin);
		await page.goto(`${origin}${treePage(tree, 'hr')}`);
		await treesEnhanced(page, tree);
		const steps = expectedTree(tree, 'hr').steps;
		expect(steps.length, tree).toBeGreaterThan(2);
		let opened = 0;
		for (const step of steps) {
			await page.goto(`${origin}${treePage(tree, 'hr')}#${step.fragment}`);
			// The trail is the script's: the CSS :target fallback alone would show the step without it.
			await expect.poll(() => trailTexts(page, tree), { message: step.fragment, timeout: 5_000 }).toEqual(expectedTrail(tree, 'hr', step.id));
			expect(await visibleSteps(page, tree), step.fragment).toEqual([step.id]);
			opened++;
		}
		expect(opened).toBe(steps.length);
	});

	test('browser Back and Forward move between steps', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'escalating', 'bg');
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
	});

	test('reloading keeps the step and the answers given', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'boundaries', 'ms');
		const root = page.locator('[data-tree="boundaries"]');
		await root.locator('[data-step="start"] a[data-answer="takes-all-time"]').click();
		await root.locator('[data-step="talked-to-charge"] a[data-answer="yes"]').click();
		await root.locator('[data-step="plan-tried"] a[data-answer="still-going"]').click();
		const before = await trailTexts(page, 'boundaries');
		await page.reload();
		await treesEnhanced(page, 'boundaries');
		expect(await visibleSteps(page, 'boundaries')).toEqual(['cut-losses']);
		expect(await trailTexts(page, 'boundaries')).toEqual(before);
	});
});

describe.concurrent('hostile and malformed fragments', () => {
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

	test.for(hostile)('%s starts the tree at its first step, with no error and nothing inserted', async ([, fragment], { openPage, expect }) => {
		const { page } = await openTree(openPage, 'compensating', 'fi', fragment);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		expect(await trailTexts(page, 'compensating')).toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"], [data-tree] script').count()).toBe(0);
	});

	test('a hostile fragment typed while on a later step goes back to the start', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'compensating', 'fi', '#compensating/no-pressure');
		expect(await visibleSteps(page, 'compensating')).toEqual(['no-pressure']);
		await page.evaluate(() => (location.hash = '#compensating/<svg onload=window.__pwned=1>'));
		await expect.poll(() => visibleSteps(page, 'compensating')).toEqual(['start']);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('svg[onload]').count()).toBe(0);
	});
});

describe('accessibility in the dark theme', () => {
	test('axe finds nothing in a question, an ending with a contact box, and the trail', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'compensating', 'bg', '', { colorScheme: 'dark' });
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await axeViolations(page, '[data-tree="compensating"]')).toEqual([]);
		// The first question is whether the case is a right in law (issue 13); "neither" leads to the remedies.
		await page.locator('[data-step="start"] a[data-answer="neither"]').click();
		await page.locator('[data-step="which-remedy"] a[data-answer="refund"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['refund-not-allowed']);
		expect(await page.locator('[data-step="refund-not-allowed"] .dt__contact').isVisible()).toBe(true);
		expect(await axeViolations(page, '[data-tree="compensating"]')).toEqual([]);
	});
});

describe('keyboard only', () => {
	test('Tab and Enter walk to an ending, focus follows each new question, Back works from the keyboard', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'listening', 'hr');
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
		expect(ending.path.length).toBeGreaterThan(1);
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
	});
});

describe.concurrent('without JavaScript', () => {
	test.for([...localeCodes])('every step of every tree is in its %s page, each answer a plain link to the step it leads to', async (locale, { newPage, expect }) => {
		const { page } = await newPage(origin, { javaScriptEnabled: false });
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		for (const tree of treeIds) {
			await page.goto(`${origin}${treePage(tree, locale)}`);
			const expected = expectedTree(tree, locale);
			expect(await visibleSteps(page, tree), tree).toEqual(expected.steps.map((step) => step.id));
			const root = page.locator(`[data-tree="${tree}"]`);
			const answers = expected.steps.flatMap((step) => step.answers.map((answer) => ({ step: step.id, answer: answer.id, href: answer.href })));
			expect(answers.length, tree).toBeGreaterThan(1);
			// Read in one go: every answer link of every step, as the page has them.
			const links = await root.locator('[data-step] a[data-answer]').evaluateAll((elements) =>
				elements.map((a) => ({ step: (a.closest('[data-step]') as HTMLElement).dataset.step!, answer: (a as HTMLElement).dataset.answer!, href: a.getAttribute('href')! })),
			);
			expect(links, tree).toEqual(answers);
		}
	});

	test.for([...localeCodes])('the links walk the tree (%s), and endings lead back to the start', async (locale, { openPage, expect }) => {
		const { page } = await openTree(openPage, 'compensating', locale, '', { javaScriptEnabled: false });
		const expected = expectedTree('compensating', locale);
		expect(await visibleSteps(page, 'compensating')).toEqual(expected.steps.map((step) => step.id));
		expect(await page.locator('[data-tree="compensating"] [data-tree-bar]').isVisible()).toBe(false);
		const root = page.locator('[data-tree="compensating"]');
		expect(expected.steps.length).toBeGreaterThan(2);
		for (const step of expected.steps)
			for (const answer of step.answers)
				expect(await root.locator(`[data-step="${step.id}"] a[data-answer="${answer.id}"]`).getAttribute('href')).toBe(answer.href);
		await root.locator('[data-step="which-remedy"] a[data-answer="refund"]').click();
		expect(page.url()).toBe(`${origin}${treePage('compensating', locale)}#compensating/refund-not-allowed`);
		expect(await page.locator('[id="compensating/refund-not-allowed"]').isVisible()).toBe(true);
		await root.locator('[data-step="refund-not-allowed"] [data-tree-nojs] a').click();
		expect(page.url()).toBe(`${origin}${treePage('compensating', locale)}#compensating/start`);
	});
});

describe.concurrent('printing', () => {
	test.for([...localeCodes])('every %s tree prints whole, numbered, each answer followed by the step it leads to', async (locale, { newPage, expect }) => {
		const goesTo = interfaceStrings(locale)['tree.goesTo'];
		const { page } = await newPage(origin);
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		for (const tree of treeIds) {
			const expected = expectedTree(tree, locale);
			await page.emulateMedia({ media: 'screen' });
			await page.goto(`${origin}${treePage(tree, locale)}#${tree}/${expected.steps.at(-1)!.id}`);
			await treesEnhanced(page, tree);
			expect(await visibleSteps(page, tree), tree).toEqual([expected.steps.at(-1)!.id]);
			await page.emulateMedia({ media: 'print' });
			expect(await visibleSteps(page, tree), tree).toEqual(expected.steps.map((step) => step.id));
			const root = page.locator(`[data-tree="${tree}"]`);
			expect(await root.locator('.dt__number:visible').allTextContents(), tree).toEqual(expected.steps.map((step) => `${step.number}. `));
			expect((await root.locator('.dt__goto:visible').allTextContents()).map((text) => text.trim()), tree).toEqual(
				expected.steps.flatMap((step) => step.answers.map((answer) => `→ ${goesTo.replace('{{number}}', String(answer.targetNumber))}`)),
			);
		}
	});

	test('prints the whole tree as a numbered outline, whatever step is on screen', async ({ openPage, expect }) => {
		const { page } = await openTree(openPage, 'resolving', 'fi', '#resolving/agree-callback');
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
	});
});

describe('when the script cannot load (JavaScript on, poor network)', () => {
	test('CSS alone still shows one step at a time and answers still work', async ({ newPage, expect }) => {
		const { page } = await newPage(origin, { allow: { consoleErrors: 'the test makes the tree\'s script fail to load' } });
		await page.route('**/*DecisionTree*.js', (route) => route.abort());
		await page.goto(`${origin}${treePage('compensating', 'fi')}`);
		expect(await page.locator('[data-tree="compensating"][data-enhanced]').count()).toBe(0);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		await page.locator('[data-step="start"] a[data-answer="neither"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['which-remedy']);
		await page.locator('[data-step="which-remedy"] a[data-answer="discount"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['discount-reason']);
		await page.goBack();
		expect(await visibleSteps(page, 'compensating')).toEqual(['which-remedy']);
		await page.goBack();
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
	});
});

describe('under a subfolder (--base /kb/)', () => {
	const { origin: subfolder } = site('subfolder');

	test('a walk works and every link stays under /kb/', async ({ openPage, expect }) => {
		const { page } = await openPage(`${subfolder}${treePage('entry', 'hr', '/kb/')}`);
		await treesEnhanced(page, 'entry');
		await page.locator('[data-step="start"] a[data-answer="upset"]').click();
		await page.locator('[data-step="problem-clear"] a[data-answer="compensation"]').click();
		expect(await visibleSteps(page, 'entry')).toEqual(['go-compensating']);
		const hrefs = await page.locator('[data-step="go-compensating"] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain('/kb/hr/decide/compensating/');
		expect(hrefs).toContain('/kb/hr/compensate/');
		expect(hrefs.length).toBeGreaterThanOrEqual(2);
		for (const href of hrefs) expect(href.startsWith('/kb/hr/'), href).toBe(true);
		await Promise.all([page.waitForURL(`${subfolder}/kb/hr/decide/compensating/`), page.locator('[data-step="go-compensating"] .dt__next a').click()]);
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
	});
});
