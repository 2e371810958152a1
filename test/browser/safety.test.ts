/**
 * When it is dangerous (issue 16), against the built site: the header link to the safety tree's first
 * step on every page of every edition (read from the build, with and without JavaScript, by keyboard, by
 * its accessible name, inside a phone's header); two taps from any page to "get away, raise the alarm,
 * call the emergency number" with the number from the settings; the entry and boundaries trees leading
 * to the safety tree; axe on the safety endings in both themes (the pages are in the every-page gate); the sources page listing the
 * edition's sources with the date each was checked; English only as cited source titles.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import organisation from '../../src/config/organisation';
import { guidanceSources } from '../../src/guidance/sources';
import { locales, type Locale } from '../../src/locales';
import { pageSlugs } from '../../src/sidebar';
import { interfaceStrings, localeCodes } from '../support/site';
import { axeViolations, colourRules } from './support/axe';
import { builtPages, loadPage } from './support/built-site';
import { site, test, treesEnhanced } from './support/harness';
import { expectedTree, treePage, visibleSteps } from './support/trees';

const shipped = site('shipped');
const { origin } = shipped;

/** Every page of every edition, read from the build: one per sidebar page and language. */
const editionPages = builtPages(shipped.outDir).filter((path) => localeCodes.some((locale) => path.startsWith(`${locale}/`)) && path.endsWith('/'));
const localeOf = (path: string) => path.slice(0, path.indexOf('/')) as Locale;
const safetyStart = (locale: Locale) => `/${locale}/decide/safety/#safety/start`;
const number = (locale: Locale) => organisation.safety.emergencyNumber[locale];

describe('the header link to the safety tree', () => {
	test('the build has every page of every edition', () => {
		expect(editionPages).toHaveLength(localeCodes.length * pageSlugs.length);
	});

	test('every built page of every edition has one, in its header, named and aimed at the first step', () => {
		const problems: string[] = [];
		for (const path of editionPages) {
			const locale = localeOf(path);
			const $ = loadPage(shipped, path);
			const links = $('a[data-safety-link]');
			if (links.length !== 1 || links.closest('header').length !== 1) problems.push(`/${path}: ${links.length} safety links, ${links.closest('header').length} in the header`);
			const href = new URL(links.attr('href') ?? '', `http://site.test/${path}`);
			if (href.pathname + href.hash !== safetyStart(locale)) problems.push(`/${path}: the link goes to ${href.pathname}${href.hash}`);
			if (links.text().trim() !== interfaceStrings(locale)['safety.headerLink']) problems.push(`/${path}: the link says "${links.text().trim()}"`);
		}
		expect(problems).toEqual([]);
		// The step it opens is on the tree page, the tree's first.
		for (const locale of localeCodes) {
			const $ = loadPage(shipped, `${locale}/decide/safety/`);
			expect($('[id="safety/start"]').attr('data-start'), locale).toBe('');
		}
	});

	// One test per edition and JavaScript setting, so each stays well within a test's time on a busy machine.
	const phoneCases = [true, false].flatMap((javaScriptEnabled) => localeCodes.map((locale) => ({ javaScriptEnabled, locale })));
	test.for(phoneCases)('$locale, with JavaScript $javaScriptEnabled: visible, announced by its name and inside a phone\'s screen on every page', async ({ javaScriptEnabled, locale }, { newPage }) => {
		const pages = editionPages.filter((path) => localeOf(path) === locale);
		expect(pages).toHaveLength(pageSlugs.length);
		const { page } = await newPage(origin, { javaScriptEnabled, viewport: { width: 360, height: 740 } });
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(`${origin}/${path}`);
			const link = page.locator('header').getByRole('link', { name: interfaceStrings(localeOf(path))['safety.headerLink'], exact: true });
			if ((await link.count()) !== 1 || !(await link.isVisible())) {
				problems.push(`/${path}: no visible link named "${interfaceStrings(localeOf(path))['safety.headerLink']}"`);
				continue;
			}
			const box = (await link.boundingBox())!;
			if (box.x < 0 || box.x + box.width > 360 || box.y < 0 || box.height < 32) problems.push(`/${path}: the link sits at ${JSON.stringify(box)}`);
		}
		expect(problems).toEqual([]);
	});

	test.for([320, 360, 414])('in a %s px wide phone header it overlaps neither the search button nor the menu button', async (width, { newPage }) => {
		const { page } = await newPage(origin, { viewport: { width, height: 740 } });
		for (const locale of localeCodes) {
			await page.goto(`${origin}/${locale}/calm/`);
			const boxes = {
				link: (await page.locator('header a[data-safety-link]').boundingBox())!,
				search: (await page.locator('header site-search button[data-open-modal]').boundingBox())!,
				menu: (await page.locator('button.sl-menu-button').boundingBox())!,
			};
			const overlap = (a: typeof boxes.link, b: typeof boxes.link) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
			expect(overlap(boxes.link, boxes.search), `${locale}: link and search`).toBe(false);
			expect(overlap(boxes.link, boxes.menu), `${locale}: link and menu`).toBe(false);
			expect(boxes.link.x + boxes.link.width, `${locale}: link within the screen`).toBeLessThanOrEqual(boxes.menu.x);
			// The header keeps its height: the link fits the bar instead of wrapping it.
			expect(await page.locator('header.header').evaluate((header) => header.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
		}
	});

	test.for(localeCodes)('%s: reachable by keyboard from the top of a page, and Enter opens the first step', async (locale, { openPage }) => {
		const { page } = await openPage(shipped.url(`${locale}/listen/`), { viewport: { width: 1280, height: 800 } });
		let focused = '';
		for (let tab = 0; tab < 15 && focused !== 'safety'; tab++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => (document.activeElement?.matches('[data-safety-link]') ? 'safety' : ''));
		}
		expect(focused, 'the link takes focus within 15 presses of Tab').toBe('safety');
		await Promise.all([page.waitForURL(`${origin}${safetyStart(locale)}`), page.keyboard.press('Enter')]);
		await treesEnhanced(page, 'safety');
		expect(await visibleSteps(page, 'safety')).toEqual(['start']);
	});
});

