import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { locales, localeCodes } from '../../src/locales';
import { inUnbuiltEdition } from '../../src/config/editions';
import { redirectsOfEditions } from '../../src/stable-urls/integration';
import { listFile, parseList, readPublishedSite, urlProblems } from '../../src/stable-urls/published';
import { redirects as shippedRedirects } from '../../src/stable-urls/redirects';
import { root } from '../support/paths';
import { interfaceStrings } from '../support/site';
import { variants, type SiteVariant } from '../support/variants';
import { forwardingPages } from './support/built-site';
import { englishPhrases } from './support/english';
import { site, test } from './support/harness';
import { searchWithShortcut } from './support/search';

const listed = parseList(readFileSync(`${root}${listFile}`, 'utf8'));

/**
 * The redirects a build was made with: src/stable-urls/redirects.ts plus the variant's test redirects,
 * less those in or into an edition it does not build.
 */
function redirectsOf(variant: SiteVariant): Record<string, string> {
	const extra = variant.redirectsFile ? (JSON.parse(readFileSync(`${root}${variant.redirectsFile}`, 'utf8')) as Record<string, string>) : {};
	return redirectsOfEditions({ ...shippedRedirects, ...extra }, variant.editions);
}

const cases = variants.flatMap((variant) => Object.entries(redirectsOf(variant)).map(([from, to]) => ({ variant, from, to })));

test('the builds carry redirects to follow: the shipped ones and at least three of a test build', () => {
	expect(cases.length).toBeGreaterThanOrEqual(Object.keys(shippedRedirects).length + 3);
});

describe.each(variants)('the site built "$name"', (variant) => {
	const served = site(variant.name as 'shipped');

	test(`publishes every address in ${listFile} of the editions it builds, or forwards it, and lists every address it publishes`, () => {
		expect(listed.length).toBeGreaterThan(70);
		expect(urlProblems(listed, readPublishedSite(variant.outDir, variant.base), variant.editions)).toEqual([]);
	});

	test('every listed address of its editions answers in the browser, and none of the editions left out', async ({ newPage }) => {
		const { page } = await newPage(served.origin, { javaScriptEnabled: false });
		const failures: string[] = [];
		const unbuilt = listed.filter((address) => inUnbuiltEdition(address, variant.editions));
		if (variant.editions.length === localeCodes.length) expect(unbuilt).toEqual([]);
		else expect(unbuilt.length).toBeGreaterThan(0);
		for (const address of listed) {
			const response = await page.request.get(served.url(address));
			const expected = unbuilt.includes(address) ? 404 : 200;
			if (response.status() !== expected) failures.push(`${address}: ${response.status()}, expected ${expected}`);
		}
		expect(failures).toEqual([]);
	});

	test('wrote a forwarding page at each old address of its redirects, and nowhere else (with one edition, the root too)', () => {
		const expected = [...Object.keys(redirectsOf(variant)), ...(variant.editions.length === 1 ? ['/'] : [])];
		expect(forwardingPages(variant.outDir).map((path) => `/${path}`).sort()).toEqual(expected.sort());
	});
});

describe.each(cases.map(({ variant, from, to }) => [variant.name, from, to] as const))('site "%s": the old address %s', (name, from, to) => {
	const served = site(name as 'shipped');
	const first = to.split('/')[1]!;
	const languages = first in locales ? [first as keyof typeof locales] : localeCodes;

	test(`takes the reader to ${to} without JavaScript, saying so in the new page's language, never in English`, async ({ openPage }) => {
		const { page } = await openPage(served.url(), { javaScriptEnabled: false });
		const text = await (await page.request.get(served.url(from))).text();
		expect(languages.length).toBeGreaterThan(0);
		for (const locale of languages) {
			expect(text).toContain(`lang="${locales[locale].lang}"`);
			expect(text).toContain(interfaceStrings(locale)['redirect.title']);
			expect(englishPhrases(interfaceStrings(locale)).filter((phrase) => text.includes(phrase))).toEqual([]);
		}
		expect(text).not.toContain('Redirecting');
		await page.goto(served.url(from));
		await page.waitForURL(served.url(to));
	});
});

describe('forwarding pages are no pages of the site', () => {
	const served = site('subfolder');
	const forwarding = forwardingPages(served.outDir).filter((path) => path.startsWith('hr/'));

	test('the search of their edition never offers one', async ({ openPage }) => {
		expect(forwarding.length).toBeGreaterThan(0);
		const { page } = await openPage(served.url('hr/'));
		const results = await searchWithShortcut(page, `${interfaceStrings('hr')['redirect.title']} ${interfaceStrings('hr')['redirect.link']}`);
		expect(results.map((href) => new URL(href).pathname).filter((path) => forwarding.some((old) => path.startsWith(`${served.base}${old}`)))).toEqual([]);
	});
});
