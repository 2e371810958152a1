import { describe } from 'vitest';
import { pageBody } from '../support/page-structure';
import { docsDir } from '../support/paths';
import { interfaceStrings, localeCodes } from '../support/site';
import { axeViolations } from './support/axe';
import { site, test } from './support/harness';
import { openSearch, searchWithShortcut } from './support/search';

const { origin } = site('shipped');

/** The longest word of running text on the home page (no markup, imports or link targets): certainly indexed. */
function wordFromHomePage(locale: string): string {
	const body = pageBody(`${docsDir}${locale}/index.mdx`).replace(/<[^>]*>|\]\([^)]*\)/g, ' ');
	return body.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
}

describe.concurrent.each(localeCodes)('search in the %s edition', (locale) => {
	const strings = interfaceStrings(locale);

	test('opens with Ctrl+K and finds the home page, in this edition only', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/`);
		const results = await searchWithShortcut(page, wordFromHomePage(locale));
		// A result may point into a section of the page (`/fi/#heading`): compare pages, not anchors.
		expect(results.map((href) => new URL(href).pathname)).toContain(`/${locale}/`);
		expect(results.length).toBeGreaterThan(0);
		for (const href of results) expect(new URL(href).pathname.startsWith(`/${locale}/`), href).toBe(true);
	});

	test("finds nothing of another edition, even a word that edition's home page is sure to have", async ({ openPage, expect }) => {
		const other = localeCodes[(localeCodes.indexOf(locale) + 1) % localeCodes.length];
		const word = wordFromHomePage(other);
		// The word does find the other edition's home page there: the index has it.
		const { page } = await openPage(`${origin}/${other}/`);
		expect((await searchWithShortcut(page, word)).map((href) => new URL(href).pathname)).toContain(`/${other}/`);
		// Here, in this edition, the search finishes and says it found nothing.
		await page.goto(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		await dialog.locator('input[type="search"]').fill(word);
		await expect
			.poll(() => dialog.locator('[data-search-status]').textContent(), { timeout: 10_000 })
			.toBe(strings['pagefind.zero_results'].replace('[SEARCH_TERM]', word));
		expect(await dialog.locator('a[data-search-result]').count()).toBe(0);
	});

	test("speaks the edition's language: labels, result count, no results", async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/${locale}/`);
		const dialog = await openSearch(page);
		expect(await dialog.getAttribute('aria-label')).toBe(strings['search.label']);
		expect(await dialog.locator('input[type="search"]').getAttribute('aria-label')).toBe(strings['pagefind.search_label']);
		expect((await dialog.locator('button[data-close-modal]').textContent())?.trim()).toBe(strings['search.cancelLabel']);

		const status = dialog.locator('[data-search-status]');
		const nonsense = 'qxzqxzqxz';
		await dialog.locator('input[type="search"]').fill(nonsense);
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(strings['pagefind.zero_results'].replace('[SEARCH_TERM]', nonsense));

		const word = wordFromHomePage(locale);
		await dialog.locator('input[type="search"]').fill(word);
		await dialog.locator('a[data-search-result]').first().waitFor();
		const count = await dialog.locator('a[data-search-result]').count();
		const template = strings[count === 1 ? 'pagefind.one_result' : 'pagefind.many_results'];
		expect(await status.textContent()).toBe(template.replace('[SEARCH_TERM]', word).replace('[COUNT]', String(count)));
	});
});

describe.concurrent('the search dialog', () => {
	test('has no axe violations, and the button is named by its visible text', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/hr/`);
		const button = page.locator('site-search button[data-open-modal]');
		// Named by the label it shows ("Pretraži"); the shortcut it also shows is a hint, not its name.
		expect(await button.getAttribute('aria-label')).toBe(interfaceStrings('hr')['search.label']);
		expect((await button.innerText()).trim()).toBe(interfaceStrings('hr')['search.label']);
		expect(await button.locator('[data-keys]').evaluate((kbd) => getComputedStyle(kbd, '::before').content)).toBe(
			`"${interfaceStrings('hr')['search.ctrlKey']} K"`,
		);
		expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
		expect(await axeViolations(page)).toEqual([]);
		const mismatch = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
			const { violations } = await axe.run(document, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
			return violations.map((v) => v.id);
		});
		expect(mismatch).toEqual([]);

		const dialog = await openSearch(page);
		await dialog.locator('input[type="search"]').fill(wordFromHomePage('hr'));
		await dialog.locator('a[data-search-result]').first().waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('treats what is typed as text, never as HTML', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/fi/`);
		const dialog = await openSearch(page);
		const typed = '<img src=x onerror="window.injected=1"><b>rauha</b>';
		await dialog.locator('input[type="search"]').fill(typed);
		const status = dialog.locator('[data-search-status]');
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(typed);
		expect(await dialog.locator('img, b').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
	});

	test('Enter opens the first result; Escape closes the dialog', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/ms/calm/`);
		const dialog = await openSearch(page);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);

		await openSearch(page);
		const input = page.locator('site-search dialog[open] input[type="search"]');
		await input.fill(wordFromHomePage('ms'));
		const first = page.locator('site-search a[data-search-result]').first();
		await first.waitFor();
		const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
		await input.press('Enter');
		await page.waitForURL(href);
	});
});
