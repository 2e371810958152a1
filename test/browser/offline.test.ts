import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { locales, type Locale } from '../../src/locales';
import { writeServiceWorker } from '../../src/offline/integration';
import { distDir, tmpDir } from '../support/paths';
import { interfaceStrings, localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { subfolderHostDir } from './support/global-setup';
import { searchWithShortcut } from './support/search';
import { deepestEnding, treePage, visibleSteps, walkTo } from './support/trees';
import { serveStatic } from './support/static-server';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** Every page of one edition, as paths under the site's base ("fi/", "fi/calm/", …), read from the build. */
function pagesOf(siteDir: string, locale: Locale): string[] {
	return readdirSync(`${siteDir}${locale}`, { recursive: true, encoding: 'utf8' })
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => `${locale}/${file.replace(/index\.html$/, '')}`)
		.sort();
}

/** A word from the title of the edition's "calm" page, to search for. */
function titleWord(siteDir: string, locale: Locale): string {
	const title = /<h1[^>]*>([^<]+)</.exec(readFileSync(`${siteDir}${locale}/calm/index.html`, 'utf8'))?.[1];
	if (!title) throw new Error(`${siteDir}${locale}/calm/index.html: no <h1>`);
	return title.trim().split(/\s+/)[0];
}

/** Waits until the page's service worker has stored its edition and controls the page. */
async function untilOfflineReady(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const sites = [
	{ name: 'at the root', origin: inject('siteOrigin'), base: '/', dir: distDir },
	{ name: 'under /kb/', origin: inject('subfolderOrigin'), base: '/kb/', dir: `${subfolderHostDir}kb/` },
];

describe.each(sites)('offline use, site served $name', ({ origin, base, dir }) => {
	test.each(localeCodes)('after one visit, every %s page opens with no network, and search works', async (locale) => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}${base}${locale}/`);
		await untilOfflineReady(page);
		await page.context().setOffline(true);

		const pages = pagesOf(dir, locale);
		expect(pages.length).toBeGreaterThan(10);
		for (const path of pages) {
			const response = await page.goto(`${origin}${base}${path}`);
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			expect(await page.getAttribute('html', 'lang'), path).toBe(locales[locale].lang);
			expect(await page.locator('main h1').count(), path).toBeGreaterThan(0);
		}
		// A tree step's address may carry a query; the stored page answers it.
		expect((await page.goto(`${origin}${base}${locale}/decide/?step=x`))?.status()).toBe(200);

		const results = await searchWithShortcut(page, titleWord(dir, locale));
		// The update notice is on every page but is not part of any page's text.
		// (A string, so the test runner leaves the browser's own import() alone.)
		const noticeHits = await page.evaluate(
			`import('${base}pagefind/pagefind.js').then((pagefind) => pagefind.search(${JSON.stringify(`"${interfaceStrings(locale)['offline.updateReady']}"`)})).then((found) => found.results.length)`,
		);
		expect(noticeHits).toBe(0);
		expect(results.length).toBeGreaterThan(0);
		for (const href of results) expect(new URL(href).pathname.startsWith(`${base}${locale}/`), href).toBe(true);

		// Another edition is not stored: it needs the network, which proves this one really came from the device.
		const other = localeCodes.find((code) => code !== locale)!;
		const stored = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			return urls;
		});
		expect(stored.filter((url) => new URL(url).pathname.startsWith(`${base}${locale}/`)).length).toBe(pages.length);
		expect(stored.filter((url) => new URL(url).pathname.startsWith(`${base}${other}/`))).toEqual([]);
		const tab = await page.context().newPage();
		await expect(tab.goto(`${origin}${base}${other}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
		expect(watch.consoleErrors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});
});

