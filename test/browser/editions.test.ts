import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { unbuiltEditions } from '../../src/config/editions';
import { locales } from '../../src/locales';
import { pageSlugs, sidebarGroups } from '../../src/sidebar';
import { listFile, parseList, readPublishedSite, urlProblems } from '../../src/stable-urls/published';
import { root } from '../support/paths';
import { interfaceStrings, localeCodes } from '../support/site';
import { builtPages, forwardingPages, loadPage, publicUrl } from './support/built-site';
import { recipe } from './support/deploy-recipes';
import { site as servedSite, test } from './support/harness';
import { searchWithShortcut } from './support/search';

/** The sites built with only some editions (the `editions` setting; test/support/variants.ts). */
const two = servedSite('two-editions');
const single = servedSite('single-edition');
const each = [two, single];

describe('the docs/deploy.md settings examples are what these builds use', () => {
	test.each([
		['// src/config/organisation.ts: two editions, framed by the intranet, reports by e-mail', 'two-editions.ts'],
		['// src/config/organisation.ts: one edition, reports through your own form', 'single-edition.ts'],
	])('%s', (firstLine, fixture) => {
		const lines = recipe(firstLine)
			.split('\n')
			.filter((line) => line.trim());
		expect(lines.length).toBeGreaterThanOrEqual(2);
		const settings = readFileSync(`${root}test/fixtures/organisation/${fixture}`, 'utf8');
		for (const line of lines) expect(settings, line).toContain(`\n${line}\n`);
	});
});

