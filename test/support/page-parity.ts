import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Page files (paths relative to the locale folder) under src/content/docs/<locale>/, per locale. */
export function pagesByLocale(docsDir: string, locales: readonly string[]): Record<string, string[]> {
	return Object.fromEntries(
		locales.map((locale) => {
			const dir = join(docsDir, locale);
			const files = readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
				.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
				.sort();
			return [locale, files];
		}),
	);
}

/** One message per page that some locale has and another lacks, naming the file and the locale. */
export function missingPages(pages: Record<string, string[]>): string[] {
	const all = [...new Set(Object.values(pages).flat())].sort();
	return Object.entries(pages).flatMap(([locale, files]) =>
		all
			.filter((file) => !files.includes(file))
			.map((file) => {
				const holders = Object.keys(pages).filter((other) => pages[other].includes(file));
				return `src/content/docs/${locale}/${file} is missing (locale "${locale}"; the page exists in ${holders.join(', ')})`;
			}),
	);
}
