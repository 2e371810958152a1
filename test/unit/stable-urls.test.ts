import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { localeCodes, locales } from '../../src/locales';
import { redirectsFor, redirectWords, stableUrls } from '../../src/stable-urls/integration';
import { redirectPage, writeRedirectPages } from '../../src/stable-urls/redirect-pages';
import { interfaceStrings } from '../support/site';
import { listFile, parseList, readPublishedSite, updatedList, urlProblems } from '../../src/stable-urls/published';
import { i18nDir, root, tmpDir } from '../support/paths';

/** A small built site, written the way Astro writes pages and redirects, served under /kb/. */
const siteDir = `${tmpDir}stable-urls-site/`;
const write = (path: string, text: string) => {
	mkdirSync(dirname(`${siteDir}${path}`), { recursive: true });
	writeFileSync(`${siteDir}${path}`, text);
};
const forward = (to: string) => `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}">`;

beforeAll(() => {
	rmSync(siteDir, { recursive: true, force: true });
	write('index.html', '<h1>chooser</h1>');
	write('fi/index.html', '<h1>fi</h1>');
	write('fi/calm/index.html', '<h1>calm</h1>');
	write('fi/sw.js', '');
	write('fi/old-calm/index.html', forward('/kb/fi/calm/'));
	write('fi/older-calm/index.html', forward('/kb/fi/old-calm/'));
	write('fi/broken/index.html', forward('/kb/fi/nowhere/'));
	write('_astro/page.abc123.js', '');
	write('pagefind/index/fi_1.pf_index', '');
	write('404.html', '');
});

describe('published addresses', () => {
	test('a built site is read as its pages, files and redirects, without build internals', () => {
		const site = readPublishedSite(siteDir, '/kb/');
		expect([...site.files].sort()).toEqual(['/', '/fi/', '/fi/calm/', '/fi/sw.js']);
		expect(Object.fromEntries(site.redirects)).toEqual({
			'/fi/old-calm/': '/fi/calm/',
			'/fi/older-calm/': '/fi/old-calm/',
			'/fi/broken/': '/fi/nowhere/',
		});
	});

	test('an address that disappears without a redirect fails, naming it and the fix', () => {
		const site = readPublishedSite(siteDir, '/kb/');
		expect(urlProblems(['/', '/fi/', '/fi/calm/', '/fi/sw.js', '/fi/listen/'], site)).toEqual([
			`/fi/listen/: listed in ${listFile} but no longer published; restore it or add a redirect in src/stable-urls/redirects.ts`,
		]);
	});

	test('an address that redirects, even in steps, to a published page is fine; to a missing one is not', () => {
		const site = readPublishedSite(siteDir, '/kb/');
		const all = ['/', '/fi/', '/fi/calm/', '/fi/sw.js'];
		expect(urlProblems([...all, '/fi/old-calm/', '/fi/older-calm/'], site)).toEqual([]);
		expect(urlProblems([...all, '/fi/broken/'], site)).toEqual(['/fi/broken/: redirects to /fi/nowhere/, which is not published']);
	});

	test('a new page must be added to the list', () => {
		const site = readPublishedSite(siteDir, '/kb/');
		expect(urlProblems(['/', '/fi/', '/fi/sw.js'], site)).toEqual([
			`/fi/calm/: published but not in ${listFile}; run \`npm run build && npm run urls\` to add it`,
		]);
	});

	test('updating the list adds new addresses and never drops one', () => {
		const site = readPublishedSite(siteDir, '/kb/');
		const updated = updatedList(['/fi/gone/', '/'], site);
		expect(updated).toContain('/fi/gone/');
		expect(updated).toContain('/fi/calm/');
		expect(updated).toContain('/fi/old-calm/');
		expect(updated).toEqual([...updated].sort());
	});

	test('the checked-in list is sorted, without duplicates, every line an address from the base', () => {
		const listed = parseList(readFileSync(`${root}${listFile}`, 'utf8'));
		expect(listed.length).toBeGreaterThan(70);
		expect(listed).toEqual([...new Set(listed)].sort());
		expect(listed.filter((address) => !/^\/([\w.-]+\/)*([\w.-]+)?$/.test(address))).toEqual([]);
	});
});

