import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import organisation from '../../src/config/organisation';
import { organisationName } from '../../src/config/format';
import { localeCodes } from '../support/site';
import { editionPages } from './support/built-site';
import { site, test } from './support/harness';

const shipped = site('shipped');
const subfolder = site('subfolder');
const { origin } = shipped;
const subfolderOrigin = subfolder.origin;

/** Navigation chrome a printed page must not show; each is on screen on a wide window. */
const chrome = {
	'sidebar navigation': 'nav.sidebar',
	search: 'site-search',
	'theme switch': 'starlight-theme-select',
	'language switch': 'starlight-lang-select',
	'table of contents': '.right-sidebar-container',
	'previous and next links': '.pagination-links',
	'page footer': '.sl-markdown-content ~ footer',
};

/** Whether the element or anything inside it takes up room on the page. */
async function visible(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((elements) =>
		elements.some((element) =>
			[element, ...element.querySelectorAll('*')].some((node) => {
				const box = node.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
			}),
		),
	);
}

/** The links in the page's text, with what print shows after each. */
const printedLinks = (page: Page) =>
	page.locator('.sl-markdown-content a[href]:not([href^="#"])').evaluateAll((links) =>
		links.map((link) => ({
			href: (link as HTMLAnchorElement).href,
			printUrl: (link as HTMLElement).dataset.printUrl,
			after: getComputedStyle(link, '::after').content,
		})),
	);

describe.concurrent.each(localeCodes)('printing a %s guidance page', (locale) => {
	test('shows the page and its text without navigation chrome', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/calm/`, { viewport: { width: 1400, height: 900 } });
		expect(Object.keys(chrome).length).toBeGreaterThanOrEqual(7);
		for (const [name, selector] of Object.entries(chrome)) expect(await visible(page, selector), `${name} on screen`).toBe(true);

		await page.emulateMedia({ media: 'print' });
		for (const [name, selector] of Object.entries(chrome)) expect(await visible(page, selector), `${name} in print`).toBe(false);
		expect(await visible(page, '.sl-markdown-content')).toBe(true);
		expect(await visible(page, 'main h1')).toBe(true);
		expect(await page.locator('header .site-title').textContent()).toContain(organisationName(organisation, locale));
		// The update notice never prints, even while it is showing.
		await page.locator('[data-update-notice]').evaluate((notice: HTMLElement) => (notice.hidden = false));
		expect(await visible(page, '[data-update-notice]')).toBe(false);
		expect((await page.pdf()).byteLength).toBeGreaterThan(1000);
	});

	test('writes out the full address of every link in the text', async ({ newPage, expect }) => {
		const { page } = await newPage(origin);
		await page.emulateMedia({ media: 'print' });
		const problems: string[] = [];
		let links = 0;
		const pages = editionPages(shipped.outDir, locale);
		expect(pages.length).toBeGreaterThanOrEqual(19);
		for (const path of pages) {
			await page.goto(`${origin}/${path}`);
			for (const { href, printUrl, after } of await printedLinks(page)) {
				links++;
				// Internal links print the site's address (http://localhost:4321 for this build); others as they are.
				const url = new URL(href);
				// A phone number (the emergency number) is its own text: nothing is printed after it.
				if (url.protocol === 'tel:') {
					if (printUrl !== undefined || after !== 'none') problems.push(`${path}: ${href} prints ${after}`);
					continue;
				}
				const expected = url.origin === origin ? `http://localhost:4321${url.pathname}` : url.protocol === 'mailto:' ? url.pathname : href;
				if (printUrl !== expected || after !== `" (${expected})"`) problems.push(`${path}: ${href} prints ${after}`);
			}
		}
		expect(problems).toEqual([]);
		expect(links, `the ${locale} guidance has no links to print`).toBeGreaterThan(0);
	});
});

test('under /kb/ a printed link names the page on the configured site and folder', async ({ newPage }) => {
	const { page } = await newPage(subfolderOrigin);
	await page.emulateMedia({ media: 'print' });
	const printed: string[] = [];
	const pages = editionPages(subfolder.outDir, 'fi');
	expect(pages.length).toBeGreaterThanOrEqual(19);
	for (const path of pages) {
		await page.goto(`${subfolderOrigin}/kb/${path}`);
		for (const { href, printUrl } of await printedLinks(page))
			if (new URL(href).origin === subfolderOrigin) printed.push(`${new URL(href).pathname} → ${printUrl}`);
	}
	expect(printed.length).toBeGreaterThan(0);
	for (const line of printed) {
		const [path, address] = line.split(' → ');
		expect(address, line).toBe(`https://example.org${path}`);
	}
});
