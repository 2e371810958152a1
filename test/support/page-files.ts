import { existsSync } from 'node:fs';
import { readFrontmatter } from './frontmatter';
import { docsDir } from './paths';

/**
 * The source file of a page slug in a locale: `calm` is calm.mdx, `decide` is decide/index.mdx, and
 * `index` (or `./`) the edition's home. Throws naming both candidates when the page does not exist.
 */
export function pageFile(locale: string, slug: string): string {
	const name = slug === './' || slug === '' ? 'index' : slug.replace(/\/$/, '');
	const candidates = [`${docsDir}${locale}/${name}.mdx`, `${docsDir}${locale}/${name}/index.mdx`];
	const found = candidates.find((path) => existsSync(path));
	if (!found) throw new Error(`no page "${name}" in locale "${locale}": neither ${candidates.map((path) => path.slice(docsDir.length - 'src/content/docs/'.length)).join(' nor ')}`);
	return found;
}

/** The path of a page's source from the project folder, for messages: src/content/docs/fi/calm.mdx. */
export const displayPath = (path: string) => path.slice(docsDir.length - 'src/content/docs/'.length);

/** A page's title in a locale, as its frontmatter gives it. */
export function pageTitle(locale: string, slug: string): string {
	return readFrontmatter(pageFile(locale, slug)).title as string;
}
