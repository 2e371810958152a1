/**
 * Starlight route middleware for what search engines and link previews read in each page's head:
 * without a preview image, a link preview is the small "summary" card. (The 404 page is not
 * Starlight's: src/pages/404.astro asks not to be indexed and names no address of its own.)
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

type HeadEntry = { tag: string; attrs?: Record<string, string | boolean | undefined>; content?: string };

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	const head: HeadEntry[] = route.head.map((entry) =>
		entry.tag === 'meta' && entry.attrs?.name === 'twitter:card' ? { ...entry, attrs: { ...entry.attrs, content: 'summary' } } : entry,
	);
	route.head = head as typeof route.head;
});
