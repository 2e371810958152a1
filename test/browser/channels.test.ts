/**
 * Lines per serving channel (issue 12, item 3) in headless Chromium, against the built site: in every
 * edition, on the tree pages and the escalate page, the chooser is there; choosing a channel hides the
 * other channels' lines and keeps the shared ones; the choice survives a reload and another page, with
 * the keyboard as with the mouse, and when the device will not store it nothing breaks. Without
 * JavaScript and in print every variant shows, labelled. Self-contained: it needs only the built site.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { channels, type Channel, type LineChannel } from '../../src/channels/channels';
import organisation from '../../src/config/organisation';
import { localeCodes, type Locale } from '../../src/locales';
import { machines, treeIds } from '../../src/machines';
import { treeGraph } from '../../src/machines/graph';
import { channelReasons, endingChannels } from '../../src/machines/tree';
import { interfaceStrings } from '../support/site';
import { axeViolations } from './support/axe';
import { loadPage } from './support/built-site';
import { type OpenPage, site, test } from './support/harness';
import { treePage } from './support/trees';

const shipped = site('shipped');
const { origin } = shipped;

/** Every ending the configured policy reaches that must have lines per channel, read from the machines, with the channels it serves. */
const channelledEndings = treeIds.flatMap((tree) =>
	treeGraph(machines[tree], organisation)
		.steps.filter((step) => step.kind === 'ending' && channelReasons(step.ending).length > 0)
		.map((step) => ({ tree, step: step.id, serves: endingChannels(step.ending) })),
);

/** The ending the tests walk to: it calls someone in and asks the customer to wait. */
const treeEnding = { tree: 'escalating', step: 'needs-approval', fragment: '#escalating/needs-approval' } as const;
const treeLines = `[data-tree="${treeEnding.tree}"] [data-step="${treeEnding.step}"] .phrase--say`;
/** The Say box of the escalate page with lines per channel. */
const pageLines = '.sl-markdown-content .phrase--say:has([data-channel="counter"])';

const escalatePage = (locale: Locale) => `/${locale}/escalate/`;
const escalatingTree = (locale: Locale) => `${treePage(treeEnding.tree, locale)}${treeEnding.fragment}`;

/** Opens `path` of the shipped site in a new watched page (`openPage`), or in `page` when given. */
async function open(openPage: OpenPage, path: string, options: { javaScriptEnabled?: boolean; page?: Page } = {}): Promise<{ page: Page }> {
	if (options.page) {
		await options.page.goto(`${origin}${path}`);
		return { page: options.page };
	}
	return openPage(`${origin}${path}`, { javaScriptEnabled: options.javaScriptEnabled });
}

/** The channels of the line elements in `scope` a reader can see, in order. */
const visibleChannels = (page: Page, scope: string) =>
	page.locator(`${scope} [data-channel]`).evaluateAll((lines) =>
		lines.filter((line) => (line as HTMLElement).checkVisibility()).map((line) => (line as HTMLElement).dataset.channel as LineChannel),
	);

/** Each visible per-channel line's label, as "channel: label". */
const visibleLabels = (page: Page, scope: string) =>
	page.locator(`${scope} [data-channel]:not([data-channel="all"])`).evaluateAll((lines) =>
		lines
			.filter((line) => (line as HTMLElement).checkVisibility())
			.map((line) => {
				const label = line.querySelector('.say-line__channel') as HTMLElement | null;
				return `${(line as HTMLElement).dataset.channel}: ${label?.checkVisibility() ? label.textContent : '(no label)'}`;
			}),
	);

/** The lines of `scope` with every channel shown: each channel's variant, labelled, and the shared lines. */
async function expectEveryVariant(page: Page, scope: string, locale: Locale): Promise<void> {
	const strings = interfaceStrings(locale);
	const shown = await visibleChannels(page, scope);
	for (const channel of channels) expect(shown, `${scope} in ${locale}`).toContain(channel);
	expect(shown.length).toBe(await page.locator(`${scope} [data-channel]`).count());
	const labels = await visibleLabels(page, scope);
	expect(labels.length).toBeGreaterThanOrEqual(channels.length);
	for (const label of labels) {
		const channel = label.split(':')[0] as Channel;
		expect(label).toBe(`${channel}: ${strings[`channel.${channel}`]}`);
	}
}

/** Only `channel`'s lines and the shared ones show, unlabelled (the chooser says which channel). */
async function expectOnly(page: Page, scope: string, channel: Channel): Promise<void> {
	const shown = await visibleChannels(page, scope);
	expect(shown, scope).toContain(channel);
	expect(shown.filter((c) => c !== channel && c !== 'all'), scope).toEqual([]);
	expect(await page.locator(`${scope} [data-channel="all"]`).count()).toBe(shown.filter((c) => c === 'all').length);
	expect(await visibleLabels(page, scope)).toEqual([`${channel}: (no label)`]);
}

