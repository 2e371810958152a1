/**
 * The printable pocket card (issue 8, item 4): a page in every language, reachable from the sidebar,
 * with who to call and a QR code for every tree. Each code is rendered by the browser, photographed and
 * decoded (jsQR): it must give the tree's full address on the configured site and folder, the one
 * printed beside it, and that address must open the tree.
 */
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import organisation from '../../src/config/organisation';
import { localeCodes } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { treePageSlug } from '../../src/machines/view';
import { interfaceStrings } from '../support/site';
import { launchBrowser, openPage } from './support/browser';

const builds = [
	{ name: 'at the root', origin: inject('siteOrigin'), base: '/', site: 'http://localhost:4321' },
	{ name: 'under /kb/', origin: inject('subfolderOrigin'), base: '/kb/', site: 'https://example.org' },
];
let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** What each QR code on the page says, read from a screenshot of it. */
async function decodedCodes(page: Page): Promise<Array<{ tree: string; decoded: string | undefined; printed: string }>> {
	const found = [];
	for (const item of await page.locator('[data-pocket-tree]').all()) {
		const png = PNG.sync.read(await item.locator('svg.qr').screenshot());
		const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		const shown = await item.locator('[data-qr-address]').isVisible();
		// On screen the address is shown under the link; on paper it is printed after it.
		const printed = shown ? await item.locator('[data-qr-address]').textContent() : await item.locator('a').evaluate((a) => getComputedStyle(a, '::after').content);
		found.push({ tree: (await item.getAttribute('data-pocket-tree'))!, decoded: code?.data, printed: printed!.trim().replace(/^" \((.*)\)"$/, '$1') });
	}
	return found;
}

describe.each(builds)('the pocket card, site built $name', ({ origin, base, site }) => {
	test.each(localeCodes)('%s: reachable from the sidebar; who to call; every QR code decodes to its tree on the configured site', async (locale) => {
		const strings = interfaceStrings(locale);
		const { page, watch } = await openPage(browser, origin);
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto(`${origin}${base}${locale}/`);
		await Promise.all([page.waitForURL(`${origin}${base}${locale}/pocket-card/`), page.locator(`nav.sidebar a[href$="/${locale}/pocket-card/"]`).click()]);
		expect(await page.textContent('.pocket-card')).toContain(organisation.escalation.role[locale]);
		expect(await page.textContent('.pocket-card')).toContain(organisation.escalation.contact[locale]);
		expect(await page.textContent('.pocket-card')).toContain(strings['pocketCard.intro']);

		const codes = await decodedCodes(page);
		const expected = treeIds.map((tree) => `${site}${base}${locale}/${treePageSlug(tree)}/`);
		expect(codes.map((code) => code.tree)).toEqual([...treeIds]);
		expect(codes.map((code) => code.decoded)).toEqual(expected);
		expect(codes.map((code) => code.printed)).toEqual(expected);

		// The address in the code opens the tree (here on the test server instead of the configured site).
		for (const [index, tree] of treeIds.entries()) {
			await page.goto(expected[index]!.replace(site, origin));
			expect(await page.locator(`[data-tree="${tree}"]`).count(), tree).toBe(1);
		}
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await page.context().close();
	});
});

test('printed, the card shows every code and no navigation, and the codes still decode', async () => {
	const [{ origin }] = builds;
	const { page } = await openPage(browser, origin!);
	await page.goto(`${origin}/bg/pocket-card/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
	const codes = await decodedCodes(page);
	expect(codes).toHaveLength(treeIds.length);
	for (const code of codes) expect(code.decoded).toBe(code.printed);
	expect((await page.pdf()).byteLength).toBeGreaterThan(1000);
	await page.context().close();
});
