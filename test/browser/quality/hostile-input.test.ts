import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type PageWatch } from '../support/browser';
import { builtPages, rootSite } from '../support/built-site';
import { interfaceStrings, localeCodes } from '../../support/site';

// What a visitor controls (the address's fragment and query, the search box, values stored in the
// browser) is never inserted as HTML: every payload below would add an element with an id starting
// "pwned" or set window.__pwned, and would trip the Content-Security-Policy.
const origin = inject('siteOrigin');
const pages = builtPages(rootSite.outDir);
const pageTypes = {
	'the root chooser': '',
	'a home page': 'fi/',
	'a guidance page': pages.find((path) => /^hr\/[^/]+\/$/.test(path) && !path.startsWith('hr/decide/'))!,
	'a decision tree page': pages.find((path) => /^bg\/decide\/[^/]+\/$/.test(path))!,
	'the 404 page': '404.html',
};
test('each kind of page to attack is in the build', () => {
	for (const [kind, path] of Object.entries(pageTypes)) expect(pages, kind).toContain(path);
});

const payloads = [
	'<img id="pwned-img" src="data:," onerror="window.__pwned=1">',
	'"><svg id="pwned-svg" onload="window.__pwned=2"></svg>',
	"'><script id=\"pwned-script\">window.__pwned=3</script>",
	'javascript:window.__pwned=4',
	'</title><b id="pwned-b">x</b>',
];

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Anything a payload managed to insert or run, plus the page's errors and CSP reports. */
async function damage(page: Page, watch: PageWatch) {
	const found = await page.evaluate(() => ({
		elements: [...document.querySelectorAll('[id^="pwned"]')].map((element) => element.outerHTML),
		ran: (window as unknown as { __pwned?: number }).__pwned ?? null,
		// A working page still has its heading or its language links.
		works: Boolean(document.querySelector('h1')?.textContent?.trim()),
	}));
	return { ...found, cspViolations: watch.cspViolations, consoleErrors: watch.consoleErrors };
}
const harmless = { elements: [], ran: null, works: true, cspViolations: [], consoleErrors: [] };

async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(100);
}

describe.each(Object.entries(pageTypes))('%s', (_, path) => {
	test('with hostile fragments and query strings', async () => {
		const { page, watch } = await openPage(browser, origin);
		for (const payload of payloads) {
			const value = encodeURIComponent(payload);
			await page.goto(`${origin}/${path}?q=${value}&search=${value}&step=${value}&lang=${value}#${value}`);
			await settle(page);
			// A fragment that changes after load (hashchange) as well as one present at load.
			await page.evaluate((hash) => (location.hash = hash), payload);
			await settle(page);
		}
		expect(await damage(page, watch)).toEqual(harmless);
		await page.context().close();
	});

	test('with hostile values stored in the browser', async () => {
		const { page, watch } = await openPage(browser, origin);
		for (const payload of payloads) {
			await page.goto(`${origin}/${path}`);
			await page.evaluate((value) => {
				localStorage.setItem('kb:locale', value);
				localStorage.setItem('starlight-theme', value);
				sessionStorage.setItem('sl-sidebar-state', value);
			}, payload);
			await page.goto(`${origin}/${path}`);
			await settle(page);
			// A stored value must not send the reader anywhere odd either.
			expect(new URL(page.url()).origin).toBe(origin);
		}
		expect(await damage(page, watch)).toEqual(harmless);
		await page.context().close();
	});
});

// One decision-tree page per edition, a different tree in each where there are enough.
const treePages = localeCodes.map((locale, index) => {
	const trees = pages.filter((path) => path.startsWith(`${locale}/decide/`) && path !== `${locale}/decide/`);
	return trees[index % trees.length]!;
});

/** The ids of the trees on the page and of the step each one shows (exactly one per tree when it works). */
const treeSteps = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-tree][data-enhanced]')].map((tree) => ({
			tree: tree.dataset.tree!,
			shown: [...tree.querySelectorAll<HTMLElement>('[data-step]')].filter((step) => !step.hidden).map((step) => step.dataset.step),
		})),
	);