const chooser = (page: Page, scope = '') => page.locator(`${scope} [data-channel-chooser]`.trim()).first();
const checkedChannel = (chooserLocator: Locator) => chooserLocator.locator('input:checked').evaluate((input) => (input as HTMLInputElement).value);

describe('the trees', () => {
	test('every ending that calls someone in, asks to wait or promises a call back has a line per channel on its page, in every edition', () => {
		expect(channelledEndings.length).toBeGreaterThan(0);
		expect(channelledEndings).toContainEqual({ tree: treeEnding.tree, step: treeEnding.step, serves: channels });
		const problems: string[] = [];
		for (const locale of localeCodes)
			for (const { tree, step, serves } of channelledEndings) {
				const $ = loadPage(shipped, treePage(tree, locale).slice(1));
				const lines = $(`[data-tree="${tree}"] [data-step="${step}"] [data-channel]`);
				const found = new Set(lines.map((_, line) => $(line).attr('data-channel')).get());
				// A line for each channel the ending serves (all three, or those of its meta.channels), and no other.
				for (const channel of serves) if (!found.has(channel)) problems.push(`${locale}: ${tree}/${step} has no line for ${channel}`);
				for (const channel of channels) if (!serves.includes(channel) && found.has(channel)) problems.push(`${locale}: ${tree}/${step} has a line for ${channel}, which it does not serve`);
				lines.each((_, line) => {
					if (!/^(counter|phone|written|all)$/.test($(line).attr('data-channel') ?? '')) problems.push(`${locale}: ${tree}/${step}: data-channel="${$(line).attr('data-channel')}"`);
				});
			}
		expect(problems).toEqual([]);
	});

	test.each(localeCodes)('%s: every tree page offers the chooser above the tree, and every line to say carries its channel', (locale) => {
		const strings = interfaceStrings(locale);
		for (const tree of treeIds) {
			const $ = loadPage(shipped, treePage(tree, locale).slice(1));
			const form = $('[data-channel-chooser]');
			expect(form.length, `${tree} in ${locale}`).toBe(1);
			expect(form.nextAll(':not(script)').first().is(`[data-tree="${tree}"]`), `${tree}: the chooser sits right above the tree`).toBe(true);
			expect(form.find('legend').text()).toBe(strings['channel.legend']);
			expect(form.find('label').map((_, label) => $(label).text().trim()).get()).toEqual([...channels, 'all'].map((c) => strings[`channel.${c}`]));
			const sayLines = $(`[data-tree="${tree}"] .phrase--say > p:not(.phrase__label)`);
			expect(sayLines.length).toBeGreaterThan(0);
			expect(sayLines.filter((_, line) => !/^(counter|phone|written|all)$/.test($(line).attr('data-channel') ?? '')).length).toBe(0);
		}
	});
});

describe.concurrent.each(localeCodes)('in %s', (locale) => {
	const strings = interfaceStrings(locale);

	test('the chooser is on the tree page and the escalate page, accessible, and shows every variant until a choice is made', async ({ openPage }) => {
		// Console errors, uncaught errors and CSP violations fail the test through the harness.
		const { page } = await open(openPage, escalatingTree(locale));
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await chooser(page).isVisible()).toBe(true);
		expect(await page.getByRole('group', { name: strings['channel.legend'] }).count()).toBe(1);
		expect(await checkedChannel(chooser(page))).toBe('all');
		await expectEveryVariant(page, treeLines, locale);
		expect(await axeViolations(page, '[data-channel-chooser]')).toEqual([]);

		await open(openPage, escalatePage(locale), { page });
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await chooser(page, pageLines).isVisible()).toBe(true);
		await expectEveryVariant(page, pageLines, locale);
		expect(await axeViolations(page, pageLines)).toEqual([]);
	});

	test('choosing a channel hides the other channels\' lines, keeps the shared ones, and holds after a reload and on another page', async ({ openPage }) => {
		const { page } = await open(openPage, escalatingTree(locale));
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		await chooser(page).getByLabel(strings['channel.phone'], { exact: true }).check();
		await expectOnly(page, treeLines, 'phone');
		expect(await chooser(page).locator('[data-channel-live]').textContent()).toBe(strings['channel.shown.phone']);

		await page.reload();
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await checkedChannel(chooser(page))).toBe('phone');
		await expectOnly(page, treeLines, 'phone');

		// Another page of the edition: the guidance page's Say box follows the same choice.
		await open(openPage, escalatePage(locale), { page });
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await checkedChannel(chooser(page, pageLines))).toBe('phone');
		await expectOnly(page, pageLines, 'phone');
		// Lines said the same way in every channel stay: the escalate page has shared lines beside the variants.
		expect(await page.locator('.sl-markdown-content [data-channel="all"]:visible').count()).toBeGreaterThan(0);

		// Changed there, it holds back on the tree; "show all" brings every variant back, labelled.
		await chooser(page, pageLines).getByLabel(strings['channel.written'], { exact: true }).check();
		await expectOnly(page, pageLines, 'written');
		await open(openPage, escalatingTree(locale), { page });
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		await expectOnly(page, treeLines, 'written');
		await chooser(page).getByLabel(strings['channel.all'], { exact: true }).check();
		await expectEveryVariant(page, treeLines, locale);
		await page.reload();
		await expectEveryVariant(page, treeLines, locale);
	});

	test('without JavaScript every variant shows, labelled, and no chooser that could not work', async ({ openPage }) => {
		for (const path of [escalatingTree(locale), escalatePage(locale)]) {
			const { page } = await open(openPage, path, { javaScriptEnabled: false });
			expect(await page.locator('[data-channel-chooser]').first().isVisible(), path).toBe(false);
			await expectEveryVariant(page, path === escalatePage(locale) ? pageLines : treeLines, locale);
		}
	});

	test('print shows every variant, labelled, whatever channel is chosen on screen', async ({ openPage }) => {
		const { page } = await open(openPage, escalatingTree(locale));
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		await chooser(page).getByLabel(strings['channel.counter'], { exact: true }).check();
		await expectOnly(page, treeLines, 'counter');
		await page.emulateMedia({ media: 'print' });
		expect(await chooser(page).isVisible()).toBe(false);
		await expectEveryVariant(page, treeLines, locale);
		await open(openPage, escalatePage(locale), { page });
		await expectEveryVariant(page, pageLines, locale);
	});
});

