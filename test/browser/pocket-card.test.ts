/**
 * The printable pocket card (issue 8, item 4; issue 16, item 6): a page in every language, reachable from
 * the sidebar, with the emergency number, alarm and reporting route, who to call and a QR code for every
 * tree, the safety tree's first. On screen each code is photographed and decoded (jsQR): it must give the
 * tree's full address on the configured site and folder, the one printed beside it, and that address
 * must open the tree. Printed, Chromium's PDF is rasterised (poppler's pdftoppm) and read like paper:
 * one A4 sheet, cards of at most A6 between cut lines, every code still decoding, the emergency number
 * the largest text on the sheet and the first thing on the safety card.
 */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect } from 'vitest';
import organisation from '../../src/config/organisation';
import { localeCodes, type Locale } from '../../src/locales';
import { treeIds } from '../../src/machines';
import { treePageSlug } from '../../src/machines/view';
import { interfaceStrings } from '../support/site';
import { site as servedSite, test } from './support/harness';
import { cutLines, PrintedPdf, qrCodes } from './support/pdf';

/** The card order: the safety tree on the first card, the others after it in their usual order. */
const cardOrder = ['safety', ...treeIds.filter((tree) => tree !== 'safety')];
const A6 = { width: 105, height: 148 };

const builds = [
	{ where: 'at the root', ...servedSite('shipped'), printed: localeCodes },
	// Under /kb/ only the addresses change, which the card on screen decodes in every edition: one printed.
	{ where: 'under /kb/', ...servedSite('subfolder'), printed: ['bg'] as Locale[] },
];

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

describe.concurrent.each(builds)('the pocket card, site built $where', ({ origin, base, site }) => {
	test.for(localeCodes)('%s: reachable from the sidebar; who to call; every QR code decodes to its tree on the configured site', async (locale, { openPage, expect }) => {
		const strings = interfaceStrings(locale);
		const { page } = await openPage(`${origin}${base}${locale}/`, { viewport: { width: 1200, height: 900 } });
		await Promise.all([page.waitForURL(`${origin}${base}${locale}/pocket-card/`), page.locator(`nav.sidebar a[href$="/${locale}/pocket-card/"]`).click()]);
		expect(await page.textContent('.pocket-card')).toContain(organisation.escalation.role[locale]);
		// The safety card leads, its emergency number first and from the settings.
		const safetyCard = page.locator('[data-pocket-card]').first();
		expect(await safetyCard.getAttribute('data-pocket-card')).toBe('safety');
		expect(await safetyCard.locator('[data-safety-fact]').first().getAttribute('data-safety-fact')).toBe('emergencyNumber');
		expect((await safetyCard.locator('.safety-facts__number').textContent())?.trim()).toBe(organisation.safety.emergencyNumber[locale]);
		expect(await safetyCard.textContent()).toContain(organisation.safety.alarm![locale]!);
		expect(await safetyCard.textContent()).toContain(organisation.safety.reportingRoute[locale]);
		expect(await page.textContent('.pocket-card')).toContain(organisation.escalation.contact[locale]);
		expect(await page.textContent('.pocket-card')).toContain(strings['pocketCard.intro']);

		const codes = await decodedCodes(page);
		const expected = cardOrder.map((tree) => `${site}${base}${locale}/${treePageSlug(tree as never)}/`);
		expect(codes.map((code) => code.tree)).toEqual(cardOrder);
		expect(codes.map((code) => code.decoded)).toEqual(expected);
		expect(codes.map((code) => code.printed)).toEqual(expected);

		// The address in the code opens the tree (here on the test server instead of the configured site).
		for (const [index, tree] of cardOrder.entries()) {
			await page.goto(expected[index]!.replace(site, origin));
			expect(await page.locator(`[data-tree="${tree}"]`).count(), tree).toBe(1);
		}
	});
});

test('printed, the card shows every code and no navigation, and the codes still decode', async ({ openPage }) => {
	const [{ origin }] = builds;
	const { page } = await openPage(`${origin}/bg/pocket-card/`);
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
	const codes = await decodedCodes(page);
	expect(codes).toHaveLength(treeIds.length);
	expect(treeIds.length).toBeGreaterThanOrEqual(6);
	for (const code of codes) expect(code.decoded).toBe(code.printed);
	expect((await page.pdf()).byteLength).toBeGreaterThan(1000);
});

