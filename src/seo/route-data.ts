/**
 * Starlight route middleware for what search engines, link previews and phones read in each page's head:
 * without a preview image, a link preview is the small "summary" card; every page links its edition's
 * web app manifest (src/install/), which the build writes (so not under `astro dev`); a page with
 * `keywords` lists them for the search index. (The 404 page is not
 * Starlight's: src/pages/404.astro asks not to be indexed and names no address of its own.)
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { appIconFolder, appleTouchIcon, manifestFile } from '../install/app-files';
import { isLocale } from '../locales';

type HeadEntry = { tag: string; attrs?: Record<string, string | boolean | undefined>; content?: string };

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	const head: HeadEntry[] = route.head.map((entry) =>
		entry.tag === 'meta' && entry.attrs?.name === 'twitter:card' ? { ...entry, attrs: { ...entry.attrs, content: 'summary' } } : entry,
	);
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	if (isLocale(route.locale) && !import.meta.env.DEV)
		head.push(
			{ tag: 'link', attrs: { rel: 'manifest', href: `${base}${manifestFile(route.locale)}` } },
			{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}${appIconFolder}${appleTouchIcon.file}` } },
		);
	// The words staff type for this page (frontmatter `keywords`), read by the site's search index.
	const keywords = (route.entry.data as { keywords?: string[] }).keywords ?? [];
	if (keywords.length > 0) head.push({ tag: 'meta', attrs: { name: 'keywords', content: keywords.join(', ') } });
	route.head = head as typeof route.head;
});