/** The danger ending as a reader sees it: its heading and the number in its box. */
async function dangerEnding(page: Page) {
	const step = page.locator('[data-tree="safety"] [data-step="danger-now"]');
	return {
		heading: (await step.locator('[data-tree-heading-text]').textContent())?.trim(),
		number: (await step.locator('.dt__safety .safety-facts__number').textContent())?.trim(),
		firstFact: await step.locator('.dt__safety [data-safety-fact]').first().getAttribute('data-safety-fact'),
		alarm: await step.locator('.dt__safety [data-safety-fact="alarm"] dd').textContent(),
		tel: await step.locator('.dt__safety .safety-facts__number').getAttribute('href'),
	};
}

describe.each(localeCodes)('%s: two taps from any page to "get away, raise the alarm, call the number"', (locale) => {
	const danger = expectedTree('safety', locale).steps.find((step) => step.id === 'danger-now')!;
	const firstAnswer = expectedTree('safety', locale).steps[0]!.answers[0]!;

	test('with JavaScript', async ({ openPage }) => {
		const { page } = await openPage(shipped.url(`${locale}/compensate/`));
		await page.locator('header a[data-safety-link]').click();
		await treesEnhanced(page, 'safety');
		expect(await visibleSteps(page, 'safety')).toEqual(['start']);
		await page.locator('[data-tree="safety"] [data-step="start"]').getByRole('link', { name: firstAnswer.label, exact: true }).click();
		expect(await visibleSteps(page, 'safety')).toEqual(['danger-now']);
		const shown = await dangerEnding(page);
		expect(shown).toEqual({ heading: danger.heading, number: number(locale), firstFact: 'emergencyNumber', alarm: organisation.safety.alarm![locale], tel: `tel:${number(locale)}` });
		expect(shown.heading).toContain(number(locale));
	});

	test('without JavaScript', async ({ openPage }) => {
		const { page } = await openPage(shipped.url(`${locale}/another-approach/`), { javaScriptEnabled: false });
		await page.locator('header a[data-safety-link]').click();
		expect(new URL(page.url()).hash).toBe('#safety/start');
		await page.locator('[data-tree="safety"] [data-step="start"]').getByRole('link', { name: firstAnswer.label, exact: true }).click();
		expect(new URL(page.url()).hash).toBe('#safety/danger-now');
		expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-step'))).toBe('danger-now');
		const shown = await dangerEnding(page);
		expect(shown.heading).toBe(danger.heading);
		expect(shown.number).toBe(number(locale));
		expect(shown.alarm).toBe(organisation.safety.alarm![locale]);
	});
});

