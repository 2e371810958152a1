/**
 * Starlight route middleware for what search engines and link previews read in each page's head.
 * - The 404 page is not a page of the site: no canonical address or language alternates (Starlight
 *   would point them at /404/ and /<lang>/404/, which do not exist), and it asks not to be indexed.
 * - Without a preview image, a link preview is the small "summary" card.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

type HeadEntry = { tag: string; attrs?: Record<string, string | boolean | undefined>; content?: string };

const addressesOfAPage = (entry: HeadEntry) =>
	(entry.tag === 'link' && (entry.attrs?.rel === 'canonical' || entry.attrs?.rel === 'alternate')) ||
	(entry.tag === 'meta' && entry.attrs?.property === 'og:url');

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	let head: HeadEntry[] = route.head.map((entry) =>
		entry.tag === 'meta' && entry.attrs?.name === 'twitter:card' ? { ...entry, attrs: { ...entry.attrs, content: 'summary' } } : entry,
	);
	if (route.entry.id === '404') {
		head = head.filter((entry) => !addressesOfAPage(entry));
		head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	}
	route.head = head as typeof route.head;
});