describe('redirects', () => {
	test('send readers to the new address under the base the site is built with', () => {
		const entries = { '/fi/old-calm/': '/fi/calm/' };
		expect(redirectsFor('/', entries)).toEqual({ '/fi/old-calm/': '/fi/calm/' });
		expect(redirectsFor('/kb/', entries)).toEqual({ '/fi/old-calm/': '/kb/fi/calm/' });
		expect(redirectsFor('/kb', entries)).toEqual({ '/fi/old-calm/': '/kb/fi/calm/' });
	});

	test('a redirect that is not a path from the base is named', () => {
		expect(() => redirectsFor('/', { 'fi/old/': '/fi/new/' })).toThrow('src/stable-urls/redirects.ts: "fi/old/" must be a path');
		expect(() => redirectsFor('/', { '/fi/old/': 'https://evil.example/' })).toThrow('"https://evil.example/" must be a path');
	});
});

describe('forwarding pages (our own, not Astro\'s English ones)', () => {
	const words = redirectWords(pathToFileURL(i18nDir));
	const outDir = `${tmpDir}redirect-pages/`;

	test('speak the language of the page they lead to, with a plain link and no script or style', () => {
		for (const locale of localeCodes) {
			const html = redirectPage(`/${locale}/calm/`, '/kb/', 'https://example.org', words);
			const strings = interfaceStrings(locale);
			expect(html).toContain(`<html lang="${locales[locale].lang}">`);
			expect(html).toContain(`<title>${strings['redirect.title']}</title>`);
			expect(html).toContain(`${strings['redirect.link']} <a href="/kb/${locale}/calm/">https://example.org/kb/${locale}/calm/</a>`);
			expect(html).toContain('<meta http-equiv="refresh" content="0;url=/kb/' + locale + '/calm/">');
			// The site's own icon, so the browser asks for no /favicon.ico the site does not have.
			expect(html).toContain('<link rel="icon" href="/kb/favicon.svg" type="image/svg+xml">');
			expect(html).not.toMatch(/Redirecting|<script|<style|style=/i);
		}
	});

	test('leading to a page of no language (the chooser), speak all four', () => {
		const html = redirectPage('/', '/', 'https://example.org', words);
		for (const locale of localeCodes) expect(html).toContain(`<p lang="${locales[locale].lang}">${interfaceStrings(locale)['redirect.title']}.`);
	});

	test('are written at each old address and read back as redirects; an old address that is still a page fails', () => {
		rmSync(outDir, { recursive: true, force: true });
		mkdirSync(`${outDir}fi/calm/`, { recursive: true });
		writeFileSync(`${outDir}fi/calm/index.html`, '<h1>calm</h1>');
		writeRedirectPages(outDir, { '/fi/old-calm/': '/fi/calm/', '/old-home/': '/' }, '/kb/', 'https://example.org', words);
		expect(Object.fromEntries(readPublishedSite(outDir, '/kb/').redirects)).toEqual({ '/fi/old-calm/': '/fi/calm/', '/old-home/': '/' });
		expect(() => writeRedirectPages(outDir, { '/fi/calm/': '/fi/' }, '/', 'https://example.org', words)).toThrow(
			'src/stable-urls/redirects.ts: "/fi/calm/" is still a page of the site',
		);
	});

	test('a missing word is named by file, locale and key', () => {
		const dir = `${tmpDir}redirect-words/`;
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		for (const locale of localeCodes) writeFileSync(`${dir}${locale}.json`, JSON.stringify(locale === 'bg' ? { 'redirect.title': 'x' } : interfaceStrings(locale)));
		expect(() => redirectWords(pathToFileURL(dir))).toThrow(`${dir}bg.json (locale "bg"): key "redirect.link" is missing`);
	});

	test('Astro\'s own redirects stay unused, so its English pages are never written', () => {
		const updateConfig = vi.fn();
		const setup = stableUrls({ '/fi/old/': '/fi/calm/' }).hooks['astro:config:setup'] as unknown as (options: object) => void;
		setup({ config: { base: '/' }, updateConfig });
		expect(updateConfig).not.toHaveBeenCalled();
	});
});
