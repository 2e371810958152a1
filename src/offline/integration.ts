/**
 * After the build (and after Starlight's search index), writes one service worker per edition built with
 * Workbox: <base><locale>/sw.js precaches that edition (see precache.ts) and serves it with no network.
 * A new build changes the file revisions, so browsers install the new worker beside the old one; the page
 * then offers to switch (src/components/Banner.astro).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import type { Locale } from '../locales';
import { precachePatterns, serviceWorkerFile } from './precache';

export async function writeServiceWorker(distDir: string, locale: Locale, extraFiles: string[] = []) {
	const { count, size, warnings } = await generateSW({
		globDirectory: distDir,
		globPatterns: precachePatterns(distDir, locale, extraFiles),
		globIgnores: ['**/sw.js'],
		swDest: `${distDir}${serviceWorkerFile(locale)}`,
		// The manifest lists paths from the site's base; the worker sits one folder down and resolves them from there.
		modifyURLPrefix: { '': '../' },
		// Hashed file names need no revision of their own.
		dontCacheBustURLsMatching: /^\.\.\/(_astro|pagefind\/(index|fragment))\/|\.pf_meta$/,
		// A static site answers the same whatever the query (e.g. a tree step in ?step=), so match without it.
		ignoreURLParametersMatching: [/.*/],
		cacheId: `kb-${locale}`,
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		// A new version waits until the reader chooses to load it, so a page never changes under them.
		skipWaiting: false,
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
	});
	if (warnings.length) throw new Error(`${serviceWorkerFile(locale)}: ${warnings.join('; ')}`);
	return { count, size };
}

export function offlineServiceWorkers(options: { editions: readonly Locale[]; extraFiles?: string[] }): AstroIntegration {
	return {
		name: 'offline-service-workers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				for (const locale of options.editions) {
					const { count, size } = await writeServiceWorker(distDir, locale, options.extraFiles);
					logger.info(`${serviceWorkerFile(locale)}: ${count} files, ${Math.round(size / 1024)} KiB for offline use`);
				}
			},
		},
	};
}
