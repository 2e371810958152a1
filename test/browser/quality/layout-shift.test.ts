import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { builtPages, rootSite } from '../support/built-site';

// Nothing moves once a page has painted: scripts that enhance a page (decision trees, search, the
// language and update notices) must find it laid out as they leave it. Lighthouse counts shifts
// against the performance target; this names the element that moved (the trees once moved 0.065). Every page whose layout a
// script changes (all tree pages), plus each edition's home page and a guidance page, on a phone.
const origin = inject('siteOrigin');
const pages = builtPages(rootSite.outDir);
const checked = pages.filter(
	(path) => path === '' || path === '404.html' || /^[a-z]{2}\/$/.test(path) || /^[a-z]{2}\/(decide\/.*|calm\/|resolve\/)$/.test(path),
);

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

interface Shift {
	value: number;
	moved: string[];
}

describe('no layout shift on a phone', () => {
	test.each(checked)('/%s', async (path) => {
		const { page, watch } = await openPage(browser, origin);
		await page.setViewportSize({ width: 412, height: 823 });
		await page.addInitScript(() => {
			const shifts: Shift[] = [];
			(window as unknown as { __shifts: Shift[] }).__shifts = shifts;
			const describe = (node: Node | null) =>
				node instanceof Element ? `<${node.localName}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}>` : String(node?.nodeName);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; sources: { node: Node | null }[] }[])
					shifts.push({ value: entry.value, moved: entry.sources.map((source) => describe(source.node)) });
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
		// A frame for anything a script scheduled after load.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
		// A hair's breadth (an icon nudged by a sub-pixel) is noise; a block that moves is not.
		expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.001);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
