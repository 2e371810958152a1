import { describe } from 'vitest';
import { defaultLocale, localeCodes, localeFromLang } from '../../../src/locales';
import { interfaceStrings } from '../../support/site';
import { axeViolations, colourRules } from '../support/axe';
import { builtPages } from '../support/built-site';
import { englishIn, readerText } from '../support/english';
import { PagePool, site, test } from '../support/harness';

// Every page the build wrote, in each theme: no accessibility violation, no console error, no request
// to another origin, no Content-Security-Policy violation, and no English a reader can see. Pages are
// visited a few at a time.
const shipped = site('shipped');
const pages = builtPages(shipped.outDir);
/** Pages of src/layouts/Multilingual.astro (no Starlight, so no data-theme): their colours follow the scheme in CSS. */
const multilingual = ['', '404.html'];

/** The relative luminance of the page's background (0 black, 1 white). */
const backgroundLuminance = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+(\.\d+)?/g)!.map(Number);
		const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
		return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
	});

test('covers the whole build', ({ expect }) => {
	expect(pages).toEqual(expect.arrayContaining([...multilingual, 'fi/', 'ms/decide/compensating/']));
	expect(pages.length).toBeGreaterThanOrEqual(4 * 19 + 2);
});

// The light pass is a reader's visit to every page, offline workers and all (each pool page installs them,
// so a page that registers one waits until it is installed: its downloads end within the page's test),
// with every axe rule and the English check. The dark pass checks
// what the theme changes, colours: the axe rules that depend on them, on every page of one edition and the
// two shared pages (every edition has the same pages, components and stylesheets; only the words differ).
// It blocks the workers and their downloads, which would only repeat the light pass's work.
const darkEdition = defaultLocale;
const darkPages = pages.filter((path) => multilingual.includes(path) || path.startsWith(`${darkEdition}/`));
const passes = [
	{ theme: 'light', pages, serviceWorkers: 'allow', rules: undefined, english: true },
	{ theme: 'dark', pages: darkPages, serviceWorkers: 'block', rules: colourRules, english: false },
] as const;

test('the dark pass has every page of its edition', ({ expect }) => {
	expect(darkPages.length).toBeGreaterThanOrEqual(19 + multilingual.length);
	for (const locale of localeCodes) expect(pages.filter((path) => path.startsWith(`${locale}/`)).map((path) => path.slice(locale.length))).toEqual(darkPages.filter((path) => path.startsWith(`${darkEdition}/`)).map((path) => path.slice(darkEdition.length)));
});

describe.each(passes)('every built page in the $theme theme', ({ theme, pages, serviceWorkers, rules, english }) => {
	const pool = new PagePool(shipped.origin, { colorScheme: theme, serviceWorkers });

	describe.concurrent('', () => {
		test.for([...pages])('/%s', async (path, { expect }) =>
			pool.lend(async ({ page, trouble }) => {
				// The chooser sends a returning reader on to their language; this gate checks the chooser itself.
				if (page.url().startsWith(shipped.origin)) await page.evaluate(() => localStorage.removeItem('kb:locale'));
				const response = await page.goto(shipped.url(path));
				expect(response?.status(), 'status').toBe(200);
				if (serviceWorkers === 'allow' && (await page.locator('[data-service-worker]').count()) > 0)
					expect(await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => 'installed'), new Promise((resolve) => setTimeout(() => resolve('not installed within 30 s'), 30_000))])), 'offline worker').toBe('installed');
				expect(page.url(), 'address').toBe(shipped.url(path));
				// A theme that did not apply would let the other theme's contrast go untested: Starlight's pages
				// must carry it in data-theme (its absence fails too), the two others must be painted in it.
				if (multilingual.includes(path)) {
					expect(await page.getAttribute('html', 'data-theme'), 'theme').toBeNull();
					expect(await backgroundLuminance(page), 'background luminance').toSatisfy((l: number) => (theme === 'dark' ? l < 0.1 : l > 0.8));
				} else expect(await page.getAttribute('html', 'data-theme'), 'theme').toBe(theme);
				// The language chooser and the shared 404 page are in the default language.
				const locale = localeFromLang((await page.getAttribute('html', 'lang')) ?? '') ?? defaultLocale;
				// One comparison, so a failing page reports every gate it breaks (console errors, uncaught
				// errors, requests to other origins and CSP violations are the harness's "trouble").
				expect({
					axeViolations: await axeViolations(page, 'document', rules ? [...rules] : undefined),
					english: english ? englishIn(await readerText(page), interfaceStrings(locale)) : [],
					trouble: trouble(),
				}).toEqual({ axeViolations: [], english: [], trouble: [] });
			}),
		);
	});
});