describe.each(sites)('a decision tree offline, site served $name', ({ origin, base }) => {
	test('after one visit, a shared step\'s link opens that step and a walk reaches an ending with no network', async () => {
		const tree = 'escalating';
		const ending = deepestEnding(tree);
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}${base}hr/`);
		await untilOfflineReady(page);
		await page.context().setOffline(true);

		const shared = `${origin}${treePage(tree, 'hr', base)}#${tree}/${ending.id}`;
		expect((await page.goto(shared))?.fromServiceWorker()).toBe(true);
		await page.waitForSelector(`[data-tree="${tree}"][data-enhanced]`, { state: 'attached' });
		expect(await visibleSteps(page, tree)).toEqual([ending.id]);

		await page.locator(`[data-tree="${tree}"] [data-tree-restart]`).click();
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		await walkTo(page, tree, 'hr', ending.id, base);
		expect(await visibleSteps(page, tree)).toEqual([ending.id]);
		// The ending's links lead to guidance pages that open offline too.
		const link = page.locator(`[data-step="${ending.id}"] .dt__links a`).first();
		const [response] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), link.click()]);
		expect(response.fromServiceWorker()).toBe(true);
		expect(await page.locator('main h1').count()).toBe(1);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});
});

describe('picking up a new version', () => {
	// A served copy of the site that the test "deploys" a new version into, as a team would.
	const siteDir = `${tmpDir}offline-update/`;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		rmSync(siteDir, { recursive: true, force: true });
		cpSync(distDir, siteDir, { recursive: true });
		server = await serveStatic(siteDir);
	});
	afterAll(() => server?.close());

	/** Changes one page and writes that language's service worker again, as a new build would. */
	async function deployNewVersion(locale: Locale, path: string, marker: string) {
		const file = `${siteDir}${locale}/${path}index.html`;
		writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ` <span data-version>${marker}</span></h1>`));
		await writeServiceWorker(siteDir, locale);
		const { port } = new URL(server.origin);
		await server.close();
		server = await serveStatic(siteDir, { port: Number(port) });
	}

	test.each(['fi', 'ms'] as const)('%s: the page offers the new version in its language, and loads it when asked', async (locale) => {
		const strings = interfaceStrings(locale);
		const { page, watch } = await openPage(browser, server.origin);
		const url = `${server.origin}/${locale}/calm/`;
		await page.goto(url);
		// The notice sits in a live region, so screen readers announce it when it appears.
		const notice = page.getByRole('status').locator('[data-update-notice]', { hasText: strings['offline.updateReady'] });
		await untilOfflineReady(page);
		expect(await notice.isVisible()).toBe(false);

		await deployNewVersion(locale, 'calm/', 'v2');
		await page.reload();
		await notice.waitFor({ state: 'visible' });
		// Until the reader chooses, the page stays as it was.
		expect(await page.locator('[data-version]').count()).toBe(0);
		await notice.getByRole('button', { name: strings['offline.later'] }).click();
		await notice.waitFor({ state: 'hidden' });

		await page.reload();
		await notice.waitFor({ state: 'visible' });
		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: strings['offline.update'] }).click()]);
		expect(await page.locator('[data-version]').textContent()).toBe('v2');
		expect(await notice.isVisible()).toBe(false);

		// The new version is the one stored for offline use.
		await page.context().setOffline(true);
		await page.goto(url);
		expect(await page.locator('[data-version]').textContent()).toBe('v2');
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('the registration is a file of its own, never an inline script', () => {
		const html = readFileSync(`${distDir}fi/calm/index.html`, 'utf8');
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
		expect(inline.filter((body) => body.includes('serviceWorker'))).toEqual([]);
		const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src);
		const registration = scripts.filter((src) => /serviceWorker[\s\S]*\.register\(/.test(readFileSync(`${distDir}${src.slice(1)}`, 'utf8')));
		expect(registration).toHaveLength(1);
		// The "page not found" answer may be served anywhere on the host; it stores no edition.
		expect(readFileSync(`${distDir}404.html`, 'utf8')).not.toContain('data-service-worker');
	});
});
