import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultLocale, localeFromLang } from '../../../src/locales';
import { interfaceStrings } from '../../support/site';
import { axeViolations } from '../support/axe';
import { launchBrowser, openPage, type PageWatch } from '../support/browser';
import { builtPages, rootSite } from '../support/built-site';
import { englishIn, readerText } from '../support/english';

// Every page the build wrote, in each theme: no accessibility violation, no console error, no request
// to another origin, no Content-Security-Policy violation, and no English a reader can see.
const origin = inject('siteOrigin');
const pages = builtPages(rootSite.outDir);
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe.each(['light', 'dark'] as const)('every built page in the %s theme', (theme) => {
	let page: Page;
	let watch: PageWatch;
	beforeAll(async () => ({ page, watch } = await openPage(browser, origin, { colorScheme: theme })));
	afterAll(() => page?.context().close());

	test('covers the whole build', () => {
		expect(pages).toContain('');
		expect(pages.length).toBeGreaterThan(4);
	});

	test.each(pages)('/%s', async (path) => {
		watch.consoleErrors.length = watch.foreignRequests.length = watch.cspViolations.length = 0;
		const response = await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
		expect(response?.status(), 'status').toBe(200);
		// A theme that did not apply would let the other theme's contrast go untested.
		const applied = await page.evaluate(
			() => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
		);
		expect(applied, 'theme').toBe(theme);
		// The language chooser and the shared 404 page are in the default language.
		const locale = localeFromLang((await page.getAttribute('html', 'lang')) ?? '') ?? defaultLocale;
		// One comparison, so a failing page reports every gate it breaks.
		expect({
			axeViolations: await axeViolations(page),
			cspViolations: watch.cspViolations,
			consoleErrors: watch.consoleErrors,
			foreignRequests: watch.foreignRequests,
			english: englishIn(await readerText(page), interfaceStrings(locale)),
		}).toEqual({ axeViolations: [], cspViolations: [], consoleErrors: [], foreignRequests: [], english: [] });
	});
});
