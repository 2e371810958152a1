import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { manifestFile } from '../../src/install/app-files';
import { locales, type Locale } from '../../src/locales';
import { writeServiceWorker } from '../../src/offline/integration';
import { loadAnalyser } from '../../src/search/languages/index';
import { tmpDir } from '../support/paths';
import { interfaceStrings, localeCodes } from '../support/site';
import { editionPages, forwardingPages } from './support/built-site';
import { site, test, treesEnhanced } from './support/harness';
import { searchWithShortcut } from './support/search';
import { deepestEnding, treePage, visibleSteps, walkTo } from './support/trees';
import { serveStatic } from './support/static-server';

/** With the network cut, the browser reports each request it could not make (another edition's page). */
const offline = { consoleErrors: 'the test cuts the network, and checks the only errors are the requests it cut' };

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

// Every edition at the root; under /kb/ one edition, since the workers of all editions are written by the
// same code and the folder is what that build changes.
const sites = [
	{ name: 'at the root', served: site('shipped'), editions: localeCodes },
	{ name: 'under /kb/', served: site('subfolder'), editions: ['bg'] as Locale[] },
];

/**
 * How many results Pagefind gives for a phrase analysed as the site analyses pages (stop words out, words
 * to terms), quoted so that only the terms in that order match: a phrase of a page's text finds the page.
 */
async function phraseHits(page: Page, base: string, locale: Locale, phrase: string): Promise<string[]> {
	const terms = (await loadAnalyser(locale)).terms(phrase).join(' ');
	expect(terms, `"${phrase}" has words the index keeps`).not.toBe('');
	// Pagefind set up as the site's search sets it up (src/search/ui/engine.ts), without a worker. A string,
	// so the test runner leaves the browser's own import() alone.
	return page.evaluate(
		`import('${base}pagefind/pagefind.js').then(async (pagefind) => {
			await pagefind.options({ excerptLength: 0, noWorker: true });
			const found = await pagefind.search(${JSON.stringify(`"${terms}"`)});
			return Promise.all(found.results.map((result) => result.data().then((data) => data.url)));
		})`,
	) as Promise<string[]>;
}

describe.concurrent.each(sites)('offline use, site served $name', ({ served, editions }) => {
	const { origin, base, outDir: dir } = served;
	test.for(editions)('after one visit, every %s page opens with no network, and search works', async (locale, { openPage, expect }) => {
		const { page, watch } = await openPage(served.url(`${locale}/`), { serviceWorkers: 'allow', allow: offline });
		await untilOfflineReady(page);
		await page.context().setOffline(true);

		const pages = editionPages(dir, locale);
		expect(pages.length).toBeGreaterThanOrEqual(19);
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
		expect(results.length).toBeGreaterThan(0);
		for (const href of results) expect(new URL(href).pathname.startsWith(`${base}${locale}/`), href).toBe(true);
		// The update notice is on every page but is not part of any page's text. The same check finds a
		// phrase of the calm page's text on that page, so it would find the notice if pages had it.
		await page.goto(`${origin}${base}${locale}/calm/`);
		const sentence = (await page.locator('.sl-markdown-content p').first().textContent())!;
		expect(await phraseHits(page, base, locale, sentence), 'a sentence of the calm page').toContain(`${base}${locale}/calm/`);
		expect(await phraseHits(page, base, locale, interfaceStrings(locale)['offline.updateReady']), 'the update notice').toEqual([]);

		// Another edition is not stored: it needs the network, which proves this one really came from the device.
		const other = localeCodes.find((code) => code !== locale)!;
		const stored = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
			return urls;
		});
		// Every page of the edition is stored, each forwarding page at an old address in it, and what
		// installing the edition as an app needs (its manifest, src/install/); nothing else of the edition.
		const storedHere = stored.map((url) => new URL(url).pathname.replace(/index\.html$/, '')).filter((path) => path.startsWith(`${base}${locale}/`));
		const forwarding = forwardingPages(dir).filter((path) => path.startsWith(`${locale}/`));
		expect(storedHere.sort()).toEqual([...pages, ...forwarding, manifestFile(locale)].map((path) => `${base}${path}`).sort());
		expect(stored.filter((url) => new URL(url).pathname.startsWith(`${base}${other}/`))).toEqual([]);
		const tab = await page.context().newPage();
		await expect(tab.goto(`${origin}${base}${other}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
		expect(watch.consoleErrors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
	});
});

describe.concurrent.each(sites)('a decision tree offline, site served $name', ({ served }) => {
	const { origin, base } = served;
	test('after one visit, a shared step\'s link opens that step and a walk reaches an ending with no network', async ({ openPage, expect }) => {
		const tree = 'escalating';
		const ending = deepestEnding(tree);
		expect(ending.path.length).toBeGreaterThan(1);
		const { page } = await openPage(served.url('hr/'), { serviceWorkers: 'allow' });
		await untilOfflineReady(page);
		await page.context().setOffline(true);

		const shared = `${origin}${treePage(tree, 'hr', base)}#${tree}/${ending.id}`;
		expect((await page.goto(shared))?.fromServiceWorker()).toBe(true);
		await treesEnhanced(page, tree);
		expect(await visibleSteps(page, tree)).toEqual([ending.id]);

		await page.locator(`[data-tree="${tree}"] [data-tree-restart]`).click();
		expect(await visibleSteps(page, tree)).toEqual(['start']);
		await walkTo(page, tree, 'hr', ending.id, base);
		expect(await visibleSteps(page, tree)).toEqual([ending.id]);
		// The ending's links lead to guidance pages that open offline too.
		const link = page.locator(`[data-step="${ending.id}"] .dt__links a`).first();
		const [response] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), link.click()]);
		expect(response.fromServiceWorker()).toBe(true);
		// The response has come; the page it carries is read once it has loaded.
		await page.waitForURL(response.url());
		expect(await page.locator('main h1').count()).toBe(1);
	});
});

describe('picking up a new version', () => {
	// A served copy of the site that the test "deploys" a new version into, as a team would.
	const siteDir = `${tmpDir}offline-update/`;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		rmSync(siteDir, { recursive: true, force: true });
		cpSync(site('shipped').outDir, siteDir, { recursive: true });
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

	test.for(['fi', 'ms'] as const)('%s: the page offers the new version in its language, and loads it when asked', async (locale, { newPage }) => {
		const strings = interfaceStrings(locale);
		const { page } = await newPage(server.origin, { serviceWorkers: 'allow' });
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
	});

	test('the registration is a file of its own, never an inline script', () => {
		const distDir = site('shipped').outDir;
		const html = readFileSync(`${distDir}fi/calm/index.html`, 'utf8');
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
		expect(inline.filter((body) => body.includes('serviceWorker'))).toEqual([]);
		const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src);
		expect(scripts.length).toBeGreaterThan(0);
		const registration = scripts.filter((src) => /serviceWorker[\s\S]*\.register\(/.test(readFileSync(`${distDir}${src.slice(1)}`, 'utf8')));
		expect(registration).toHaveLength(1);
		// The "page not found" answer may be served anywhere on the host; it stores no edition.
		expect(readFileSync(`${distDir}404.html`, 'utf8')).not.toContain('data-service-worker');
	});
});
