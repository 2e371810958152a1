import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distDir } from '../../support/paths';
import { subfolderBase, subfolderHostDir } from './global-setup';

/** A build on disk and the URL path it is served under. */
export interface BuiltSite {
	name: string;
	/** The folder holding the build's index.html. */
	outDir: string;
	/** The URL path the build is served under, with slashes on both ends. */
	base: string;
	/** The `--site` it was built with; canonical and sitemap URLs start with it. */
	site: string;
}

export const rootSite: BuiltSite = { name: 'dist/', outDir: distDir, base: '/', site: 'http://localhost:4321' };
export const subfolderSite: BuiltSite = {
	name: `--base ${subfolderBase}`,
	outDir: `${subfolderHostDir}kb/`,
	base: subfolderBase,
	site: 'https://example.org',
};

/**
 * Every HTML page a build wrote, as URL paths under its base: '' for the root chooser, 'fi/calm/' for
 * fi/calm/index.html, '404.html'. Read from the build itself, so new pages are covered as they land.
 */
export function builtPages(outDir: string): string[] {
	if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}: no build here (run \`npm run build\`)`);
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
		.sort();
}

/** The file a URL path under the build's base is served from, or undefined when a static host would 404. */
export function fileForPath(site: BuiltSite, pathname: string): string | undefined {
	if (!pathname.startsWith(site.base)) return undefined;
	const relative = decodeURIComponent(pathname.slice(site.base.length));
	const candidate = join(site.outDir, relative);
	if (!candidate.startsWith(site.outDir)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return pathname.endsWith('/') && existsSync(index) ? index : undefined;
}

const parsed = new Map<string, CheerioAPI>();

/** A built file's parsed HTML (cached: several gates read the same files). */
export function loadFile(file: string): CheerioAPI {
	let $ = parsed.get(file);
	if (!$) parsed.set(file, ($ = load(readFileSync(file, 'utf8'))));
	return $;
}

/** A built page's parsed HTML. */
export function loadPage(site: BuiltSite, page: string): CheerioAPI {
	const file = fileForPath(site, `${site.base}${page}`);
	if (!file) throw new Error(`${site.name}: no file for page "${page}"`);
	return loadFile(file);
}

/** The page's URL under the build's `--site`, as canonical links and the sitemap give it. */
export function publicUrl(site: BuiltSite, page: string): string {
	return new URL(`${site.base}${page}`, site.site).href;
}
