/**
 * `npm run practice:pages`: writes one page per practice catalog, `src/content/docs/<locale>/practice/<scenario>.mdx`
 * (src/machines/practice/pages.ts), and removes scenario pages whose catalog is gone. A page keeps its
 * `reviewed` date; a new one gets today's. Run it after adding or renaming a scenario's catalog, and commit the pages.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { practicePages, practicePageText, reviewedDate } from '../src/machines/practice/pages.ts';

const root = process.cwd();
const today = new Date().toISOString().slice(0, 10);
const pages = practicePages(root);
const wanted = new Set(pages.map((page) => page.path));
for (const page of pages) {
	const file = join(root, page.path);
	const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	const text = practicePageText(page, (old && reviewedDate(old)) ?? today);
	if (text === old) continue;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`${old ? 'updated' : 'wrote'} ${page.path}`);
}
const docs = join(root, 'src/content/docs');
for (const locale of readdirSync(docs)) {
	const folder = join(docs, locale, 'practice');
	if (!existsSync(folder)) continue;
	for (const file of readdirSync(folder)) {
		const path = `src/content/docs/${locale}/practice/${file}`;
		if (file === 'index.mdx' || wanted.has(path)) continue;
		rmSync(join(root, path));
		console.log(`removed ${path} (no catalog src/machines/messages/${locale}/practice/${file.replace(/\.mdx$/, '.json')})`);
	}
}
console.log(`${pages.length} practice pages from ${pages.length} catalogs.`);
