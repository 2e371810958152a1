/**
 * Search figures for the benchmark, the site's search beside Starlight's default search on the same
 * pages: index size per locale, bytes a page loads, bytes fetched from opening the dialog to the first
 * results, and query time in headless Chromium (typing → results shown, each UI's own debounce
 * included: ours waits 120 ms, Pagefind's default UI 300 ms). Both sites are served as plain static
 * files, uncompressed.
 *
 * `npm run bench` calls `searchBench(context)` with the sites it built; `npm run bench:search` runs it
 * alone (building both sites) and prints a table.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { localeCodes, type Locale } from '../../src/locales.ts';
import { serveStatic } from '../../test/browser/support/static-server.ts';
import { typoRate as measureTypoRate } from '../../test/support/typo-rate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = join(root, 'tmp/bench/');

export interface SearchBenchRow {
	locale: Locale;
	engine: 'site search' | 'Starlight default';
	/** Pagefind index, fragments and metadata of this locale, in bytes. */
	indexBytes: number;
	/** Everything a page loads before anyone searches (the whole page, search code included). */
	pageLoadBytes: number;
	/** Bytes fetched from opening the dialog to the first results of the first query. */
	firstQueryBytes: number;
	/** Bytes fetched by the later queries (after the first), in all. */
	laterQueryBytes?: number;
	/** The site search only: share of the typo set (test/support/search-queries.ts) whose first result is the correct query's. */
	typoRate?: number;
	/** Typing → results shown for the first query, code and index still to load (ms). */
	firstQueryMs: number;
	/** Median typing → results shown once loaded (ms). */
	queryMs: number;
}

interface Variant {
	engine: SearchBenchRow['engine'];
	outDir: string;
	env: Record<string, string>;
	input: string;
	result: string;
}

const variants: Variant[] = [
	{ engine: 'site search', outDir: join(benchDir, 'site'), env: {}, input: 'site-search dialog input[type="search"]', result: 'a[data-search-result]' },
	{
		engine: 'Starlight default',
		outDir: join(benchDir, 'starlight'),
		env: { SEARCH_BASELINE: 'starlight' },
		input: '#starlight__search input',
		result: '.pagefind-ui__result-link',
	},
];

function build({ outDir, env }: Variant): void {
	execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ...env, NODE_ENV: 'production' },
	});
}

/** Bytes of the locale's part of a Pagefind bundle (its index and fragment chunks and metadata). */
function indexBytes(outDir: string, locale: Locale): number {
	const bundle = join(outDir, 'pagefind');
	return readdirSync(bundle, { recursive: true, encoding: 'utf8' })
		.filter((file) => new RegExp(`(^|/)(pagefind\\.)?${locale}_[^/]*\\.pf_(index|fragment|meta)$`).test(file))
		.reduce((sum, file) => sum + statSync(join(bundle, file)).size, 0);
}

/** The longest word of each page's heading: words certainly on the pages, so both engines find them. */
function queries(outDir: string, locale: Locale): string[] {
	const dir = join(outDir, locale);
	const words = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '')
		.map((title) => title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0] ?? '')
		.filter((word) => word.length >= 4);
	return [...new Set(words)].slice(0, 6);
}

/**
 * Counts response bytes (Content-Length, as the static server sends it) of every request the page and
 * its workers make: Pagefind fetches its WebAssembly and index from a worker.
 */
function countBytes(page: Page): { read: () => number; reset: () => void } {
	let bytes = 0;
	page.context().on('requestfinished', async (request) => {
		const response = await request.response();
		const length = Number(response?.headers()['content-length']);
		bytes += Number.isFinite(length) ? length : (await request.sizes()).responseBodySize;
	});
	return { read: () => bytes, reset: () => (bytes = 0) };
}

/** Types a query the way a person does (an input event) and times it until a result shows. */
function timeQuery(page: Page, variant: Variant, query: string): Promise<number> {
	return page.evaluate(
		async ({ query, input, result }) => {
			const field = document.querySelector<HTMLInputElement>(input)!;
			const until = (done: () => boolean) =>
				new Promise<void>((resolve) => {
					const check = () => (done() ? resolve() : requestAnimationFrame(check));
					check();
				});
			field.value = '';
			field.dispatchEvent(new Event('input', { bubbles: true }));
			await until(() => !document.querySelector(result));
			const start = performance.now();
			field.value = query;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			await until(() => document.querySelector(result) !== null);
			return performance.now() - start;
		},
		{ query, input: variant.input, result: variant.result },
	);
}

