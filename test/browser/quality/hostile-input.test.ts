import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { builtPages } from '../support/built-site';
import type { PageWatch } from '../support/chromium';
import { site, test } from '../support/harness';
import { interfaceStrings, localeCodes } from '../../support/site';

// What a visitor controls (the address's fragment and query, the search box, values stored in the
// browser) is never inserted as HTML: every payload below would add an element with an id starting
// "pwned" or set window.__pwned, and would trip the Content-Security-Policy.
const shipped = site('shipped');
const { origin } = shipped;
const pages = builtPages(shipped.outDir);
const pageTypes = {
	'the root chooser': '',
	'a home page': 'fi/',
	'a guidance page': pages.find((path) => /^hr\/[^/]+\/$/.test(path) && !path.startsWith('hr/decide/'))!,
	'a decision tree page': pages.find((path) => /^bg\/decide\/[^/]+\/$/.test(path))!,
	'the 404 page': '404.html',
};
test('each kind of page to attack is in the build', () => {
	expect(Object.keys(pageTypes)).toHaveLength(5);
	for (const [kind, path] of Object.entries(pageTypes)) expect(pages, kind).toContain(path);
});

const payloads = [
	'<img id="pwned-img" src="data:," onerror="window.__pwned=1">',
	'"><svg id="pwned-svg" onload="window.__pwned=2"></svg>',
	"'><script id=\"pwned-script\">window.__pwned=3</script>",
	'javascript:window.__pwned=4',
	'</title><b id="pwned-b">x</b>',
];

/**
 * Anything a payload managed to insert or run, plus the page's errors and CSP reports (reported here, in
 * one comparison, as well as by the harness).
 */
async function damage(page: Page, watch: PageWatch) {
	// A frame for what the last payload set off (an image's error handler, a late script).
	await frames(page);
	const found = await page.evaluate(() => ({
		elements: [...document.querySelectorAll('[id^="pwned"]')].map((element) => element.outerHTML),
		ran: (window as unknown as { __pwned?: number }).__pwned ?? null,
		// A working page still has its heading or its language links.
		works: Boolean(document.querySelector('h1')?.textContent?.trim()),
	}));
	return { ...found, cspViolations: watch.cspViolations, consoleErrors: [...watch.consoleErrors, ...watch.pageErrors] };
}
const harmless = { elements: [], ran: null, works: true, cspViolations: [], consoleErrors: [] };

/** Two animation frames: the page has handled what was queued and painted the result. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Opens an address and waits until the page is loaded, its trees enhanced, and it has painted. */
async function load(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(() => [...document.querySelectorAll('[data-tree]')].every((tree) => tree.hasAttribute('data-enhanced')));
	await frames(page);
}

/**
 * Sets the fragment from inside the page and waits until its hashchange has been handled and painted
 * (setting the fragment the address already has changes nothing and fires no event).
 */
const changeHash = (page: Page, hash: string) =>
	page.evaluate(
		(value) =>
			new Promise<void>((resolve) => {
				const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
				const before = location.href;
				addEventListener('hashchange', painted, { once: true });
				location.hash = value;
				if (location.href === before) {
					removeEventListener('hashchange', painted);
					painted();
				}
			}),
		hash,
	);

describe.concurrent.each(Object.entries(pageTypes))('%s', (_, path) => {
	test('with hostile fragments and query strings', async ({ newPage, expect }) => {
		const { page, watch } = await newPage(origin);
		expect(payloads.length).toBeGreaterThanOrEqual(5);
		for (const payload of payloads) {
			const value = encodeURIComponent(payload);
			await load(page, `${origin}/${path}?q=${value}&search=${value}&step=${value}&lang=${value}#${value}`);
			// A fragment that changes after load (hashchange) as well as one present at load.
			await changeHash(page, payload);
		}
		expect(await damage(page, watch)).toEqual(harmless);
	});

	test('with hostile values stored in the browser', async ({ newPage, expect }) => {
		const { page, watch } = await newPage(origin);
		expect(payloads.length).toBeGreaterThanOrEqual(5);
		for (const payload of payloads) {
			await load(page, `${origin}/${path}`);
			await page.evaluate((value) => {
				localStorage.setItem('kb:locale', value);
				localStorage.setItem('starlight-theme', value);
				sessionStorage.setItem('sl-sidebar-state', value);
			}, payload);
			await load(page, `${origin}/${path}`);
			// A stored value must not send the reader anywhere odd either.
			expect(new URL(page.url()).origin).toBe(origin);
		}
		expect(await damage(page, watch)).toEqual(harmless);
	});
});

