import type { Locator, Page } from 'playwright-core';

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
