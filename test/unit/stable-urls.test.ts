import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { redirectsFor } from '../../src/stable-urls/integration';
import { listFile, parseList, readPublishedSite, updatedList, urlProblems } from '../../src/stable-urls/published';
import { root, tmpDir } from '../support/paths';

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
