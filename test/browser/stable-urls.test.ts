import { cpSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listFile, parseList, readPublishedSite, urlProblems } from '../../src/stable-urls/published';
import { redirects } from '../../src/stable-urls/redirects';
import { redirectWords } from '../../src/stable-urls/integration';
import { writeRedirectPages } from '../../src/stable-urls/redirect-pages';
import { distDir, i18nDir, root, tmpDir } from '../support/paths';
import { interfaceStrings } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { englishPhrases } from './support/english';
import { subfolderHostDir } from './support/global-setup';
import { serveStatic } from './support/static-server';

const listed = parseList(readFileSync(`${root}${listFile}`, 'utf8'));
const builds = [
	{ name: 'at the root', origin: inject('siteOrigin'), base: '/', dir: distDir },
	{ name: 'under /kb/', origin: inject('subfolderOrigin'), base: '/kb/', dir: `${subfolderHostDir}kb/` },
];
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe.each(builds)('the site built $name', ({ origin, base, dir }) => {
	test(`publishes every address in ${listFile}, or forwards it, and lists every address it publishes`, () => {
		expect(urlProblems(listed, readPublishedSite(dir, base))).toEqual([]);
	});

	test('every listed address answers in the browser', async () => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		const failures: string[] = [];
		for (const address of listed) {
			const response = await page.request.get(`${origin}${base}${address.slice(1)}`);
			if (!response.ok()) failures.push(`${address}: ${response.status()}`);
		}
		expect(failures).toEqual([]);
		await page.context().close();
	});

	test.each(Object.entries(redirects))('the old address %s takes the reader to %s', async (from, to) => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(`${origin}${base}${from.slice(1)}`);
		await page.waitForURL(`${origin}${base}${to.slice(1)}`);
		await page.context().close();
	});
});

describe('a page that moved (a redirect in src/stable-urls/redirects.ts)', () => {
	// The built site plus forwarding pages written the way the build writes them.
	const dir = `${tmpDir}redirected-site/`;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		rmSync(dir, { recursive: true, force: true });
		cpSync(distDir, dir, { recursive: true });
		writeRedirectPages(dir, { '/hr/old-calm/': '/hr/calm/', '/old-home/': '/' }, '/', 'http://localhost:4321', redirectWords(pathToFileURL(i18nDir)));
		server = await serveStatic(dir);
	});
	afterAll(() => server?.close());

	test('forwards the reader without JavaScript, saying so in the new page\'s language, never in English', async () => {
		const { page, watch } = await openPage(browser, server.origin, { javaScriptEnabled: false });
		const forwarding = await page.request.get(`${server.origin}/hr/old-calm/`);
		const text = await forwarding.text();
		expect(text).toContain(interfaceStrings('hr')['redirect.title']);
		expect(englishPhrases(interfaceStrings('hr')).filter((phrase) => text.includes(phrase))).toEqual([]);
		expect(text).not.toContain('Redirecting');
		await page.goto(`${server.origin}/hr/old-calm/`);
		await page.waitForURL(`${server.origin}/hr/calm/`);
		await page.goto(`${server.origin}/old-home/`);
		await page.waitForURL(`${server.origin}/`);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
