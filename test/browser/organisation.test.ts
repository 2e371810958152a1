import { readFileSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import shipped from '../../src/config/organisation';
import { formatCallbackTime, formatRemedyLimit, organisationName } from '../../src/config/format';
import type { Organisation } from '../../src/config/schema';
import type { Locale } from '../../src/locales';
import alternative from '../fixtures/organisation/alternative';
import { buildSite } from '../support/build';
import { builtPages } from './support/built-site';
import { distDir, tmpDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { serveStatic } from './support/static-server';

/** A real build of the site with another organisation's settings, chosen the way a team would. */
const alternativeDir = `${tmpDir}alternative-settings/`;
const alternativeFile = 'test/fixtures/organisation/alternative.ts';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	rmSync(alternativeDir, { recursive: true, force: true });
	buildSite(alternativeDir, { env: { ORGANISATION_SETTINGS: alternativeFile } });
	server = await serveStatic(alternativeDir);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const html = (dir: string, path: string) => readFileSync(`${dir}${path}index.html`, 'utf8');
const text = (markup: string) =>
	markup
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ')
		.trim();
/** The text of every element with the class in the page's markup. */
const textsOf = (markup: string, className: string) =>
	[...markup.matchAll(new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map(([, , inner]) =>
		text(inner),
	);
const spaced = (value: string | undefined) => value?.replace(/\s/g, ' ');

/** What the settings say, as the pages of `locale` must show it. */
function figures(organisation: Organisation, locale: Locale) {
	return {
		name: organisationName(organisation, locale),
		callbackTime: spaced(formatCallbackTime(organisation, locale))!,
		role: organisation.escalation.role[locale],
		contact: organisation.escalation.contact[locale],
		voucher: spaced(formatRemedyLimit(organisation, 'voucher', locale))!,
		discount: spaced(formatRemedyLimit(organisation, 'discount', locale))!,
	};
}

describe('a build with another settings file (ORGANISATION_SETTINGS)', () => {
	test('the fixture really differs from the shipped settings', () => {
		for (const locale of localeCodes)
			for (const [key, value] of Object.entries(figures(alternative, locale)))
				expect(value, `${locale} ${key}`).not.toBe(figures(shipped, locale)[key as keyof ReturnType<typeof figures>]);
		expect(spaced(formatRemedyLimit(alternative, 'voucher', 'fi'))).toBe('35,00 €');
		expect(spaced(formatCallbackTime(alternative, 'fi'))).toBe('48 tuntia');
	});

	test.each(localeCodes)('%s: the header shows the organisation name and logo from the settings', async (locale) => {
		const { page, watch } = await openPage(browser, server.origin);
		await page.goto(`${server.origin}/${locale}/calm/`);
		await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
		const title = page.locator('header .site-title');
		expect(await title.textContent()).toContain(organisationName(alternative, locale));
		const logo = title.locator('img');
		expect(await logo.getAttribute('src')).toBe(`/${alternative.logo}`);
		expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		expect(await logo.isVisible()).toBe(true);
		// The shipped build shows the shipped settings, and no logo, since they name none.
		// Each edition writes the shipped name its own way (src/config/organisation.ts names it per language).
		expect(text(html(distDir, `${locale}/calm/`))).toContain(organisationName(shipped, locale));
		expect(html(distDir, `${locale}/calm/`)).not.toContain('organisation-logo');
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	test('the language chooser shows the organisation name and logo', async () => {
		const { page } = await openPage(browser, server.origin, { javaScriptEnabled: false });
		await page.goto(`${server.origin}/`);
		expect(await page.locator('main .organisation').textContent()).toContain(organisationName(alternative, 'fi'));
		expect(await page.locator('main .organisation img').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
		await page.context().close();
	});

	// The pages that carry the settings, as docs/editorial/outline.md places them.
	test.each(localeCodes)('%s: the pages show the figures and contacts from the settings', (locale) => {
		const expected = figures(alternative, locale);
		const problems: string[] = [];
		const check = (path: string, className: string, wanted: string[]) => {
			const found = textsOf(html(alternativeDir, `${locale}/${path}`), className).join(' | ');
			for (const value of wanted) if (!found.includes(value)) problems.push(`${locale}/${path}: .${className} does not show "${value}" (found: "${found}")`);
		};
		check('compensate/', 'remedy-table', [expected.voucher, expected.role]);
		check('escalate/', 'policy-value', [expected.role, expected.contact]);
		check('resolve/', 'policy-value', [expected.callbackTime]);
		// No page of the edition (guidance, trees, pocket card) still shows a shipped figure the settings changed.
		const pages = builtPages(alternativeDir).filter((path) => path.startsWith(`${locale}/`));
		expect(pages.length, `${locale}: pages in the alternative build`).toBeGreaterThanOrEqual(19);
		for (const path of pages.map((page) => page.slice(locale.length + 1))) {
			const shown = text(html(alternativeDir, `${locale}/${path}`));
			for (const value of Object.values(figures(shipped, locale)))
				if (shown.includes(value)) problems.push(`${locale}/${path}: still shows the shipped "${value}"`);
		}
		expect(problems).toEqual([]);
	});

});
