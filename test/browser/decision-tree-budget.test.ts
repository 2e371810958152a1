/**
 * Item 10: a tree page adds at most 16 KB gzip of JavaScript over a guidance page, and pages without
 * a tree load none of it. Measured on the built site by the same module the benchmark prints from.
 */
import { describe, expect } from 'vitest';
import { TREE_JS_LIMIT_BYTES, treeBudget } from '../../scripts/bench/trees.mjs';
import { pageWeight } from '../../scripts/bench/weight';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { browser, site, test } from './support/harness';
import { treePage } from './support/trees';

// The benchmark's measure opens its own pages (measured, not watched), in the run's one browser.
const { origin, outDir: distDir } = site('shipped');

describe('the decision trees\' JavaScript budget', () => {
	test.each(localeCodes)('every tree page in %s adds at most 16 KB gzip over a guidance page', (locale) => {
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		for (const tree of treeIds) {
			const result = treeBudget(distDir, { treePage: `${treePage(tree, locale, '')}index.html`, guidancePage: `${locale}/calm/index.html` });
			// The tree's own script is found, so the measurement cannot pass by missing it.
			expect(result.addedFiles.some((file: string) => file.includes('DecisionTree')), tree).toBe(true);
			expect(result.addedBytesGzip, tree).toBeLessThanOrEqual(TREE_JS_LIMIT_BYTES);
		}
	});

	test('no built page without a tree loads any of its scripts', () => {
		expect(treeBudget(distDir).pagesWithoutTreeLoadingIt).toEqual([]);
	});

	// In the browser, each tree once, in each edition in turn (every tree and edition is in the measure
	// from the build above): the browser's count is the check that the build's reading is the one loaded.
	const loaded = treeIds.map((tree, index) => ({ tree, locale: localeCodes[index % localeCodes.length]! }));
	test.concurrent.for(localeCodes)('loaded in Chromium, its %s trees add some JavaScript, and at most 16 KB gzip, over a guidance page', async (locale, { expect }) => {
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		expect(new Set(loaded.map(({ locale }) => locale)).size).toBe(localeCodes.length);
		// The benchmark's own measure: every script the page requests until the network is idle, gzipped.
		const chromium = await browser();
		const guidance = await pageWeight(chromium, origin, `/${locale}/calm/`);
		for (const { tree } of loaded.filter((entry) => entry.locale === locale)) {
			const added = (await pageWeight(chromium, origin, treePage(tree, locale))).js - guidance.js;
			expect(added, tree).toBeGreaterThan(0);
			expect(added, tree).toBeLessThanOrEqual(TREE_JS_LIMIT_BYTES);
		}
	});

	test('in the browser, a guidance page requests no tree script and a tree page does', async ({ newPage }) => {
		const { page } = await newPage(origin);
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		await page.goto(`${origin}/fi/calm/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => url.includes('DecisionTree'))).toEqual([]);
		await page.goto(`${origin}/fi/decide/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => url.includes('DecisionTree'))).toHaveLength(1);
	});
});
