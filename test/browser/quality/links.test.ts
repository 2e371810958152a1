import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { variants } from '../../support/variants';
import { builtPages, fileForPath, forwardingPages, loadFile, loadPage, publicUrl, type BuiltSite } from '../support/built-site';

// Every address a built page names, checked against the files a static host would serve: links and
// their #anchors, stylesheets, scripts, images, icons, canonical and alternate addresses.
const addressAttributes = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[src]', 'src'],
	['iframe[src]', 'src'],
	['form[action]', 'action'],
	['meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content'],
] as const;

/** Elements that load something when the page renders (a link elsewhere is only followed on a click). */
const loadsResource = (selector: string) => !selector.startsWith('a[') && !selector.startsWith('area[') && !selector.startsWith('form[');

function idsOf($: CheerioAPI): Set<string> {
	return new Set([...$('[id]').map((_, el) => $(el).attr('id')!), ...$('a[name]').map((_, el) => $(el).attr('name')!)]);
}

/** Problems with one page's addresses, each naming the page, the element and the address. */
function brokenAddresses(site: BuiltSite, page: string, $ = loadPage(site, page)): string[] {
	const pageUrl = new URL(publicUrl(site, page));
	const problems: string[] = [];
	for (const [selector, attribute] of addressAttributes) {
		$(selector).each((_, element) => {
			const value = $(element).attr(attribute)!.trim();
			const where = `${site.name} /${page}: <${element.tagName} ${attribute}="${value}">`;
			if (/^(mailto|tel):/i.test(value)) return;
			let url: URL;
			try {
				url = new URL(value, pageUrl);
			} catch {
				problems.push(`${where}: not a valid address`);
				return;
			}
			if (url.origin !== pageUrl.origin) {
				if (loadsResource(selector)) problems.push(`${where}: loads from another origin`);
				return;
			}
			const file = fileForPath(site, url.pathname);
			if (!file) {
				problems.push(`${where}: no such file under ${site.base}`);
				return;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && file.endsWith('.html') && !idsOf(url.pathname === pageUrl.pathname ? $ : loadFile(file)).has(fragment)) {
				problems.push(`${where}: no element with id "${fragment}"`);
			}
		});
	}
	return problems;
}

const shipped = variants.find((variant) => variant.name === 'shipped')!;

test('there are builds to check: the shipped one and its test variants', () => {
	expect(variants.map((variant) => variant.name)).toEqual(expect.arrayContaining(['shipped', 'subfolder', 'alternative-settings', 'two-editions', 'single-edition']));
});

describe.each(variants)('the build $name', (site) => {
	const pages = builtPages(site.outDir);
	// Forwarding pages too: a single-edition build's root is one, and old addresses must lead somewhere.
	const forwarding = forwardingPages(site.outDir);
	test('covers the whole build: the chooser (with several editions), the 404 page and every edition built', () => {
		const editionPages = site.editions.flatMap((edition) => [`${edition}/`, `${edition}/decide/compensating/`]);
		expect(pages).toEqual(expect.arrayContaining([...(site.editions.length > 1 ? [''] : []), '404.html', ...editionPages]));
		expect(pages.length).toBeGreaterThanOrEqual(site.editions.length * 19);
		if (site.editions.length === 1) expect(forwarding).toContain('');
	});

	test.each([...pages, ...forwarding])('/%s links only to files and anchors that exist', (page) => {
		expect(brokenAddresses(site, page)).toEqual([]);
	});
});

describe('the link check', () => {
	test('reports a missing page, a missing anchor and a script from another origin', () => {
		const $ = load(loadPage(shipped, 'fi/').html());
		$('body').append('<a href="../fi/no-such-page/">x</a><a href="#no-such-anchor">y</a><script src="https://cdn.example.com/x.js"></script>');
		const problems = brokenAddresses(shipped, 'fi/', $).join('\n');
		expect(problems).toContain('href="../fi/no-such-page/">: no such file');
		expect(problems).toContain('no element with id "no-such-anchor"');
		expect(problems).toContain('src="https://cdn.example.com/x.js">: loads from another origin');
	});
});