// One decision-tree page per edition, a different tree in each where there are enough.
const treePages = localeCodes.map((locale, index) => {
	const trees = pages.filter((path) => path.startsWith(`${locale}/decide/`) && path !== `${locale}/decide/`);
	return trees[index % trees.length]!;
});
test('one tree page per edition to attack', () => {
	expect(treePages.filter(Boolean)).toHaveLength(localeCodes.length);
	expect(new Set(treePages).size).toBe(localeCodes.length);
});

/** The ids of the trees on the page and of the step each one shows (exactly one per tree when it works). */
const treeSteps = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-tree][data-enhanced]')].map((tree) => ({
			tree: tree.dataset.tree!,
			shown: [...tree.querySelectorAll<HTMLElement>('[data-step]')].filter((step) => !step.hidden).map((step) => step.dataset.step),
		})),
	);

describe.concurrent.each(treePages)('decision tree on /%s', (path) => {
	test('a hostile step in the fragment starts the tree over and inserts nothing', async ({ newPage, expect }) => {
		const { page, watch } = await newPage(origin);
		await load(page, `${origin}/${path}`);
		const trees = await treeSteps(page);
		expect(trees.length).toBeGreaterThan(0);
		const starts = trees.map(({ tree, shown }) => ({ tree, shown }));
		for (const { tree, shown } of trees) {
			for (const [index, payload] of payloads.entries()) {
				// The step ids' own shape, `<tree>/<step>`, raw and encoded, each as a later hash change; on
				// load, each payload in one of the shapes in turn (every shape and every payload load once).
				const fragments = [`${tree}/${payload}`, `${tree}/${shown[0]}${payload}`, `${tree}/${encodeURIComponent(payload)}`];
				// Leave the page first, so the fragment is there when it loads rather than a change of it.
				await page.goto('about:blank');
				await load(page, `${origin}/${path}#${fragments[index % fragments.length]}`);
				expect(await treeSteps(page)).toEqual(starts);
				for (const fragment of fragments) {
					await changeHash(page, fragment);
					expect(await treeSteps(page)).toEqual(starts);
				}
			}
		}
		expect(await damage(page, watch)).toEqual(harmless);
	});

	test('a hostile history state (Back, Forward, reload) shows a real step and inserts nothing', async ({ newPage, expect }) => {
		const { page, watch } = await newPage(origin);
		await load(page, `${origin}/${path}`);
		const starts = await treeSteps(page);
		expect(starts.length).toBeGreaterThan(0);
		const states = [
			...payloads.map((payload) => Object.fromEntries(starts.map(({ tree }) => [tree, { step: payload, trail: [{ step: payload, answer: payload }] }]))),
			Object.fromEntries(starts.map(({ tree, shown }) => [tree, { step: shown[0], trail: payloads }])),
			Object.fromEntries(starts.map(({ tree }) => [tree, payloads[0]])),
			payloads[1],
		];
		for (const decisionTrees of states) {
			await page.evaluate((state) => history.replaceState({ decisionTrees: state }, ''), decisionTrees);
			await page.reload();
			await page.waitForFunction(() => [...document.querySelectorAll('[data-tree]')].every((tree) => tree.hasAttribute('data-enhanced')));
			await frames(page);
			expect(await treeSteps(page)).toEqual(starts);
			// The same state reached through Back, which restores it without a reload.
			await page.evaluate(
				(state) =>
					new Promise<void>((resolve) => {
						addEventListener('popstate', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { once: true });
						history.replaceState({ decisionTrees: state }, '');
						history.pushState(null, '', '#');
						history.back();
					}),
				decisionTrees,
			);
			expect(await treeSteps(page)).toEqual(starts);
		}
		expect(await damage(page, watch)).toEqual(harmless);
	});
});

// Besides markup, text that String.prototype.replace would read as a pattern ($&, $') and the
// placeholders of the status templates: the status must echo the search text exactly as typed.
const searchPayloads = [...payloads, "$' $& $` $$ [COUNT] [SEARCH_TERM]"];

describe.concurrent.each(localeCodes)('search in the %s edition', (locale) => {
	test('hostile search text is shown back as typed, as text, never as markup', async ({ openPage, expect }) => {
		const strings = interfaceStrings(locale);
		const { page, watch } = await openPage(`${origin}/${locale}/`);
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
		}
		expect(resultsShown).toBeGreaterThan(0);
		expect(await damage(page, watch)).toEqual(harmless);
	});
});
