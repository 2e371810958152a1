import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { searchWithShortcut } from './support/search';

const origin = inject('subfolderOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the site built with --base /kb/, served from a subfolder by a plain static server', () => {
	test('the chooser and every edition load entirely from /kb/', async () => {
		const { page, watch } = await openPage(browser, origin);
		const requested: string[] = [];
		const failed: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
		await page.goto(`${origin}/kb/`);
		for (const locale of localeCodes) {
			await page.goto(`${origin}/kb/`);
			await page.evaluate(() => localStorage.clear());
			await page.goto(`${origin}/kb/`);
			await Promise.all([page.waitForURL(`${origin}/kb/${locale}/`), page.locator(`a[data-locale="${locale}"]`).click()]);
			await page.waitForLoadState('networkidle');
		}
		expect(failed).toEqual([]);
		expect(requested.filter((path) => !path.startsWith('/kb/'))).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});

	test('canonical links use the configured site and base', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${origin}/kb/hr/`);
		expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://example.org/kb/hr/');
		await page.context().close();
	});

	test('search works under /kb/ and links under /kb/', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/kb/fi/`);
		const results = await searchWithShortcut(page, 'asiakas');
		expect(results.length).toBeGreaterThan(0);
		for (const href of results) expect(new URL(href).pathname.startsWith('/kb/fi/'), href).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