describe.each(each)('the site built "$name"', (site) => {
	const { editions } = site;

	test('builds the pages of its editions and nothing of the others', () => {
		const pages = builtPages(site.outDir);
		for (const edition of editions) expect(pages.filter((path) => path.startsWith(`${edition}/`)).length, edition).toBe(pageSlugs.length);
		// With one edition, the root forwards to it (a forwarding page, below), and only the 404 page is outside it.
		expect(pages.filter((path) => !editions.some((edition) => path.startsWith(`${edition}/`)))).toEqual(editions.length > 1 ? ['404.html', ''] : ['404.html']);
		expect(forwardingPages(site.outDir)).toEqual(editions.length > 1 ? [] : ['']);
		for (const other of unbuiltEditions(editions)) expect(existsSync(`${site.outDir}${other}`), `${other}/`).toBe(false);
		// Every page speaks one of the editions built.
		for (const path of pages.filter((p) => p.includes('/'))) {
			const lang = loadPage(site, path)('html').attr('lang');
			expect(editions.map((edition) => locales[edition].lang), path).toContain(lang);
		}
	});

	test('its sitemap lists its editions\' pages only', () => {
		const sitemap = readFileSync(`${site.outDir}sitemap-0.xml`, 'utf8');
		const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!);
		const expected = builtPages(site.outDir)
			.filter((path) => path !== '404.html' && (editions.length > 1 || path !== ''))
			.map((path) => publicUrl(site, path));
		expect(urls.sort()).toEqual(expected.sort());
		const alternates = [...sitemap.matchAll(/hreflang="([^"]+)"/g)].map(([, lang]) => lang);
		expect(new Set(alternates)).toEqual(new Set(editions.length > 1 ? editions.map((edition) => locales[edition].lang) : []));
	});

	test('its search index holds its languages only, and each edition finds its own pages', async ({ openPage }) => {
		const entry = JSON.parse(readFileSync(`${site.outDir}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, unknown> };
		expect(Object.keys(entry.languages).sort()).toEqual(editions.map((edition) => locales[edition].lang).sort());
		for (const edition of editions) {
			const { page } = await openPage(site.url(`${edition}/calm/`));
			const word = (await page.locator('main h1').textContent())!.trim().split(/\s+/)[0]!;
			const results = await searchWithShortcut(page, word);
			expect(results.length, edition).toBeGreaterThan(0);
			for (const href of results) expect(new URL(href).pathname.startsWith(`${site.base}${edition}/`), href).toBe(true);
		}
	});

	test('each edition registers its own service worker, which stores that edition', async ({ openPage }) => {
		for (const other of unbuiltEditions(editions)) expect(existsSync(`${site.outDir}${other}/sw.js`)).toBe(false);
		for (const edition of editions) {
			const { page } = await openPage(site.url(`${edition}/`), { serviceWorkers: 'allow' });
			const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
			expect(scope).toBe(site.url(`${edition}/`));
			await page.reload();
			await page.context().setOffline(true);
			const response = await page.goto(site.url(`${edition}/pocket-card/`));
			expect(response?.fromServiceWorker()).toBe(true);
		}
	});

	test('each edition\'s pocket card points at its own trees on the configured site', () => {
		for (const edition of editions) {
			const $ = loadPage(site, `${edition}/pocket-card/`);
			const addresses = $('[data-qr-address]').map((_, element) => $(element).text().trim()).get();
			expect(addresses.length, edition).toBeGreaterThanOrEqual(5);
			for (const address of addresses) expect(address.startsWith(publicUrl(site, `${edition}/decide/`)), address).toBe(true);
		}
	});

	test('"page not found" speaks its editions only', async ({ openPage }) => {
		const { page } = await openPage(site.url('404.html'), { javaScriptEnabled: false });
		expect(await page.locator('a[data-locale]').evaluateAll((links) => links.map((link) => link.getAttribute('data-locale')))).toEqual(editions);
		for (const other of unbuiltEditions(editions)) expect(await page.content()).not.toContain(interfaceStrings(other)['notFound.title']);
		expect(await page.getAttribute('html', 'lang')).toBe(locales[editions[0]!].lang);
	});

	test(`the stable-address check (${listFile}) excuses the editions not built, and only those`, () => {
		const listed = parseList(readFileSync(`${root}${listFile}`, 'utf8'));
		const published = readPublishedSite(site.outDir, site.base);
		expect(urlProblems(listed, published, editions)).toEqual([]);
		// The check as for a build of every edition: the others' addresses are missing.
		const strict = urlProblems(listed, published);
		expect(strict.length).toBeGreaterThan(0);
		for (const problem of strict) expect(unbuiltEditions(editions).some((other) => problem.startsWith(`/${other}/`)), problem).toBe(true);
		// A page of a built edition that went missing is still reported.
		const missing = `/${editions[0]}/calm/`;
		published.files.delete(missing);
		expect(urlProblems(listed, published, editions)).toEqual([expect.stringMatching(new RegExp(`^${missing}: listed in`))]);
	});
});

describe('with two editions', () => {
	test('the root chooser offers those two, with hreflang alternates for them', async ({ openPage }) => {
		const site = two;
		const { page } = await openPage(site.url(), { javaScriptEnabled: false });
		expect(await page.locator('a[data-locale]').evaluateAll((links) => links.map((link) => link.getAttribute('data-locale')))).toEqual(['bg', 'ms']);
		const hreflangs = await page.$$eval('link[rel="alternate"]', (links) => links.map((link) => link.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual(['bg', 'ms', 'x-default']);
		expect(await page.getAttribute('html', 'lang')).toBe('bg');
		expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
		await page.getByRole('link', { name: locales.ms.label }).click();
		await page.waitForURL(site.url('ms/'));
		expect(site.base).toBe('/');
	});

	test('every page links the other edition, and its language switcher offers the two and switches', async ({ openPage }) => {
		const site = two;
		const pages = builtPages(site.outDir).filter((p) => /^(bg|ms)\//.test(p));
		expect(pages.length).toBe(2 * pageSlugs.length);
		for (const path of pages) {
			const $ = loadPage(site, path);
			const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, link) => [[$(link).attr('hreflang'), $(link).attr('href')]]).get());
			const rest = path.slice(3);
			// x-default: the first edition's version, which speaks for the site.
			expect(alternates, path).toEqual({ bg: publicUrl(site, `bg/${rest}`), ms: publicUrl(site, `ms/${rest}`), 'x-default': publicUrl(site, `bg/${rest}`) });
		}
		const { page } = await openPage(site.url('bg/calm/'));
		const select = page.getByRole('combobox', { name: interfaceStrings('bg')['languageSelect.accessibleLabel'] }).first();
		expect(await select.locator('option').evaluateAll((options) => options.map((option) => option.textContent?.trim()))).toEqual([
			locales.bg.label,
			locales.ms.label,
		]);
		await Promise.all([page.waitForURL(site.url('ms/calm/')), select.selectOption({ label: locales.ms.label })]);
		expect(await page.getAttribute('html', 'lang')).toBe('ms');
	});
});

describe('with one edition', () => {
	test.for([false, true])('the root forwards to that edition\'s home (JavaScript: %s)', async (javaScriptEnabled, { openPage }) => {
		const { page } = await openPage(single.url(), { javaScriptEnabled });
		await page.waitForURL(single.url('hr/'));
		expect(await page.getAttribute('html', 'lang')).toBe('hr');
	});

	test('the forwarding root is in Croatian, not indexed, and names the edition\'s home as canonical', () => {
		const site = single;
		const $ = loadPage(site, '');
		expect($('html').attr('lang')).toBe('hr');
		expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0;url=${site.base}hr/`);
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
		expect($('link[rel="canonical"]').attr('href')).toBe(publicUrl(site, 'hr/'));
		expect($('link[rel="alternate"]').length).toBe(0);
		expect($('main').text()).toContain(interfaceStrings('hr')['redirect.link']);
		expect(readPublishedSite(site.outDir, site.base).redirects.get('/')).toBe('/hr/');
	});

	test('pages have no language switcher and no hreflang alternates, and sidebar groups are in Croatian', () => {
		const site = single;
		const pages = builtPages(site.outDir).filter((path) => path.startsWith('hr/'));
		expect(pages.length).toBe(pageSlugs.length);
		for (const path of pages) {
			const $ = loadPage(site, path);
			expect($('starlight-lang-select').length, path).toBe(0);
			expect($('link[rel="alternate"][hreflang]').length, path).toBe(0);
		}
		const $ = loadPage(site, 'hr/calm/');
		const groups = $('.group-label').map((_, element) => $(element).text().trim()).get();
		expect(groups).toEqual(sidebarGroups.map(({ translations }) => translations.hr));
	});
});

test('the shipped build still has every edition', () => {
	const editions = readdirSync(servedSite('shipped').outDir).filter((name) => (localeCodes as string[]).includes(name));
	expect(editions.sort()).toEqual([...localeCodes].sort());
});