async function measure(browser: Browser, origin: string, variant: Variant, locale: Locale): Promise<SearchBenchRow> {
	// Service workers blocked: the offline copy the site stores after a first visit is not search's cost.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const bytes = countBytes(page);
	await page.goto(`${origin}/${locale}/`, { waitUntil: 'networkidle' });
	const pageLoadBytes = bytes.read();
	bytes.reset();
	await page.locator('site-search button[data-open-modal]:not([disabled])').click();
	await page.locator(variant.input).waitFor();
	const [first, ...rest] = queries(variant.outDir, locale);
	const firstQueryMs = await timeQuery(page, variant, first);
	await page.waitForLoadState('networkidle');
	const firstQueryBytes = bytes.read();
	bytes.reset();
	const times: number[] = [];
	for (const query of [...rest, ...rest]) times.push(await timeQuery(page, variant, query));
	await page.waitForLoadState('networkidle');
	const laterQueryBytes = bytes.read();
	times.sort((a, b) => a - b);
	const typoRate = variant.engine === 'site search' ? (await measureTypoRate(page, locale)).rate : undefined;
	await context.close();
	return {
		locale,
		engine: variant.engine,
		indexBytes: indexBytes(variant.outDir, locale),
		pageLoadBytes,
		firstQueryBytes,
		laterQueryBytes,
		typoRate,
		firstQueryMs: Math.round(firstQueryMs),
		queryMs: Math.round(times[Math.floor(times.length / 2)]),
	};
}

/** The site's own search measured on a site already built into `outDir` and served at `origin` (the tests use it). */
export function measureSiteSearch(browser: Browser, origin: string, outDir: string, locale: Locale): Promise<SearchBenchRow> {
	return measure(browser, origin, { ...variants[0]!, outDir }, locale);
}

/** What `npm run bench` (scripts/bench/run.ts) hands over: its browser and the two sites it built and serves. */
export interface BenchContext {
	browser: Browser;
	site: { outDir: string; origin: string };
	/** A bare Starlight site with the same pages: Starlight's default search. */
	bare: { outDir: string; origin: string };
}

/**
 * Called by `npm run bench` with its sites: this site and the bare Starlight site with the same pages
 * are measured as they are served. Alone, it builds this site twice, with this search and with
 * Starlight's default (`SEARCH_BASELINE=starlight`), and measures both.
 */
export async function searchBench(context?: BenchContext): Promise<SearchBenchRow[]> {
	const rows: SearchBenchRow[] = [];
	if (context) {
		const [ours, starlight] = variants;
		for (const [variant, served] of [
			[{ ...ours!, outDir: context.site.outDir }, context.site],
			[{ ...starlight!, outDir: context.bare.outDir }, context.bare],
		] as const) {
			for (const locale of localeCodes) rows.push(await measure(context.browser, served.origin, variant, locale));
		}
		return rows.sort((a, b) => localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale));
	}
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		for (const variant of variants) {
			build(variant);
			const server = await serveStatic(variant.outDir);
			try {
				for (const locale of localeCodes) rows.push(await measure(browser, server.origin, variant, locale));
			} finally {
				await server.close();
			}
		}
	} finally {
		await browser.close();
	}
	return rows.sort((a, b) => localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	const rows = await searchBench();
	console.table(searchRatios(rows));
	console.table(
		rows.map((row) => ({
			locale: row.locale,
			engine: row.engine,
			index: kb(row.indexBytes),
			'page load': kb(row.pageLoadBytes),
			'first query fetch': kb(row.firstQueryBytes),
			'later queries fetch': kb(row.laterQueryBytes ?? 0),
			typos: row.typoRate === undefined ? '' : `${(row.typoRate * 100).toFixed(1)} %`,
			'first query ms': row.firstQueryMs,
			'query ms (median)': row.queryMs,
		})),
	);
}

/** Per locale: the site search's bytes over Starlight's default search's, for the first query and the later ones, and its typo rate. */
export function searchRatios(rows: SearchBenchRow[]) {
	return localeCodes.flatMap((locale) => {
		const ours = rows.find((row) => row.locale === locale && row.engine === 'site search');
		const theirs = rows.find((row) => row.locale === locale && row.engine === 'Starlight default');
		if (!ours || !theirs) return [];
		return [
			{
				locale,
				'first query bytes, site/default': +(ours.firstQueryBytes / theirs.firstQueryBytes).toFixed(2),
				'later queries bytes, site/default': +((ours.laterQueryBytes ?? 0) / Math.max(1, theirs.laterQueryBytes ?? 0)).toFixed(2),
				'typos: same first result': ours.typoRate === undefined ? '' : `${(ours.typoRate * 100).toFixed(1)} %`,
			},
		];
	});
}
