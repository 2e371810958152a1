/**
 * The incident note (issue 16, item 7), against the built site: typing in it leaves local storage,
 * session storage, IndexedDB, cookies and the Cache Storage exactly as they were and makes no request
 * (every request of the context is watched, the service worker's too); leaving with text in it asks
 * first, and without text it does not; it saves as a text file built in the page; printed, every field is
 * a lined box holding what was typed; without JavaScript it is a blank form to print; axe in both themes.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { incidentFields } from '../../src/components/incident-note/fields';
import type { Locale } from '../../src/locales';
import { tmpDir } from '../support/paths';
import { interfaceStrings, localeCodes } from '../support/site';
import { axeViolations, colourRules } from './support/axe';
import { site, test } from './support/harness';

const { origin } = site('shipped');

const notePage = (locale: Locale) => `${origin}/${locale}/incident-note/`;
const typed = (field: string) => `${field}: ”Tiedän missä asut.” 14.20\nrivi kaksi`;

/** Everything a page could have kept: storage, databases, cookies and caches with their entries. */
async function kept(page: Page) {
	const inPage = await page.evaluate(async () => {
		const entries = (storage: Storage) => Object.fromEntries(Array.from({ length: storage.length }, (_, index) => [storage.key(index)!, storage.getItem(storage.key(index)!)]));
		const cacheEntries: Record<string, string[]> = {};
		for (const name of await caches.keys()) cacheEntries[name] = (await (await caches.open(name)).keys()).map((request) => request.url).sort();
		return {
			localStorage: entries(localStorage),
			sessionStorage: entries(sessionStorage),
			indexedDB: (await indexedDB.databases()).map((db) => `${db.name}@${db.version}`).sort(),
			documentCookie: document.cookie,
			caches: cacheEntries,
		};
	});
	return { ...inPage, cookies: await page.context().cookies() };
}

async function typeEverywhere(page: Page) {
	for (const { field } of incidentFields) {
		await page.locator(`#incident-${field}`).click();
		await page.keyboard.type(typed(field));
		// Enter in a field adds a line; it never sends the note anywhere.
		await page.keyboard.press('Enter');
	}
	await page.locator('main h1').click();
}

/** The same text in every field at once (one input event each): for tests of what is done with it. */
async function fillEverywhere(page: Page) {
	for (const { field } of incidentFields) await page.locator(`#incident-${field}`).fill(`${typed(field)}\n`);
}

