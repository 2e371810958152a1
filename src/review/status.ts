/**
 * What `npm run review-status` reports: every edition's pages by how long ago their content was reviewed
 * (the frontmatter `reviewed`), and the translations that fell behind: a page whose review is older than
 * the last change to another edition's version of the same page.
 */
import { type Locale, localeCodes, locales } from '../locales.ts';

export interface PageReview {
	locale: Locale;
	/** File name under src/content/docs/<locale>/, e.g. "calm.mdx" or "decide/entry.mdx". */
	file: string;
	/** YYYY-MM-DD, or undefined when the frontmatter has none. */
	reviewed: string | undefined;
}

export interface BehindTranslation {
	page: PageReview;
	/** The other edition whose version changed after this one was reviewed, and when. */
	newer: { locale: Locale; changed: string };
}

const day = 86_400_000;
export const ageInDays = (date: string, today: string) => Math.round((Date.parse(today) - Date.parse(date)) / day);

/** Each edition's pages, oldest review first (pages without a date first of all). */
export function pagesByReviewAge(pages: PageReview[]): Map<Locale, PageReview[]> {
	const byLocale = new Map<Locale, PageReview[]>();
	for (const locale of localeCodes) {
		const own = pages.filter((page) => page.locale === locale);
		if (!own.length) continue;
		byLocale.set(
			locale,
			own.sort((a, b) => (a.reviewed ?? '').localeCompare(b.reviewed ?? '') || a.file.localeCompare(b.file)),
		);
	}
	return byLocale;
}

/**
 * Pages reviewed before another edition's version of the same file last changed (`lastChanged`: path
 * "<locale>/<file>" → YYYY-MM-DD). Each page is named once, with the latest such change.
 */
export function behindTranslations(pages: PageReview[], lastChanged: Map<string, string>): BehindTranslation[] {
	const behind: BehindTranslation[] = [];
	for (const page of pages) {
		let newer: BehindTranslation['newer'] | undefined;
		for (const other of localeCodes) {
			const changed = other === page.locale ? undefined : lastChanged.get(`${other}/${page.file}`);
			if (changed && (!page.reviewed || changed > page.reviewed) && (!newer || changed > newer.changed)) newer = { locale: other, changed };
		}
		if (newer) behind.push({ page, newer });
	}
	return behind.sort((a, b) => a.page.locale.localeCompare(b.page.locale) || a.page.file.localeCompare(b.page.file));
}

/** The report as `npm run review-status` prints it. */
export function formatReviewStatus(pages: PageReview[], lastChanged: Map<string, string>, today: string): string {
	const lines = [`Pages by review age, oldest first (today is ${today}):`];
	for (const [locale, own] of pagesByReviewAge(pages)) {
		lines.push('', `${locale} (${locales[locale].label}): ${own.length} ${own.length === 1 ? 'page' : 'pages'}`);
		for (const page of own)
			lines.push(page.reviewed ? `  ${page.reviewed}  ${String(ageInDays(page.reviewed, today)).padStart(4)} days  ${page.file}` : `  no review date        ${page.file}`);
	}
	const behind = behindTranslations(pages, lastChanged);
	lines.push('', `Translations reviewed before another edition's version last changed: ${behind.length}`);
	for (const { page, newer } of behind)
		lines.push(`  ${page.locale}/${page.file}: reviewed ${page.reviewed ?? 'never'}, ${newer.locale}/${page.file} changed ${newer.changed}`);
	return `${lines.join('\n')}\n`;
}
