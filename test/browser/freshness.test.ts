import { describe, expect } from 'vitest';
import { type Locale, locales } from '../../src/locales';
import { readFrontmatter } from '../support/frontmatter';
import { pageFile } from '../support/page-files';
import { interfaceStrings, localeCodes } from '../support/site';
import { builtPages, loadPage } from './support/built-site';
import { site, test } from './support/harness';

const shipped = site('shipped');

/** The reviewed date in the frontmatter of a built page's source: 'fi/calm/' is fi/calm.mdx, 'fi/decide/' fi/decide/index.mdx. */
function reviewedOf(path: string): string {
	const [locale, ...slug] = path.replace(/\/$/, '').split('/');
	return String(readFrontmatter(pageFile(locale!, slug.join('/'))).reviewed);
}

/** "Content reviewed <date>" as the edition writes it. */
function reviewedLine(locale: Locale, date: string): string {
	const shown = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
	return interfaceStrings(locale)['review.reviewed'].replace('{{date}}', shown);
}

describe('when each page was reviewed', () => {
	test('dates are written the way each language writes them', () => {
		expect(reviewedLine('fi', '2026-11-25')).toBe('Sisältö tarkistettu 25. marraskuuta 2026');
		expect(reviewedLine('hr', '2026-11-25')).toBe('Sadržaj provjeren 25. studenoga 2026.');
		expect(reviewedLine('bg', '2026-11-25')).toBe('Съдържанието е проверено на 25 ноември 2026 г.');
		expect(reviewedLine('ms', '2026-11-25')).toBe('Kandungan disemak pada 25 November 2026');
	});

	test.each(localeCodes)('every %s page shows its frontmatter date at its foot', (locale) => {
		const pages = builtPages(shipped.outDir).filter((path) => path.startsWith(`${locale}/`));
		expect(pages.length).toBeGreaterThanOrEqual(19);
		for (const path of pages) {
			const reviewed = reviewedOf(path);
			const $ = loadPage(shipped, path);
			const line = $('footer [data-reviewed]');
			expect(line.length, path).toBe(1);
			expect(line.find('time').attr('datetime'), path).toBe(reviewed);
			expect(line.text().replace(/\s+/g, ' ').trim(), path).toBe(reviewedLine(locale, reviewed));
		}
	});
});

describe.concurrent('a reader sees when the page was reviewed', () => {
	const cases = localeCodes.flatMap((locale) => [true, false].map((javaScriptEnabled) => ({ locale, javaScriptEnabled })));
	test('in every edition, with JavaScript and without', () => {
		expect(cases.length).toBe(2 * localeCodes.length);
	});
	test.for(cases)('$locale (JavaScript: $javaScriptEnabled)', async ({ locale, javaScriptEnabled }, { openPage, expect }) => {
		const { page } = await openPage(shipped.url(`${locale}/calm/`), { javaScriptEnabled });
		const line = page.locator('footer [data-reviewed]');
		expect(await line.isVisible()).toBe(true);
		expect((await line.innerText()).replace(/\s+/g, ' ').trim()).toBe(reviewedLine(locale, reviewedOf(`${locale}/calm/`)));
	});
});
