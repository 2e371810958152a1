import type { AstroIntegration } from 'astro';
import type { Locale } from '../locales.ts';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build.ts';

/**
 * Builds the site's search index after the build, in place of Starlight's own Pagefind run: every
 * language analysed by its own stemmer (src/search/), decision-tree steps as results of their own.
 */
export default function searchIndex({ editions }: { editions: readonly Locale[] }): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const summaries = await buildSearchIndex(fileURLToPath(dir), editions);
				const counts = summaries.map(({ locale, pages, steps }) => `${locale} ${pages} pages, ${steps} steps`).join('; ');
				logger.info(`Search index built in ${Math.round(performance.now() - started)} ms: ${counts}.`);
			},
		},
	};
}
