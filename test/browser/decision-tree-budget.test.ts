/**
 * Item 10: a tree page adds at most 16 KB gzip of JavaScript over a guidance page, and pages without
 * a tree load none of it. Measured on the built site by the same module the benchmark prints from.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { TREE_JS_LIMIT_BYTES, treeBudget } from '../../scripts/bench/trees.mjs';
import { pageWeight } from '../../scripts/bench/weight';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { distDir } from '../support/paths';
import { launchBrowser, openPage } from './support/browser';
import { treePage } from './support/trees';

const origin = inject('siteOrigin');
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the decision trees\' JavaScript budget', () => {
	test.each(localeCodes)('every tree page in %s adds at most 16 KB gzip over a guidance page', (locale) => {
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

	test.each(localeCodes)('loaded in Chromium, every %s tree page adds some JavaScript, and at most 16 KB gzip, over a guidance page', async (locale) => {
		// The benchmark's own measure: every script the page requests until the network is idle, gzipped.
		const guidance = await pageWeight(browser, origin, `/${locale}/calm/`);
		for (const tree of treeIds) {
			const added = (await pageWeight(browser, origin, treePage(tree, locale))).js - guidance.js;
			expect(added, tree).toBeGreaterThan(0);
			expect(added, tree).toBeLessThanOrEqual(TREE_JS_LIMIT_BYTES);
		}
	});

	test('in the browser, a guidance page requests no tree script and a tree page does', async () => {
		const { page } = await openPage(browser, origin);
		const scripts: string[] = [];
		page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
		await page.goto(`${origin}/fi/calm/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => url.includes('DecisionTree'))).toEqual([]);
		await page.goto(`${origin}/fi/decide/`, { waitUntil: 'networkidle' });
		expect(scripts.filter((url) => url.includes('DecisionTree'))).toHaveLength(1);
		await page.context().close();
	});
});
