import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/locales';
import { interfaceStrings, localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the root language chooser', () => {
	test('names each language in itself and works without JavaScript', async () => {
		const { page, watch } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(`${origin}/`);
		for (const code of localeCodes) {
			const link = page.locator(`a[data-locale="${code}"]`);
			expect(await link.locator('strong').textContent()).toBe(locales[code].label);
			expect(await link.getAttribute('hreflang')).toBe(locales[code].lang);
		}
		await page.getByRole('link', { name: locales.bg.label }).click();
		await page.waitForURL(`${origin}/bg/`);
		expect(await page.getAttribute('html', 'lang')).toBe('bg');
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});

	test('lists an hreflang alternate for every language', async () => {
		const { page } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(`${origin}/`);
		const hreflangs = await page.$$eval('link[rel="alternate"]', (links) => links.map((link) => link.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual([...localeCodes.map((code) => locales[code].lang), 'x-default'].sort());
		await page.context().close();
	});

	test('sends a returning reader to the language used last time', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/`);
		expect(page.url()).toBe(`${origin}/`);
		await page.goto(`${origin}/ms/`);
		await page.goto(`${origin}/`);
		await page.waitForURL(`${origin}/ms/`);
		await page.goto(`${origin}/hr/`);
		await page.goto(`${origin}/`);
		await page.waitForURL(`${origin}/hr/`);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('ignores a stored language it does not know, inserting nothing', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/`);
		// The page's own images (a configured logo) are allowed; only an injected one would be new.
		const images = await page.locator('img').count();
		const hostile = ['"><img src=x onerror="window.__pwned=1">', '../../evil', 'javascript:alert(1)', '__proto__'];
		for (const value of hostile) {
			await page.evaluate((v) => localStorage.setItem('kb:locale', v), value);
			await page.goto(`${origin}/`);
			await page.waitForLoadState('load');
			expect(page.url()).toBe(`${origin}/`);
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(await page.locator('img').count()).toBe(images);
			expect(await page.locator('img[src="x"]').count()).toBe(0);
		}
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

describe('the "page not found" page', () => {
	test('says so in every language, each in its own words, and links each edition\'s home, without JavaScript', async () => {
		const { page, watch } = await openPage(browser, origin, { javaScriptEnabled: false });
		await page.goto(`${origin}/404.html`);
		for (const code of localeCodes) {
			const strings = interfaceStrings(code);
			expect(await page.locator(`h1 [lang="${locales[code].lang}"]`).textContent()).toBe(strings['notFound.title']);
			const item = page.locator(`li[lang="${locales[code].lang}"]`);
			expect(await item.locator('p').textContent()).toBe(strings['notFound.text']);
			const link = item.locator(`a[data-locale="${code}"]`);
			expect(await link.locator('strong').textContent()).toBe(locales[code].label);
			expect(await link.locator('span').textContent()).toBe(strings['notFound.home']);
			expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`/${code}/`);
		}
		await page.locator('a[data-locale="hr"]').click();
		await page.waitForURL(`${origin}/hr/`);
		expect(await page.getAttribute('html', 'lang')).toBe('hr');
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});