describe.each(builds)('the printed pocket card, site built $where', ({ origin, base, site, printed }) => {
	test.for(printed)('%s: one A4 sheet of cards no larger than A6 between cut lines; every code decodes from the print; the emergency number first and largest', async (locale, { openPage }) => {
		const { page } = await openPage(`${origin}${base}${locale}/pocket-card/`);
		const pdf = new PrintedPdf(await page.pdf({ preferCSSPageSize: true }));
		try {
			const { pages, width, height } = pdf.info();
			expect({ pages, width: Math.round(width), height: Math.round(height) }, 'one A4 page').toEqual({ pages: 1, width: 210, height: 297 });

			// The cut lines, measured in the print: a grid of cards, each within A6.
			const raster = pdf.raster(1, 150);
			const { vertical, horizontal } = cutLines(raster);
			expect(vertical.length, `vertical cut lines at ${vertical.map((x) => x.toFixed(1)).join(', ')} mm`).toBeGreaterThanOrEqual(2);
			expect(horizontal.length, `horizontal cut lines at ${horizontal.map((y) => y.toFixed(1)).join(', ')} mm`).toBeGreaterThanOrEqual(2);
			const widths = vertical.slice(1).map((x, index) => x - vertical[index]!);
			const heights = horizontal.slice(1).map((y, index) => y - horizontal[index]!);
			expect(widths.length * heights.length, 'cards on the sheet').toBeGreaterThanOrEqual(4);
			for (const cardWidth of widths) {
				expect(cardWidth, 'card width (mm)').toBeGreaterThan(60);
				expect(cardWidth, 'card width (mm)').toBeLessThanOrEqual(A6.width);
			}
			for (const cardHeight of heights) {
				expect(cardHeight, 'card height (mm)').toBeGreaterThan(90);
				expect(cardHeight, 'card height (mm)').toBeLessThanOrEqual(A6.height);
			}

			// Every tree's code decodes from the print, to its address on the configured site.
			const codes = qrCodes(raster);
			const expected = cardOrder.map((tree) => `${site}${base}${locale}/${treePageSlug(tree as never)}/`);
			expect(codes.map((code) => code.data).sort()).toEqual([...expected].sort());

			// The first card (top left) holds the emergency number, the largest text on the sheet and above the
			// alarm and the reporting route, and the safety tree's code.
			const firstCard = (x: number, y: number) => x > vertical[0]! && x < vertical[1]! && y > horizontal[0]! && y < horizontal[1]!;
			const words = pdf.words();
			const number = words.find((word) => word.text === organisation.safety.emergencyNumber[locale])!;
			expect(number, `the emergency number ${organisation.safety.emergencyNumber[locale]} is printed`).toBeDefined();
			expect(firstCard(number.x, number.y), 'the emergency number is on the first card').toBe(true);
			for (const word of words) if (word !== number) expect(word.height, `"${word.text}" is printed larger than the emergency number`).toBeLessThan(number.height);
			const firstWordOf = (text: string) => words.find((word) => word.text === text.split(/\s+/)[0] && firstCard(word.x, word.y))!;
			for (const text of [organisation.safety.alarm![locale]!, organisation.safety.reportingRoute[locale], organisation.escalation.role[locale]]) {
				expect(firstWordOf(text), `"${text}" on the first card`).toBeDefined();
				expect(firstWordOf(text).y, `"${text}" below the emergency number`).toBeGreaterThan(number.y);
			}
			const safetyCode = codes.find((code) => code.data === expected[0])!;
			expect(firstCard(safetyCode.x, safetyCode.y), 'the safety tree\'s code is on the first card').toBe(true);
			const text = pdf.text().replace(/\s+/g, ' ');
			expect(text).toContain(organisation.escalation.contact[locale]);
			// Only the sheet prints: no page title, intro or site header.
			expect(text).not.toContain(interfaceStrings(locale)['pocketCard.intro'].slice(0, 30));
		} finally {
			pdf.close();
		}
	});
});
