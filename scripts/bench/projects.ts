/**
 * The throw-away projects the benchmark builds beside the site itself, under tmp/bench/ (git-ignored,
 * inside the repository so they resolve the same node_modules).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes, locales } from '../../src/locales.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const benchDir = join(root, 'tmp/bench/');

function fresh(dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

/**
 * Starlight as its starter ships it, with this site's content: the same content files (and the
 * components, schemas and settings they import, so every page compiles the same), the same languages
 * and titles, and nothing else: no component overrides, custom CSS, sidebar, CSP, route middleware,
 * root chooser or robots.txt.
 */
export function createBareStarlight(): string {
	const dir = fresh(join(benchDir, 'bare-starlight/'));
	cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true, filter: (source) => !source.startsWith(join(root, 'src/pages')) });
	cpSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
	// The starter's public/ holds a favicon; without one every page would log a 404.
	cpSync(join(root, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
	const titles = Object.fromEntries(localeCodes.map((code) => [locales[code].lang, locales[code].siteTitle]));
	const starlightLocales = Object.fromEntries(localeCodes.map((code) => [code, { label: locales[code].label, lang: locales[code].lang }]));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'http://localhost:4321',
	integrations: [
		starlight({
			title: ${JSON.stringify(titles)},
			defaultLocale: ${JSON.stringify(localeCodes[0])},
			locales: ${JSON.stringify(starlightLocales)},
		}),
	],
});
`,
	);
	return dir;
}

/** The readable text of a locale's pages, to fill generated pages with that language's words. */
function localeWords(locale: string): string[] {
	const docs = join(root, 'src/content/docs', locale);
	const text = readdirSync(docs, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) =>
			readFileSync(join(docs, file), 'utf8')
				.replace(/^---[\s\S]*?---/, '')
				.replace(/^import .*$/gm, '')
				.replace(/<[^>]+>/g, ' ')
				.replace(/[#*_>`|[\]()-]/g, ' '),
		)
		.join(' ');
	const strings = Object.values(JSON.parse(readFileSync(join(root, 'src/content/i18n', `${locale}.json`), 'utf8')) as string[]);
	return `${text} ${strings.join(' ')}`.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

/**
 * A deterministic page of about 450 words in five sections, in the locale's own words, with the
 * frontmatter the docs collection requires (test/unit/bench-pages.test.ts checks it against the schema).
 */
export function generatedPage(words: string[], index: number, reviewed = new Date().toISOString().slice(0, 10)): string {
	let seed = index * 7919 + 17;
	const next = () => (seed = (seed * 48271) % 2147483647);
	const phrase = (count: number) => Array.from({ length: count }, () => words[next() % words.length]).join(' ');
	const sections = Array.from(
		{ length: 5 },
		(_, section) =>
			`## ${phrase(3)} ${section + 1}\n\n${phrase(40)}.\n\n- ${phrase(8)}\n- ${phrase(8)}\n- ${phrase(8)}\n\n${phrase(25)}.\n`,
	);
	return `---\ntitle: ${JSON.stringify(`${phrase(3)} ${index}`)}\ndescription: ${JSON.stringify(`${phrase(12)}.`)}\nreviewed: ${reviewed}\n---\n\n${phrase(20)}.\n\n${sections.join('\n')}`;
}

/**
 * A copy of the site (configuration, components, content) with `perLocale` generated pages added to
 * every language, in a generated/ folder outside the sidebar.
 */
export function createGeneratedSite(perLocale: number): string {
	const dir = fresh(join(benchDir, `generated-${perLocale}/`));
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	for (const locale of localeCodes) {
		const words = localeWords(locale);
		const folder = join(dir, 'src/content/docs', locale, 'generated');
		mkdirSync(folder, { recursive: true });
		for (let index = 1; index <= perLocale; index++) writeFileSync(join(folder, `page-${index}.md`), generatedPage(words, index));
	}
	return dir;
}
