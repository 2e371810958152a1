import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultLocale, locales } from '../../src/locales';
import { sidebarGroups } from '../../src/sidebar';
import { readFrontmatter } from '../support/frontmatter';
import { docsDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** A page's title in a locale, as its frontmatter gives it (`decide` is decide/index.mdx). */
function title(locale: string, slug: string): string {
	const file = existsSync(`${docsDir}${locale}/${slug}.mdx`) ? `${slug}.mdx` : `${slug}/index.mdx`;
	return readFrontmatter(`${docsDir}${locale}/${file}`).title as string;
}

describe.each(localeCodes)('the %s sidebar', (locale) => {
	test('has every group, translated, in the order of a conversation, with the pages under their titles', async () => {
		const { page } = await openPage(browser, origin);
		await page.goto(`${origin}/${locale}/calm/`);
		const nav = page.locator('nav.sidebar');
		const expectedLabels = sidebarGroups.map(({ label, translations }) =>
			locale === defaultLocale ? label : translations[locales[locale].lang],
		);
		expect(expectedLabels.every(Boolean), `src/sidebar.ts: a group label is missing for locale "${locale}"`).toBe(true);
		expect((await nav.locator('.group-label').allInnerTexts()).map((text) => text.trim())).toEqual(expectedLabels);

		for (const [index, { items }] of sidebarGroups.entries()) {
			const found = await nav
				.locator('details')
				.nth(index)
				.locator('a')
				.evaluateAll((anchors) => anchors.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent?.trim()]));
			expect(found).toEqual(items.map((slug) => [`/${locale}/${slug}/`, title(locale, slug)]));
		}
		await page.context().close();
	});
});