describe.concurrent('the other trees lead to the safety tree', () => {
	test.for(localeCodes)('%s: the entry tree\'s first answer shows the number and leads on; "unwell" leads to another approach; a threat in the boundaries tree leads on too', async (locale, { openPage, expect }) => {
		const entry = expectedTree('entry', locale);
		const { page } = await openPage(`${origin}${treePage('entry', locale)}`);
		await treesEnhanced(page, 'entry');
		const answers = page.locator('[data-tree="entry"] [data-step="start"] a[data-answer]');
		expect(await answers.first().getAttribute('data-answer')).toBe('danger');
		await answers.first().click();
		const goSafety = page.locator('[data-step="go-safety"]');
		expect(await goSafety.locator('.safety-facts__number').textContent()).toBe(number(locale));
		expect(new URL(await goSafety.locator('.dt__next a').evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/${locale}/decide/safety/`);

		await page.goto(`${origin}${treePage('entry', locale)}#entry/go-another-approach`);
		const unwell = entry.steps.find((step) => step.id === 'go-another-approach')!;
		expect(await page.locator('[data-step="go-another-approach"] [data-tree-heading-text]').textContent()).toBe(unwell.heading);
		expect(new URL(await page.locator('[data-step="go-another-approach"] .dt__links a').first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/${locale}/another-approach/`);

		await page.goto(`${origin}${treePage('boundaries', locale)}`);
		await treesEnhanced(page, 'boundaries');
		await page.locator('[data-tree="boundaries"] [data-step="start"] a[data-answer="threatening"]').click();
		const help = page.locator('[data-step="get-help-now"]');
		expect(await help.locator('.safety-facts__number').textContent()).toBe(number(locale));
		expect(new URL(await help.locator('.dt__next a').evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/${locale}/decide/safety/`);
	});
});

describe.concurrent.each(['light', 'dark'] as const)('axe, %s theme', (theme) => {
	test.for(localeCodes)('%s: the danger, after-record and crisis endings of the safety tree', async (locale, { newPage, expect }) => {
		const { page } = await newPage(origin, { colorScheme: theme });
		// The dark theme changes colours only: its pass runs the rules that depend on them. The tree alone is
		// checked: the rest of the page is the every-page gate's.
		const rules = theme === 'dark' ? colourRules : undefined;
		const problems: string[] = [];
		for (const fragment of ['danger-now', 'after-record', 'customer-crisis']) {
			await page.goto(`${origin}${treePage('safety', locale)}#safety/${fragment}`);
			await treesEnhanced(page, 'safety');
			expect(await visibleSteps(page, 'safety')).toEqual([fragment]);
			problems.push(...(await axeViolations(page, '[data-tree="safety"]', rules)));
		}
		expect(problems).toEqual([]);
	});
	// The safety, another-approach and sources pages themselves are checked with every other page in both
	// themes by test/browser/quality/every-page.test.ts; their endings open only from a fragment, so here.
});

describe('the sources page of each edition', () => {
	test.each(localeCodes)('%s: lists the sources of its edition, the country\'s own first, each with the date it was checked', (locale) => {
		const $ = loadPage(shipped, `${locale}/sources/`);
		const expected = guidanceSources.filter((source) => source.editions.includes(locale));
		const items = $('[data-guidance-sources] li');
		expect(items.length).toBe(expected.length);
		expect(items.length).toBeGreaterThan(10);
		const dates = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'long', timeZone: 'UTC' });
		const listed = items.toArray().map((item) => ({
			id: $(item).attr('data-source'),
			href: $(item).find('a').attr('href'),
			lang: $(item).find('a').attr('lang'),
			datetime: $(item).find('time').attr('datetime'),
			date: $(item).find('time').text(),
		}));
		expect(listed.map(({ id }) => id).sort()).toEqual(expected.map(({ id }) => id).sort());
		for (const item of listed) {
			const source = expected.find(({ id }) => id === item.id)!;
			expect(item).toEqual({ id: source.id, href: source.url, lang: source.language, datetime: source.checked, date: dates.format(new Date(`${source.checked}T00:00:00Z`)) });
		}
		// The edition's national sources come before the international ones.
		const national = listed.map(({ id }) => expected.find((source) => source.id === id)!.country !== null);
		expect(national.indexOf(false)).toBeGreaterThan(0);
		expect(national.slice(national.indexOf(false))).not.toContain(true);
	});

	test('text in English is only ever a cited source\'s title or publisher', () => {
		const stray = builtPages(shipped.outDir).flatMap((path) => {
			const $ = loadPage(shipped, path);
			return $('[lang="en"]')
				.toArray()
				// The sources of the safety advice, and of the customers' rights facts (issue 13).
				.filter((element) => $(element).closest('[data-guidance-sources], [data-rights-sources]').length === 0)
				.map((element) => `/${path}: <${element.tagName} lang="en">`);
		});
		expect(stray).toEqual([]);
	});
});
