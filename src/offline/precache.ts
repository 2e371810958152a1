/**
 * What each language's service worker stores for offline use: every page and file of that language, the
 * shared scripts, styles and images, and that language's part of the search index. Another language's
 * pages and index stay on the server, so a phone on a poor network downloads one edition, not four.
 */
import { existsSync, readFileSync } from 'node:fs';
import { locales, type Locale } from '../locales';
import { vocabularyFile } from '../search/ui/typos';

/** Where a language's service worker lives, relative to the site's base; its scope is that folder. */
export const serviceWorkerFile = (locale: Locale) => `${locale}/sw.js`;

interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Glob patterns, relative to the built site's folder, of the files the `locale` edition needs offline. */
export function precachePatterns(distDir: string, locale: Locale, extraFiles: string[] = []): string[] {
	const entryFile = `${distDir}pagefind/pagefind-entry.json`;
	if (!existsSync(entryFile)) throw new Error(`${entryFile}: missing; the search index must be built before the service workers`);
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
	const lang = locales[locale].lang;
	const index = entry.languages[lang];
	if (!index) throw new Error(`${entryFile}: no search index for locale "${locale}" (lang "${lang}")`);
	return [
		`${locale}/**/*.{html,svg,png,webp,pdf,webmanifest}`,
		'_astro/**/*.{js,css,svg,png,webp,woff2}',
		'favicon.svg',
		'app-icons/*.png',
		...extraFiles,
		'pagefind/pagefind.js',
		'pagefind/pagefind-worker.js',
		'pagefind/pagefind-entry.json',
		`pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
		`pagefind/pagefind.${index.hash}.pf_meta`,
		`pagefind/index/${lang}_*.pf_index`,
		`pagefind/fragment/${lang}_*.pf_fragment`,
		// The words typos are corrected to (src/search/ui/typos.ts); a build with Starlight's own search
		// instead (the benchmark's baseline, SEARCH_BASELINE=starlight) has none.
		...(existsSync(`${distDir}pagefind/vocabulary/`) ? [`pagefind/${vocabularyFile(locale)}`] : []),
	];
}
