import { describe, expect } from 'vitest';
import { locales } from '../../src/locales';
import { interfaceStrings, localeCodes } from '../support/site';
import { site, test } from './support/harness';

const shipped = site('shipped');

describe('the root language chooser', () => {
	test('names each language in itself and works without JavaScript', async ({ openPage }) => {
		const { page } = await openPage(shipped.url(), { javaScriptEnabled: false });
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
		for (const code of localeCodes) {
			const link = page.locator(`a[data-locale="${code}"]`);
			expect(await link.locator('strong').textContent()).toBe(locales[code].label);
			expect(await link.getAttribute('hreflang')).toBe(locales[code].lang);
		}
		await page.getByRole('link', { name: locales.bg.label }).click();
		await page.waitForURL(shipped.url('bg/'));
		expect(await page.getAttribute('html', 'lang')).toBe('bg');
	});

	test('lists an hreflang alternate for every language', async ({ openPage }) => {
		const { page } = await openPage(shipped.url(), { javaScriptEnabled: false });
		const hreflangs = await page.$$eval('link[rel="alternate"]', (links) => links.map((link) => link.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual([...localeCodes.map((code) => locales[code].lang), 'x-default'].sort());
	});

	test('sends a returning reader to the language used last time', async ({ openPage }) => {
		const { page } = await openPage(shipped.url());
		expect(page.url()).toBe(shipped.url());
		await page.goto(shipped.url('ms/'));
		await page.goto(shipped.url());
		await page.waitForURL(shipped.url('ms/'));
		await page.goto(shipped.url('hr/'));
		await page.goto(shipped.url());
		await page.waitForURL(shipped.url('hr/'));
	});

	test('ignores a stored language it does not know, inserting nothing', async ({ openPage }) => {
		const { page } = await openPage(shipped.url());
		// The page's own images (a configured logo) are allowed; only an injected one would be new.
		const images = await page.locator('img').count();
		const hostile = ['"><img src=x onerror="window.__pwned=1">', '../../evil', 'javascript:alert(1)', '__proto__'];
		for (const value of hostile) {
			await page.evaluate((v) => localStorage.setItem('kb:locale', v), value);
			await page.goto(shipped.url());
			await page.waitForLoadState('load');
			expect(page.url()).toBe(shipped.url());
			expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
			expect(await page.locator('img').count()).toBe(images);
			expect(await page.locator('img[src="x"]').count()).toBe(0);
		}
	});
});

describe('the "page not found" page', () => {
	test('says so in every language, each in its own words, and links each edition\'s home, without JavaScript', async ({ openPage }) => {
		const { page } = await openPage(shipped.url('404.html'), { javaScriptEnabled: false });
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
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
		await page.waitForURL(shipped.url('hr/'));
		expect(await page.getAttribute('html', 'lang')).toBe('hr');
	});
});
