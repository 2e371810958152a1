/**
 * The harness every browser test runs on (support/harness.ts) watches what it claims to: each kind of
 * trouble is caught, an allowed kind is not, a shared page is watched too, and a page is closed when its
 * test ends, even a failed one.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { browser, openSharedPage, PagePool, sharedTrouble, site, test, type OpenedPage } from './support/harness';

const shipped = site('shipped');
const everyKind = ['consoleErrors', 'cspViolations', 'foreignRequests', 'pageErrors'];

/** Makes a page do each kind of trouble: a console error, an uncaught error, a foreign request, a CSP violation. */
async function misbehave(page: Page) {
	await page.evaluate(() => {
		console.error('a console error');
		setTimeout(() => {
			throw new Error('an uncaught error');
		});
		const image = document.createElement('img');
		image.src = 'https://elsewhere.example/pixel.png';
		document.body.append(image);
		const script = document.createElement('script');
		script.textContent = 'window.__inline = 1';
		document.body.append(script);
	});
}

/** The kinds of trouble found, polling until each kind has shown up (the page reports them as they happen). */
async function kindsOf(take: () => string[]): Promise<{ kinds: string[]; lines: string }> {
	const found: string[] = [];
	await expect.poll(() => [...new Set((found.push(...take()), found).map((line) => line.split(':')[0]))].sort()).toEqual(everyKind);
	return { kinds: everyKind, lines: found.join('\n') };
}

describe('the browser harness', () => {
	test('reports each kind of trouble a page has, naming the page', async ({ openPage, watchedPages }) => {
		const { page } = await openPage(shipped.url('fi/calm/'));
		await misbehave(page);
		const { lines } = await kindsOf(() => watchedPages[0]!.trouble());
		expect(lines).toContain(shipped.url('fi/calm/'));
		expect(lines).toContain('https://elsewhere.example/pixel.png');
	});

	test('leaves out what the page is allowed, each kind by name', async ({ openPage, watchedPages }) => {
		const because = 'this test makes them';
		const { page, watch } = await openPage(shipped.url('fi/calm/'), {
			allow: { consoleErrors: because, pageErrors: because, foreignRequests: because, cspViolations: because },
		});
		await misbehave(page);
		await expect.poll(() => Object.values(watch).every((list) => list.length > 0)).toBe(true);
		expect(watchedPages[0]!.trouble()).toEqual([]);
	});

	test('refuses an allowance without a reason', async ({ newPage }) => {
		await expect(newPage(shipped.origin, { allow: { consoleErrors: ' ' } })).rejects.toThrow(/allow\.consoleErrors needs .* a reason/);
	});

	let leftOpen: BrowserContext | undefined;
	test.fails('(a test that fails on purpose, with a page open)', async ({ openPage }) => {
		leftOpen = (await openPage(shipped.url())).context;
		expect('this test').toBe('failing');
	});

	test('closes the page of a failed test', async () => {
		expect(leftOpen).toBeDefined();
		expect((await browser()).contexts()).not.toContain(leftOpen);
		expect(leftOpen!.pages()).toEqual([]);
	});
});

describe('a page shared by the tests of a file', () => {
	let shared: OpenedPage;
	beforeAll(async () => (shared = await openSharedPage(shipped.url('hr/'))));

	test('is watched as well', async () => {
		await misbehave(shared.page);
		const { lines } = await kindsOf(sharedTrouble);
		expect(lines).toContain(shipped.url('hr/'));
		// The blocked image reports again as it settles (its failed load is a console error too): let it, and
		// take that as well, so this test's trouble does not fail the next one's check.
		await shared.page.locator('img[src^="https://elsewhere.example/"]').evaluate((image: HTMLImageElement) => image.complete || new Promise((settled) => image.addEventListener('error', settled, { once: true })));
		await shared.page.waitForTimeout(500);
		sharedTrouble();
	});

	test('stays open for the next test', async () => {
		expect(await shared.page.getAttribute('html', 'lang')).toBe('hr');
	});
});

describe('a pool of pages lent to one test at a time', () => {
	const pool = new PagePool(shipped.origin, {}, 1);
	/** Makes the page misbehave and waits until each kind of trouble has been reported again. */
	async function troubled(page: Page, watch: OpenedPage['watch']) {
		const before = Object.values(watch).map((list) => list.length);
		await misbehave(page);
		await expect.poll(() => Object.values(watch).every((list, kind) => list.length > before[kind]!)).toBe(true);
	}

	test('fails the borrower whose page had trouble', async () => {
		const lent = pool.lend(async ({ page, watch }) => {
			await page.goto(shipped.url('fi/'));
			await troubled(page, watch);
		});
		await expect(lent).rejects.toThrow(/had trouble it does not allow[\s\S]*a console error/);
	});

	test('adds the trouble to a borrower\'s own failure, and lends the page on clean', async () => {
		const lent = pool.lend(async ({ page, watch }) => {
			await troubled(page, watch);
			throw new Error('the borrower failed');
		});
		await expect(lent).rejects.toThrow(/the borrower failed\n[\s\S]*cspViolations/);
		await pool.lend(async ({ trouble }) => expect(trouble()).toEqual([]));
	});
});
