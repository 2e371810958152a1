/**
 * The decision trees' JavaScript budget (issue 5, item 10): what a tree page loads beyond a plain
 * guidance page, gzip-compressed, against the 16 KB limit; and which built pages load any of it. A
 * practice scenario page (issue 15) runs the trees' script and must add no more than a tree page does.
 * Reads the built site (dist/); run `npm run build` first. Usable alone:
 *   node scripts/bench/trees.mjs [distDir]
 * or from the benchmark: `import { treeBudget } from './bench/trees.mjs'`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const TREE_JS_LIMIT_BYTES = 16 * 1024;

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Every script a page runs on load: inline ones, module files and the modules they import statically. */
export function pageScripts(distDir, htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const scripts = new Map();
	const queue = [];
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
		const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
		if (src) queue.push(join(distDir, new URL(src, 'http://site/').pathname));
		else if (body.trim()) scripts.set(`inline:${body.length}:${gzipSize(body)}`, body);
	}
	while (queue.length) {
		const file = queue.shift();
		if (scripts.has(file) || !existsSync(file)) continue;
		const code = readFileSync(file, 'utf8');
		scripts.set(file, code);
		// Static imports between bundled chunks (Vite writes them as relative specifiers).
		for (const [, specifier] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
			queue.push(resolve(dirname(file), specifier));
	}
	return scripts;
}

function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
	);
}

/**
 * Measures the budget on a tree page and a guidance page of the same locale, and lists built pages
 * without a tree that still load any of the tree's scripts (there should be none).
 */
export function treeBudget(
	distDir = 'dist',
	{ treePage = 'fi/decide/compensating/index.html', guidancePage = 'fi/calm/index.html', practicePage = treePage.replace(/decide\/[^/]+\/index\.html$/, 'practice/faulty-item/index.html') } = {},
) {
	const tree = pageScripts(distDir, join(distDir, treePage));
	const guidance = pageScripts(distDir, join(distDir, guidancePage));
	const added = [...tree.keys()].filter((key) => !guidance.has(key));
	const addedBytesGzip = added.reduce((sum, key) => sum + gzipSize(tree.get(key)), 0);
	const treeOnly = new Set(added.filter((key) => !key.startsWith('inline:')));
	const pagesWithoutTreeLoadingIt = htmlFiles(distDir)
		// A practice scenario's page runs the same script (its root is `data-practice`).
		.filter((file) => !/data-(tree|practice)=/.test(readFileSync(file, 'utf8')))
		.filter((file) => [...pageScripts(distDir, file).keys()].some((key) => treeOnly.has(key)))
		.map((file) => relative(distDir, file));
	const practiceFile = join(distDir, practicePage);
	const practiceScripts = existsSync(practiceFile) ? pageScripts(distDir, practiceFile) : undefined;
	const practiceAdded = practiceScripts ? [...practiceScripts.keys()].filter((key) => !guidance.has(key)) : [];
	const practice = practiceScripts && {
		page: practicePage,
		addedFiles: practiceAdded.map((key) => (key.startsWith('inline:') ? 'inline script' : relative(distDir, key))),
		addedBytesGzip: practiceAdded.reduce((sum, key) => sum + gzipSize(practiceScripts.get(key)), 0),
	};
	return {
		treePage,
		guidancePage,
		addedFiles: added.map((key) => (key.startsWith('inline:') ? 'inline script' : relative(distDir, key))),
		addedBytesGzip,
		limitBytesGzip: TREE_JS_LIMIT_BYTES,
		withinBudget: addedBytesGzip <= TREE_JS_LIMIT_BYTES,
		pagesWithoutTreeLoadingIt,
		/** A practice scenario page of the same locale: what it adds over the guidance page (undefined when there is none). */
		practice,
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const result = treeBudget(process.argv[2] ?? 'dist');
	console.log(`Decision-tree JavaScript over a guidance page (${result.treePage} vs ${result.guidancePage}):`);
	for (const file of result.addedFiles) console.log(`  + ${file}`);
	console.log(`  ${(result.addedBytesGzip / 1024).toFixed(2)} KB gzip of ${result.limitBytesGzip / 1024} KB allowed: ${result.withinBudget ? 'within budget' : 'OVER BUDGET'}`);
	if (result.practice) console.log(`Practice scenario (${result.practice.page}): ${(result.practice.addedBytesGzip / 1024).toFixed(2)} KB gzip over the guidance page (${result.practice.addedFiles.join(', ')}); a tree page adds ${(result.addedBytesGzip / 1024).toFixed(2)} KB`);
	console.log(`  pages without a tree that load it: ${result.pagesWithoutTreeLoadingIt.length ? result.pagesWithoutTreeLoadingIt.join(', ') : 'none'}`);
	process.exitCode = result.withinBudget && result.pagesWithoutTreeLoadingIt.length === 0 ? 0 : 1;
}