describe.concurrent.each(localeCodes)('the %s incident note', (locale) => {
	const strings = interfaceStrings(locale);

	test('typing in it stores nothing anywhere and makes no request', async ({ openPage, expect }) => {
		// With its service worker, whose requests are watched too: a request elsewhere fails the test.
		const { page } = await openPage(notePage(locale), { serviceWorkers: 'allow', waitUntil: 'networkidle' });
		// The language's service worker stores the edition for offline use: wait until it has, so the
		// comparison sees only what typing could change.
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForLoadState('networkidle');
		const before = await kept(page);
		expect(Object.keys(before.caches).length, 'the offline cache is there to compare').toBeGreaterThan(0);
		const requests: string[] = [];
		page.context().on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
		await typeEverywhere(page);
		await page.waitForTimeout(500);
		expect(requests, 'requests while typing').toEqual([]);
		expect(await kept(page)).toEqual(before);
		expect(await page.locator('[data-incident-note] form, form:has([data-field])').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('');
		for (const { field } of incidentFields) expect(await page.locator(`#incident-${field}`).inputValue()).toBe(`${typed(field)}\n`);
	});

	test('leaving with text in it asks first; with none, it does not', async ({ openPage, expect }) => {
		const { page } = await openPage(notePage(locale), { viewport: { width: 1280, height: 800 } });
		const away = page.locator('nav.sidebar a[href$="/calm/"]').first();
		await page.locator('#incident-words').click();
		await page.keyboard.type('Tiedän missä asut');
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.type());
			await dialog.dismiss();
		});
		await away.click();
		await expect.poll(() => dialogs).toEqual(['beforeunload']);
		expect(page.url()).toBe(notePage(locale));
		expect(await page.locator('#incident-words').inputValue()).toBe('Tiedän missä asut');
		// Emptied, the note lets the reader go without asking.
		await page.locator('#incident-words').fill('');
		await page.locator('#incident-words').press('Backspace');
		await Promise.all([page.waitForURL(`${origin}/${locale}/calm/`), away.click()]);
		expect(dialogs).toEqual(['beforeunload']);
	});

	test('saves as a text file made in the page, with every label and what was typed', async ({ openPage, expect }) => {
		const { page } = await openPage(notePage(locale));
		await fillEverywhere(page);
		const requests: string[] = [];
		page.context().on('request', (request) => requests.push(request.url()));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: strings['incidentNote.save'], exact: true }).click()]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`^${strings['incidentNote.fileName']}-\\d{4}-\\d{2}-\\d{2}\\.txt$`, 'u'));
		expect(download.url()).toMatch(/^blob:/);
		// The browser is the run's shared one, reached remotely: the file is copied here to be read.
		const saved = `${tmpDir}incident-note-${locale}.txt`;
		await download.saveAs(saved);
		const text = readFileSync(saved, 'utf8');
		rmSync(saved, { force: true });
		expect(text.startsWith(`${strings['incidentNote.formLabel']}\n${strings['incidentNote.writtenAt']}: `)).toBe(true);
		for (const { field } of incidentFields) expect(text).toContain(`${strings[`incidentNote.${field}`]}\n${typed(field)}\n`);
		expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
		expect(await page.locator('[data-incident-status]').textContent()).toBe(strings['incidentNote.saved']);
	});

	test('printed, each field is a lined box holding what was typed, and the buttons stay off the paper', async ({ openPage, expect }) => {
		const { page } = await openPage(notePage(locale));
		await fillEverywhere(page);
		await page.emulateMedia({ media: 'print' });
		for (const { field, lines } of incidentFields) {
			const copy = page.locator(`[data-copy="${field}"]`);
			expect(await copy.isVisible(), field).toBe(true);
			expect(await copy.textContent()).toBe(`${typed(field)}\n`);
			expect(await copy.evaluate((element) => getComputedStyle(element).backgroundImage)).toContain('repeating-linear-gradient');
			const { height, lineHeight } = await copy.evaluate((element) => ({ height: element.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(element).lineHeight) }));
			expect(height, field).toBeGreaterThanOrEqual(lines * lineHeight);
			expect(await page.locator(`#incident-${field}`).isVisible()).toBe(false);
		}
		expect(await page.locator('[data-incident-actions]').isVisible()).toBe(false);
		expect((await page.pdf()).byteLength).toBeGreaterThan(1000);
	});

	test('without JavaScript it is a blank form to print: no buttons, how to print it, lined boxes on paper', async ({ openPage, expect }) => {
		const { page } = await openPage(notePage(locale), { javaScriptEnabled: false });
		expect(await page.locator('[data-incident-actions]').isVisible()).toBe(false);
		expect(await page.getByText(strings['incidentNote.noScript'], { exact: true }).isVisible()).toBe(true);
		for (const { field } of incidentFields) expect(await page.getByLabel(strings[`incidentNote.${field}`], { exact: true }).isVisible(), field).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByText(strings['incidentNote.noScript'], { exact: true }).isVisible()).toBe(false);
		for (const { field, lines } of incidentFields) {
			const copy = page.locator(`[data-copy="${field}"]`);
			expect(await copy.textContent()).toBe('');
			const { height, lineHeight, border } = await copy.evaluate((element) => ({
				height: element.getBoundingClientRect().height,
				lineHeight: parseFloat(getComputedStyle(element).lineHeight),
				border: getComputedStyle(element).borderTopStyle,
			}));
			expect({ field, border, tall: height >= lines * lineHeight }).toEqual({ field, border: 'solid', tall: true });
		}
	});

	test.for(['light', 'dark'] as const)('axe finds nothing in the %s theme, with text typed', async (theme, { openPage, expect }) => {
		const { page } = await openPage(notePage(locale), { colorScheme: theme });
		await fillEverywhere(page);
		// The note alone, with what was typed: the page around it is the every-page gate's (both themes). The
		// dark theme changes colours only: its pass runs the rules that depend on them.
		expect(await page.locator('[data-incident-note]').count()).toBe(1);
		expect(await axeViolations(page, '[data-incident-note]', theme === 'dark' ? colourRules : undefined)).toEqual([]);
	});
});
