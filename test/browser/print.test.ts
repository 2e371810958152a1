import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import organisation from '../../src/config/organisation';
import { organisationName } from '../../src/config/format';
import { localeCodes } from '../support/site';
import type { Locale } from '../../src/locales';
import { editionPages, loadPage } from './support/built-site';
import { site, test, type ServedSite } from './support/harness';

const shipped = site('shipped');
const subfolder = site('subfolder');
const { origin } = shipped;

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

/**
 * What a printed link must show after it: a page of the site its address on the site it is built for
 * (`--site` and `--base`: http://localhost:4321/fi/calm/, https://example.org/kb/fi/calm/), an e-mail
 * link the address, another site's link its address; a phone number is its own text, nothing after it.
 */
function expectedPrint(href: string, built: ServedSite): string | undefined {
	const url = new URL(href);
	if (url.protocol === 'tel:') return undefined;
	if (url.origin === built.origin) return new URL(url.pathname, built.site).href;
	return url.protocol === 'mailto:' ? url.pathname : href;
}

/** The kind of a link in the text, by where it leads. */
function linkKind(href: string, built: ServedSite): string {
	const url = new URL(href);
	return url.protocol === 'tel:' ? 'phone' : url.protocol === 'mailto:' ? 'e-mail' : url.origin === built.origin ? 'internal' : 'other site';
}

/**
 * Pages of an edition that between them hold a link of every kind in every place links sit (the first
 * class of the element around it: a tree ending's list, a sources list, a paragraph), read from the build,
 * fewest pages first-found.
 */
function linkSamples(built: ServedSite, locale: Locale): { pages: string[]; kinds: string[] } {
	const wanted = new Map<string, string[]>();
	for (const path of editionPages(built.outDir, locale)) {
		const $ = loadPage(built, path);
		for (const link of $('.sl-markdown-content a[href]:not([href^="#"])').toArray()) {
			const kind = linkKind(new URL($(link).attr('href')!, `${built.origin}${built.base}${path}`).href, built);
			const place = ($(link).parent().closest('[class]').attr('class') ?? '').split(/\s+/)[0];
			const key = `${kind} in ${place}`;
			wanted.set(key, [...(wanted.get(key) ?? []), path]);
		}
	}
	const pages: string[] = [];
	for (const [, having] of [...wanted].sort(([, a], [, b]) => a.length - b.length))
		if (!having.some((path) => pages.includes(path))) pages.push(having[0]!);
	return { pages, kinds: [...new Set([...wanted.keys()].map((key) => key.split(' in ')[0]!))] };
}

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

	// Which address each link prints is written into the HTML by the build (data-print-url), read from every
	// page below; the print stylesheet that writes it out is checked here on pages that together hold every
	// kind of link (internal, other sites, e-mail, phone) in every kind of place it sits.
	test('writes out the full address of a link of every kind, in every place links sit', async ({ newPage, expect }) => {
		const samples = linkSamples(shipped, locale);
		expect(samples.pages.length, `the ${locale} guidance has no links to print`).toBeGreaterThan(0);
		expect(samples.kinds, 'kinds of link').toEqual(expect.arrayContaining(['internal', 'other site', 'phone']));
		const { page } = await newPage(origin);
		await page.emulateMedia({ media: 'print' });
		const problems: string[] = [];
		for (const path of samples.pages) {
			await page.goto(`${origin}/${path}`);
			const links = await printedLinks(page);
			expect(links.length, path).toBeGreaterThan(0);
			for (const { href, printUrl, after } of links) {
				const expected = expectedPrint(href, shipped);
				if (printUrl !== expected || after !== (expected === undefined ? 'none' : `" (${expected})"`)) problems.push(`${path}: ${href} prints ${after}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.each([shipped, subfolder])('the address each link prints, site built "$name"', (built) => {
	test.for(localeCodes)('%s: every link in the text of every page names its full address', (locale, { expect }) => {
		const pages = editionPages(built.outDir, locale);
		expect(pages.length).toBeGreaterThanOrEqual(19);
		const problems: string[] = [];
		let links = 0;
		for (const path of pages) {
			const $ = loadPage(built, path);
			for (const link of $('.sl-markdown-content a[href]:not([href^="#"])').toArray()) {
				links++;
				const href = new URL($(link).attr('href')!, `${built.origin}${built.base}${path}`).href;
				const expected = expectedPrint(href, built);
				if ($(link).attr('data-print-url') !== expected) problems.push(`${path}: ${href} prints ${$(link).attr('data-print-url')}`);
			}
		}
		expect(problems).toEqual([]);
		expect(links).toBeGreaterThan(pages.length);
	});
});
