import type { APIRoute } from 'astro';

/**
 * Lets crawlers index every page and points them to the sitemap under the configured site and base.
 * Crawlers read robots.txt only at a host's root: a site hosted in a subfolder copies these lines there.
 */
export const GET: APIRoute = ({ site }) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const sitemap = site ? new URL(`${base}sitemap-index.xml`, site).href : `${base}sitemap-index.xml`;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
