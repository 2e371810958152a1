import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { docsDir } from '../support/paths';
import { localeCodes } from '../support/site';
import { launchBrowser, openPage } from './support/browser';
import { searchWithShortcut } from './support/search';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** The longest word in the home page's body (after the frontmatter): text certainly indexed. */
function wordFromHomePage(locale: string): string {
	const body = readFileSync(`${docsDir}${locale}/index.mdx`, 'utf8').replace(/^---[\s\S]*?\n---/, '');
	return body.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
}

describe.each(localeCodes)('search in the %s edition', (locale) => {
	test('opens with Ctrl+K and finds the home page, in this edition only', async () => {
		const { page, watch } = await openPage(browser, origin);
		await page.goto(`${origin}/${locale}/`);
		const results = await searchWithShortcut(page, wordFromHomePage(locale));
		expect(results).toContain(`${origin}/${locale}/`);
		for (const href of results) expect(new URL(href).pathname.startsWith(`/${locale}/`), href).toBe(true);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});
});
