import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../support/frontmatter';
import { variants } from '../../support/variants';
import { builtPages, fileForPath, loadPage, publicUrl, type BuiltSite } from '../support/built-site';

// What search engines and link previews read, in the root build and the one for a /kb/ subfolder.
const notFound = '404.html';

/** The MDX source of a built edition page ("fi/decide/" → src/content/docs/fi/decide/index.mdx), if it has one. */
function sourceOf(page: string): string | undefined {
	const path = page.replace(/\/$/, '');
	return [`src/content/docs/${path}.mdx`, `src/content/docs/${path}/index.mdx`].find((file) => existsSync(file));
}

function sitemapEntries(site: BuiltSite): Map<string, string[]> {
	const index = load(readFileSync(`${site.outDir}sitemap-index.xml`, 'utf8'), { xml: true });
	const entries = new Map<string, string[]>();
	const sitemaps = index('sitemap > loc').map((_, el) => index(el).text()).get();
	expect(sitemaps.length, `${site.name}: sitemaps in sitemap-index.xml`).toBeGreaterThan(0);
	for (const loc of sitemaps) {
		const file = fileForPath(site, new URL(loc).pathname);
		expect(file, `${loc} listed in sitemap-index.xml`).toBeDefined();
		const $ = load(readFileSync(file!, 'utf8'), { xml: true });
		$('url').each((_, url) => {
			const alternates = $(url).find('xhtml\\:link').map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`).get();
			entries.set($(url).children('loc').text(), alternates.sort());
		});
	}
	return entries;
}

describe.each(variants)('the build $name', (site) => {
	const pages = builtPages(site.outDir);
	const indexable = pages.filter((page) => page !== notFound);
	/** The language chooser is a page with several editions; with one, the root only forwards (not indexed). */
	const chooser = site.editions.length > 1 ? 1 : 0;
	const leastIndexable = site.editions.length * 19 + chooser;

	test('covers the whole build', () => {
		expect(pages).toContain(notFound);
		const editionPages = site.editions.flatMap((edition) => [`${edition}/`, `${edition}/decide/compensating/`]);
		expect(indexable).toEqual(expect.arrayContaining([...(chooser ? [''] : []), ...editionPages]));
		expect(indexable.length).toBeGreaterThanOrEqual(leastIndexable);
	});
	const meta = (page: string, key: string) =>
		loadPage(site, page)(`meta[name="${key}"], meta[property="${key}"]`).attr('content');

	test.each(indexable)('/%s has a title, a description, a canonical address and a link preview', (page) => {
		const $ = loadPage(site, page);
		const canonical = publicUrl(site, page);
		const description = meta(page, 'description');
		expect($('title').text().trim(), 'title').not.toBe('');
		expect(description?.trim(), 'meta description').toBeTruthy();
		expect($('link[rel="canonical"]').attr('href'), 'canonical').toBe(canonical);
		expect({
			'og:title': meta(page, 'og:title')?.trim() ? 'present' : 'missing',
			'og:description': meta(page, 'og:description'),
			'og:url': meta(page, 'og:url'),
			'og:type': meta(page, 'og:type') ? 'present' : 'missing',
			'twitter:card': meta(page, 'twitter:card'),
		}).toEqual({ 'og:title': 'present', 'og:description': description, 'og:url': canonical, 'og:type': 'present', 'twitter:card': 'summary' });
		const icon = $('link[rel~="icon"]').attr('href');
		expect(icon, 'favicon').toBeDefined();
		expect(fileForPath(site, new URL(icon!, canonical).pathname), `favicon ${icon}`).toMatch(/favicon\.svg$/);
	});

	test('each language edition gives every page its own description', () => {
		const byLocale = new Map<string, Map<string, string>>();
		expect(indexable.filter((p) => p.includes('/')).length).toBeGreaterThanOrEqual(site.editions.length * 19);
		for (const page of indexable.filter((p) => p.includes('/'))) {
			const locale = page.split('/')[0]!;
			const seen = byLocale.get(locale) ?? byLocale.set(locale, new Map()).get(locale)!;
			const description = meta(page, 'description')!;
			expect(seen.get(description), `/${page} repeats the description of /${seen.get(description)}`).toBeUndefined();
			seen.set(description, page);
		}
	});

	test('each page lists the words staff type for it (frontmatter keywords) in its head, for the search index', () => {
		let withKeywords = 0;
		for (const page of indexable.filter((p) => /^[a-z]{2}\//.test(p))) {
			const source = sourceOf(page);
			if (!source) continue;
			const keywords = (readFrontmatter(source).keywords as string[] | undefined) ?? [];
			expect(meta(page, 'keywords'), `/${page} (${source})`).toBe(keywords.length > 0 ? keywords.join(', ') : undefined);
			if (keywords.length > 0) withKeywords++;
		}
		expect(withKeywords, 'pages with keywords').toBeGreaterThanOrEqual(site.editions.length * 15);
	});

	test('the 404 page asks not to be indexed and names no address of its own', () => {
		const $ = loadPage(site, notFound);
		expect(meta(notFound, 'robots')).toBe('noindex');
		expect($('link[rel="canonical"], link[rel="alternate"], meta[property="og:url"]').length).toBe(0);
	});

	test('the sitemap lists every page but the 404 under the site and base, with the alternates each page declares', () => {
		const entries = sitemapEntries(site);
		expect([...entries.keys()].sort()).toEqual(indexable.map((page) => publicUrl(site, page)).sort());
		expect(indexable.length).toBeGreaterThanOrEqual(leastIndexable);
		for (const page of indexable) {
			const $ = loadPage(site, page);
			const declared = $('link[rel="alternate"][hreflang]')
				.map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
				.get()
				.filter((alternate) => !alternate.startsWith('x-default '));
			expect(entries.get(publicUrl(site, page)), `/${page}`).toEqual(declared.sort());
		}
	});

	test('robots.txt allows crawling and names the sitemap index under the site and base', () => {
		const robots = readFileSync(`${site.outDir}robots.txt`, 'utf8');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
		const sitemap = robots.match(/^Sitemap: (.+)$/m)?.[1];
		expect(sitemap).toBe(publicUrl(site, 'sitemap-index.xml'));
		expect(fileForPath(site, new URL(sitemap!).pathname)).toBeDefined();
		// Every page links the sitemap index too; a page without the link fails.
		const links = indexable.map((page) => [page, loadPage(site, page)('link[rel="sitemap"]').attr('href')]);
		expect(links.length).toBeGreaterThanOrEqual(leastIndexable);
		expect(links.filter(([, href]) => href !== `${site.base}sitemap-index.xml`)).toEqual([]);
	});
});
