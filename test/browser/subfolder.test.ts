import { describe } from 'vitest';
import { localeCodes } from '../support/site';
import { site, test } from './support/harness';
import { searchWithShortcut } from './support/search';

const { origin } = site('subfolder');

describe.concurrent('the site built with --base /kb/, served from a subfolder by a plain static server', () => {
	test('the chooser and every edition load entirely from /kb/', async ({ newPage, expect }) => {
		// The offline workers too: they are fetched and store their edition from under /kb/.
		const { page } = await newPage(origin, { serviceWorkers: 'allow' });
		const requested: string[] = [];
		const failed: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
		await page.goto(`${origin}/kb/`);
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
		for (const locale of localeCodes) {
			await page.goto(`${origin}/kb/`);
			await page.evaluate(() => localStorage.clear());
			await page.goto(`${origin}/kb/`);
			await Promise.all([page.waitForURL(`${origin}/kb/${locale}/`), page.locator(`a[data-locale="${locale}"]`).click()]);
			await page.waitForLoadState('networkidle');
		}
		expect(requested.length).toBeGreaterThan(4 * 3);
		expect(failed).toEqual([]);
		expect(requested.filter((path) => !path.startsWith('/kb/'))).toEqual([]);
	});

	test('canonical links use the configured site and base', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/kb/hr/`);
		expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://example.org/kb/hr/');
	});

	test('search works under /kb/ and links under /kb/', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/kb/fi/`);
		const results = await searchWithShortcut(page, 'asiakas');
		expect(results.length).toBeGreaterThan(0);
		for (const href of results) expect(new URL(href).pathname.startsWith('/kb/fi/'), href).toBe(true);
	});
});
