import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Locale } from '../locales';

/** The extensions Starlight's own docs loader reads. */
const extensions = 'markdown,mdown,mkdn,mkd,mdwn,md,mdx';

/**
 * Starlight's docs loader limited to the folders of the editions built (the `editions` setting):
 * Starlight builds every page the collection holds, so another edition's pages must not be in it.
 * Entry ids are the same as Starlight's (the glob loader's default, from the path under src/content/docs/).
 */
export function editionDocsLoader(editions: readonly Locale[]): Loader {
	const folders = editions.length === 1 ? editions[0] : `{${editions.join(',')}}`;
	return {
		name: 'edition-docs-loader',
		load: (context) =>
			glob({ base: new URL('content/docs/', context.config.srcDir), pattern: `${folders}/**/[^_]*.{${extensions}}` }).load(context),
	};
}