describe('behaviour', () => {
	test('the chooser works from the keyboard and announces the change politely', async ({ openPage }) => {
		const { page } = await open(openPage, escalatingTree('fi'));
		const strings = interfaceStrings('fi');
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await chooser(page).locator('[data-channel-live]').getAttribute('aria-live')).toBe('polite');
		await chooser(page).getByLabel(strings['channel.counter'], { exact: true }).focus();
		await page.keyboard.press('Space');
		await expectOnly(page, treeLines, 'counter');
		await page.keyboard.press('ArrowRight');
		await expectOnly(page, treeLines, 'phone');
		expect(await chooser(page).locator('[data-channel-live]').textContent()).toBe(strings['channel.shown.phone']);
		await page.keyboard.press('ArrowRight');
		await expectOnly(page, treeLines, 'written');
	});

	test('a device that will not store the choice still shows it, and nothing breaks', async ({ newPage }) => {
		// Console errors and uncaught errors fail the test through the harness.
		const { page } = await newPage(origin);
		// Storing the choice fails (storage full, or refused); Starlight's own settings still store.
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key === 'serving-channel') throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		await page.goto(`${origin}${escalatingTree('hr')}`);
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		await chooser(page).getByLabel(interfaceStrings('hr')['channel.phone'], { exact: true }).check();
		await expectOnly(page, treeLines, 'phone');
		expect(await page.evaluate(() => localStorage.getItem('serving-channel'))).toBeNull();
	});

	test('a remembered choice is in place before the page paints: nothing shifts', async ({ newPage }) => {
		const { page } = await newPage(origin, { viewport: { width: 412, height: 823 } });
		await page.addInitScript(() => {
			localStorage.setItem('serving-channel', 'written');
			const shifts: number[] = [];
			(window as unknown as { __shifts: number[] }).__shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number }[]) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// Opened at the section of the Say box with variants, so its lines are on screen as the page loads.
		const $ = loadPage(shipped, escalatePage('bg').slice(1));
		const box = $(pageLines.replace('.sl-markdown-content ', ''));
		expect(box.length).toBe(1);
		const section = box.prevAll('.sl-heading-wrapper, h2').first();
		const heading = section.is('h2') ? section.attr('id') : section.find('h2').attr('id');
		expect(heading).toBeTruthy();
		await page.goto(`${origin}${escalatePage('bg')}#${heading}`, { waitUntil: 'networkidle' });
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
		expect(await page.locator(pageLines).evaluate((element) => element.getBoundingClientRect().top < innerHeight)).toBe(true);
		await expectOnly(page, pageLines, 'written');
		expect(await checkedChannel(chooser(page, pageLines))).toBe('written');
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
		expect(shifts.reduce((sum: number, value: number) => sum + value, 0)).toBeLessThan(0.001);
	});

	test('a stored value that is no channel shows every variant', async ({ newPage }) => {
		const { page } = await newPage(origin);
		await page.addInitScript(() => localStorage.setItem('serving-channel', '<img src=x onerror=alert(1)>'));
		await page.goto(`${origin}${escalatePage('ms')}`);
		await page.waitForSelector('[data-channel-chooser][data-enhanced]', { state: 'attached' });
		expect(await page.evaluate(() => document.documentElement.dataset.serving)).toBeUndefined();
		await expectEveryVariant(page, pageLines, 'ms');
	});
});
