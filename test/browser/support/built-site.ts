import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Locale } from '../../../src/locales';
import type { SiteVariant } from '../../support/variants';

/** A build on disk: a site variant (test/support/variants.ts) or any folder written the same way. */
export type BuiltSite = Pick<SiteVariant, 'name' | 'outDir' | 'base' | 'site'>;

/** Whether a built HTML file is a forwarding page (src/stable-urls/redirect-pages.ts), not a page of the site. */
function forwards(file: string): boolean {
	return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 600));
}

/** Every HTML file a build wrote, as URL paths under its base ('' for index.html, 'fi/calm/', '404.html'). */
function htmlPaths(outDir: string): Array<{ path: string; file: string }> {
	if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir}: no build here (run \`npm run build:test-sites\`)`);
	return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
		.sort()
		.map((file) => ({
			path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
			file: join(outDir, file),
		}));
}

/**
 * Every page a build wrote, as URL paths under its base: '' for the root chooser, 'fi/calm/' for
 * fi/calm/index.html, '404.html'. Read from the build itself, so new pages are covered as they land;
 * forwarding pages at old addresses are not pages (see `forwardingPages`).
 */
export function builtPages(outDir: string): string[] {
	return htmlPaths(outDir)
		.filter(({ file }) => !forwards(file))
		.map(({ path }) => path);
}

/** The forwarding pages a build wrote at old addresses (src/stable-urls/redirects.ts), as URL paths under its base. */
export function forwardingPages(outDir: string): string[] {
	return htmlPaths(outDir)
		.filter(({ file }) => forwards(file))
		.map(({ path }) => path);
}

/** Every page of one edition: 'fi/', 'fi/calm/', …. */
export function editionPages(outDir: string, locale: Locale): string[] {
	return builtPages(outDir).filter((path) => path.startsWith(`${locale}/`));
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
