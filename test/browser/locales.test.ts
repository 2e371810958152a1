import { beforeAll, describe } from 'vitest';
import { locales } from '../../src/locales';
import { interfaceStrings, localeCodes } from '../support/site';
import { englishIn, englishPhrases, findEnglish, readerText } from './support/english';
import { openSharedPage, site, test, type OpenedPage } from './support/harness';
import { openSearch } from './support/search';

const { origin } = site('shipped');

describe.concurrent.each(localeCodes)('the %s edition', (locale) => {
	const strings = interfaceStrings(locale);
	// The home page, opened once and only read by the tests below.
	let home: OpenedPage;
	let status: number | undefined;
	beforeAll(async () => {
		home = await openSharedPage(origin);
		status = (await home.page.goto(`${origin}/${locale}/`))?.status();
	});

	test('its home page is in its language, with no English a reader can see', async ({ expect }) => {
		const { page } = home;
		expect(status).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(locales[locale].lang);
		await expect.poll(() => page.locator('site-search button[data-open-modal]').isEnabled()).toBe(true);
		expect(await page.locator('site-search button[data-open-modal]').getAttribute('aria-label')).toBe(strings['search.label']);
		expect(await page.locator('.sl-skip-link, a[href="#_top"]').first().textContent()).toContain(strings['skipLink.label']);
		expect(findEnglish(await readerText(page), englishPhrases(strings))).toEqual([]);
	});

	test('its search dialog, with results and with none, and its phone menu have no English either', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/calm/`);
		const dialog = await openSearch(page);
		await dialog.locator('input[type="search"]').fill('qxzqxz');
		await dialog.locator('[data-search-status]').filter({ hasText: 'qxzqxz' }).waitFor();
		expect(englishIn(await readerText(page), strings)).toEqual([]);
		await dialog.locator('button[data-close-modal]').click();
		await dialog.waitFor({ state: 'hidden' });
		await page.setViewportSize({ width: 390, height: 800 });
		await page.locator('button.sl-menu-button').click();
		await page.locator('#starlight__sidebar').waitFor({ state: 'visible' });
		expect(englishIn(await readerText(page), strings)).toEqual([]);
	});

	test('it links every other edition with hreflang alternates', async ({ expect }) => {
		const alternates = await home.page.$$eval('link[rel="alternate"][hreflang]', (links) =>
			links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
		);
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
		for (const other of localeCodes) expect(alternates).toContainEqual([locales[other].lang, `/${other}/`]);
	});

	test('its language switcher keeps the reader on the same page', async ({ newPage, expect }) => {
		const { page } = await newPage(origin);
		// The home page, a guidance page and a decision-tree page; from this edition's page on through every
		// other edition in turn, each switch made on the page the last one opened, in its own language.
		const others = localeCodes.filter((code) => code !== locale);
		expect(others.length).toBeGreaterThanOrEqual(3);
		for (const path of ['', 'calm/', 'decide/compensating/']) {
			await page.goto(`${origin}/${locale}/${path}`);
			let from = locale;
			for (const other of others) {
				const select = page.getByRole('combobox', { name: interfaceStrings(from)['languageSelect.accessibleLabel'] }).first();
				await Promise.all([page.waitForURL(`${origin}/${other}/${path}`), select.selectOption({ label: locales[other].label })]);
				expect(await page.getAttribute('html', 'lang')).toBe(locales[other].lang);
				from = other;
			}
		}
	});
});
