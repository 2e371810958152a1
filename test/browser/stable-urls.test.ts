import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { listFile, parseList, readPublishedSite, urlProblems } from '../../src/stable-urls/published';
import { redirects } from '../../src/stable-urls/redirects';
import { distDir, root } from '../support/paths';
import { launchBrowser, openPage } from './support/browser';
import { subfolderHostDir } from './support/global-setup';

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
