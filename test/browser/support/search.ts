import type { Locator, Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';
import type { Locale } from '../../../src/locales';
import { interfaceStrings } from '../../support/site';

/** Opens the site's search dialog with Ctrl+K and returns it. */
export async function openSearch(page: Page): Promise<Locator> {
	await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
	await page.keyboard.press('Control+k');
	const dialog = page.locator('site-search dialog[open]');
	await dialog.waitFor();
	return dialog;
}

/** Opens the site's search dialog with Ctrl+K, types the query and returns the result links. */
export async function searchWithShortcut(page: Page, query: string): Promise<string[]> {
	const dialog = await openSearch(page);
	const input = dialog.locator('input[type="search"]');
	await input.fill(query);
	const results = dialog.locator('a[data-search-result]');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/** The result links shown once the open search dialog has finished searching for `query`. */
export async function resultsFor(expect: ExpectStatic, dialog: Locator, locale: Locale, query: string): Promise<string[]> {
	const strings = interfaceStrings(locale);
	const done = ['pagefind.zero_results', 'pagefind.one_result', 'pagefind.many_results'].map((key) =>
		strings[key].replace('[SEARCH_TERM]', query.trim()).split('[COUNT]'),
	);
	await dialog.locator('input[type="search"]').fill(query);
	const status = dialog.locator('[data-search-status]');
	await expect
		.poll(async () => {
			const text = (await status.textContent()) ?? '';
			return done.some(([before, after = '']) => text.startsWith(before) && text.endsWith(after));
		}, { timeout: 15_000, message: `"${query}": the dialog's status is not a finished search's` })
		.toBe(true);
	return dialog.locator('a[data-search-result]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

/** A result's path, with the fragment only when asked (a query that aims at a tree step). */
export function comparable(href: string, withFragment: boolean): string {
	const url = new URL(href);
	return decodeURIComponent(url.pathname + (withFragment ? url.hash : ''));
}
