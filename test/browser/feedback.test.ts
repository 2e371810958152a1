import { describe, expect } from 'vitest';
import { type Locale, locales } from '../../src/locales';
import { interfaceStrings, localeCodes } from '../support/site';
import { builtPages, loadPage, type BuiltSite } from './support/built-site';
import { englishIn, readerText } from './support/english';
import { site, test } from './support/harness';

const shipped = site('shipped');
/** The two-edition settings report by e-mail; the single-edition ones through the team's own form. */
const two = site('two-editions');
const single = site('single-edition');

/** What the report of a page carries: its title, its edition's name and its canonical address. */
function reportedPage(site: BuiltSite, path: string) {
	const $ = loadPage(site, path);
	return { title: $('main h1').first().text().trim(), address: $('link[rel="canonical"]').attr('href')! };
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]!);

describe('without the feedback setting (the shipped build)', () => {
	test('no page offers to report a problem', () => {
		const pages = builtPages(shipped.outDir);
		expect(pages.length).toBeGreaterThan(70);
		for (const path of pages) expect(loadPage(shipped, path)('[data-report-problem], a[href^="mailto:"]').length, path).toBe(0);
		for (const locale of localeCodes)
			expect(loadPage(shipped, `${locale}/calm/`).html()).not.toContain(interfaceStrings(locale)['feedback.link']);
	});
});

describe('with an e-mail address (two editions)', () => {
	test.each(['bg', 'ms'] as Locale[])('every %s page links a message about itself, subject and text filled in', (locale) => {
		const strings = interfaceStrings(locale);
		const pages = builtPages(two.outDir).filter((path) => path.startsWith(`${locale}/`));
		expect(pages.length).toBeGreaterThanOrEqual(19);
		for (const path of pages) {
			const links = loadPage(two, path)('footer a[data-report-problem]');
			expect(links.length, path).toBe(1);
			expect(links.text().trim(), path).toBe(strings['feedback.link']);
			const href = links.attr('href')!;
			expect(href.startsWith('mailto:kb-team@example.org?'), path).toBe(true);
			const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
			const { title, address } = reportedPage(two, path);
			expect(address, path).toBe(`https://kb.example.org/${path}`);
			const values = { title, edition: locales[locale].label, address };
			expect(query.get('subject'), path).toBe(fill(strings['feedback.subject'], values));
			expect(query.get('body'), path).toBe(fill(strings['feedback.body'], values).replace(/\n/g, '\r\n'));
		}
	});
});

describe('with a form of the team\'s own (one edition under /kb/)', () => {
	test('every page links the form with its address, title and edition', () => {
		const pages = builtPages(single.outDir).filter((path) => path.startsWith('hr/'));
		expect(pages.length).toBeGreaterThanOrEqual(19);
		for (const path of pages) {
			const link = loadPage(single, path)('footer a[data-report-problem]');
			expect(link.length, path).toBe(1);
			const url = new URL(link.attr('href')!);
			const { title, address } = reportedPage(single, path);
			expect(address, path).toBe(`https://example.org/kb/${path}`);
			expect(`${url.origin}${url.pathname}`).toBe('https://forms.example.org/kb-feedback');
			expect(Object.fromEntries(url.searchParams), path).toEqual({ source: 'kb', page: address, title, edition: 'hr' });
		}
	});

	test('without JavaScript, a reader sees the link in Croatian and it opens the form, asking nothing else of anyone', async ({ newPage }) => {
		const { page, context, watch } = await newPage(single.origin, {
			javaScriptEnabled: false,
			allow: { foreignRequests: 'the link leads to the team\'s form on its own host, on purpose; checked below to be the only request elsewhere, made by the click' },
		});
		const opened: string[] = [];
		await context.route('https://forms.example.org/**', (route) => {
			opened.push(route.request().url());
			return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Obrazac</title><p>Obrazac</p>' });
		});
		await page.goto(single.url('hr/calm/'));
		const link = page.getByRole('link', { name: interfaceStrings('hr')['feedback.link'] });
		expect(await link.isVisible()).toBe(true);
		expect(englishIn(await readerText(page), interfaceStrings('hr'))).toEqual([]);
		// Reading the page asks nothing of another origin.
		expect(watch.foreignRequests).toEqual([]);
		await Promise.all([page.waitForURL(/^https:\/\/forms\.example\.org\//), link.click()]);
		expect(opened).toHaveLength(1);
		expect(new URL(opened[0]!).searchParams.get('page')).toBe('https://example.org/kb/hr/calm/');
		expect(watch.foreignRequests).toEqual(opened);
	});
});

