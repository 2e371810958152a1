import type { Locale } from '../../src/locales';
import { readFrontmatter } from './frontmatter';
import { pagesByLocale } from './page-parity';
import { docsDir } from './paths';

/** The pages of a locale that cover each inventory id, as paths from the site root (`/fi/calm/`). */
export function pagesCovering(locale: Locale): Map<string, string[]> {
	const byId = new Map<string, string[]>();
	const files = pagesByLocale(docsDir, [locale])[locale]!;
	if (files.length === 0) throw new Error(`src/content/docs/${locale}/: no pages`);
	for (const file of files) {
		const { covers = [] } = readFrontmatter(`${docsDir}${locale}/${file}`) as { covers?: string[] };
		const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		const path = `/${locale}/${slug ? `${slug}/` : ''}`;
		for (const id of covers) byId.set(id, [...(byId.get(id) ?? []), path]);
	}
	return byId;
}
