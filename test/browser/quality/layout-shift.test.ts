import { describe } from 'vitest';
import { builtPages } from '../support/built-site';
import { site, test } from '../support/harness';

// Nothing moves once a page has painted: scripts that enhance a page (decision trees, search, the
// language and update notices) must find it laid out as they leave it. Lighthouse counts shifts
// against the performance target; this names the element that moved (the trees once moved 0.065). Every page whose layout a
// script changes (all tree pages), plus each edition's home page and a guidance page, on a phone, each
// a first visit in a fresh browser context, a few at a time.
const shipped = site('shipped');
const pages = builtPages(shipped.outDir);
const checked = pages.filter(
	(path) => path === '' || path === '404.html' || /^[a-z]{2}\/$/.test(path) || /^[a-z]{2}\/(decide\/.*|calm\/|resolve\/)$/.test(path),
);

interface Shift {
	value: number;
	moved: string[];
}

test('checks the chooser, the 404 page and each edition\'s home, guidance and tree pages', ({ expect }) => {
	// Per edition: home, calm, resolve, the trees' overview and its six trees.
	expect(checked.length).toBeGreaterThanOrEqual(2 + 4 * 9);
	expect(checked).toEqual(expect.arrayContaining(['', '404.html', 'fi/', 'hr/calm/', 'bg/decide/', 'ms/decide/boundaries/']));
});

describe.concurrent('no layout shift on a phone', () => {
	test.for(checked)('/%s', async (path, { expect, newPage }) => {
		const { page } = await newPage(shipped.origin, { viewport: { width: 412, height: 823 } });
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
		await page.goto(shipped.url(path), { waitUntil: 'networkidle' });
		// Two frames after load, for anything a script scheduled then (no fixed wait: the frames are the events).
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
		// A hair's breadth (an icon nudged by a sub-pixel) is noise; a block that moves is not.
		expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.001);
	});
});
