import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type PageWatch } from '../support/browser';
import { builtPages, rootSite } from '../support/built-site';

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

test('hostile search text is shown as text, never as markup', async () => {
	const { page, watch } = await openPage(browser, origin);
	await page.goto(`${origin}/fi/`, { waitUntil: 'networkidle' });
	await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
	await page.keyboard.press('Control+k');
	const input = page.locator('site-search dialog[open] input').first();
	await input.waitFor();
	for (const payload of payloads) {
		await input.fill(payload);
		await page.waitForTimeout(600);
		await settle(page);
	}
	// The last payload is still in the box: the dialog shows it back as text.
	await expect.poll(() => page.locator('site-search dialog[open]').textContent(), { timeout: 10_000 }).toContain('pwned-b');
	expect(await damage(page, watch)).toEqual(harmless);
	await page.context().close();
});