describe.each(treePages)('decision tree on /%s', (path) => {
	test('a hostile step in the fragment starts the tree over and inserts nothing', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
		const trees = await treeSteps(page);
		expect(trees.length).toBeGreaterThan(0);
		const starts = trees.map(({ tree, shown }) => ({ tree, shown }));
		for (const { tree, shown } of trees) {
			for (const payload of payloads) {
				// The step ids' own shape, `<tree>/<step>`, raw and encoded, on load and as a later hash change.
				for (const fragment of [`${tree}/${payload}`, `${tree}/${shown[0]}${payload}`, `${tree}/${encodeURIComponent(payload)}`]) {
					await page.goto(`${origin}/${path}#${fragment}`);
					await settle(page);
					expect(await treeSteps(page)).toEqual(starts);
					await page.evaluate((hash) => (location.hash = hash), fragment);
					await settle(page);
					expect(await treeSteps(page)).toEqual(starts);
				}
			}
		}
		expect(await damage(page, watch)).toEqual(harmless);
		await page.context().close();
	});

	test('a hostile history state (Back, Forward, reload) shows a real step and inserts nothing', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
		const starts = await treeSteps(page);
		const states = [
			...payloads.map((payload) => Object.fromEntries(starts.map(({ tree }) => [tree, { step: payload, trail: [{ step: payload, answer: payload }] }]))),
			Object.fromEntries(starts.map(({ tree, shown }) => [tree, { step: shown[0], trail: payloads }])),
			Object.fromEntries(starts.map(({ tree }) => [tree, payloads[0]])),
			payloads[1],
		];
		for (const decisionTrees of states) {
			await page.evaluate((state) => history.replaceState({ decisionTrees: state }, ''), decisionTrees);
			await page.reload();
			await settle(page);
			expect(await treeSteps(page)).toEqual(starts);
			// The same state reached through Back, which restores it without a reload.
			await page.evaluate((state) => {
				history.replaceState({ decisionTrees: state }, '');
				history.pushState(null, '', '#');
				history.back();
			}, decisionTrees);
			await settle(page);
			expect(await treeSteps(page)).toEqual(starts);
		}
		expect(await damage(page, watch)).toEqual(harmless);
		await page.context().close();
	});
});

// Besides markup, text that String.prototype.replace would read as a pattern ($&, $') and the
// placeholders of the status templates: the status must echo the search text exactly as typed.
const searchPayloads = [...payloads, "$' $& $` $$ [COUNT] [SEARCH_TERM]"];

describe.each(localeCodes)('search in the %s edition', (locale) => {
	test('hostile search text is shown back as typed, as text, never as markup', async () => {
		const strings = interfaceStrings(locale);
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${locale}/`, { waitUntil: 'networkidle' });
		await page.locator('site-search button[data-open-modal]:not([disabled])').click();
		const input = page.locator('site-search dialog[open] input').first();
		await input.waitFor();
		// A word of the page's heading brings results, so hostile text is echoed beside rendered results too.
		const word = (await page.locator('h1').first().textContent())!.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
		let resultsShown = 0;
		for (const payload of searchPayloads.flatMap((payload) => [payload, `${word} ${payload}`])) {
			await input.fill(payload);
			// The finished status, filled in by hand: the term exactly as typed (trimmed) and the count shown.
			const shown = () =>
				page.evaluate(() => ({
					status: document.querySelector('site-search [data-search-status]')?.textContent,
					count: document.querySelectorAll('site-search a[data-search-result]').length,
				}));
			await expect
				.poll(async () => {
					const { status, count } = await shown();
					const template = strings[count === 0 ? 'pagefind.zero_results' : count === 1 ? 'pagefind.one_result' : 'pagefind.many_results']!;
					const expected = template.replace(/\[(SEARCH_TERM|COUNT)\]/g, (_, key) => (key === 'COUNT' ? String(count) : payload.trim()));
					return status === expected ? 'as typed' : `"${status}" instead of "${expected}"`;
				}, { timeout: 10_000 })
				.toBe('as typed');
			resultsShown += (await shown()).count;
			await settle(page);
		}
		expect(resultsShown).toBeGreaterThan(0);
		expect(await damage(page, watch)).toEqual(harmless);
		await page.context().close();
	});
});
