import { describe } from 'vitest';
import { defaultLocale, locales } from '../../src/locales';
import { sidebarGroups } from '../../src/sidebar';
import { pageTitle } from '../support/page-files';
import { localeCodes } from '../support/site';
import { site, test } from './support/harness';

const { origin } = site('shipped');

describe.concurrent.each(localeCodes)('the %s sidebar', (locale) => {
	test('has every group, translated, in the order of a conversation, with the pages under their titles', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/calm/`);
		const nav = page.locator('nav.sidebar');
		const expectedLabels = sidebarGroups.map(({ label, translations }) =>
			locale === defaultLocale ? label : translations[locales[locale].lang],
		);
		expect(expectedLabels.every(Boolean), `src/sidebar.ts: a group label is missing for locale "${locale}"`).toBe(true);
		expect((await nav.locator('.group-label').allInnerTexts()).map((text) => text.trim())).toEqual(expectedLabels);
		expect(sidebarGroups.length).toBeGreaterThanOrEqual(2);

		for (const [index, { label, items }] of sidebarGroups.entries()) {
			expect(items.length, `src/sidebar.ts: group "${label}" has no pages`).toBeGreaterThan(0);
			const found = await nav
				.locator('details')
				.nth(index)
				.locator('a')
				.evaluateAll((anchors) => anchors.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent?.trim()]));
			expect(found).toEqual(items.map((slug) => [`/${locale}/${slug}/`, pageTitle(locale, slug)]));
		}
	});
});
