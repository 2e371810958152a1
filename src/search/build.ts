import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { locales, localeCodes, type Locale } from '../locales.ts';
import { extractPage } from './extract.ts';
import { analysers } from './languages/all.ts';
import { words } from './normalise.ts';
import { pageRecord } from './records.ts';
import { vocabularyFile } from './ui/typos.ts';

/** Files of Pagefind's bundle that the site's own search box uses; its UIs are left out. */
const neededFile = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/.+|fragment\/.+)$/;

export interface IndexSummary {
	locale: Locale;
	pages: number;
	steps: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name === 'index.html')
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function assertNoErrors(response: { errors: string[] }, what: string): void {
	if (response.errors.length > 0) throw new Error(`Search index: ${what}: ${response.errors.join('; ')}`);
}

/**
 * Builds the search index of a built site in `outDir` into `outDir/pagefind/`: every page of every
 * edition built (`editions`, default all), analysed by its language, with its sections and decision-tree steps as parts a result opens. URLs are
 * stored from the site's root without the base path: Pagefind prefixes the folder it is served from,
 * so the same files work under any base. Throws naming the file when a page cannot be indexed.
 */
export async function buildSearchIndex(outDir: string, editions: readonly Locale[] = localeCodes): Promise<IndexSummary[]> {
	const summaries: IndexSummary[] = [];
	const { index, errors } = await pagefind.createIndex({});
	assertNoErrors({ errors }, 'creating the index');
	try {
		const vocabularies = new Map<Locale, string>();
		for (const locale of editions) {
			const analyser = analysers[locale];
			const summary: IndexSummary = { locale, pages: 0, steps: 0 };
			const counts = new Map<string, number>();
			for (const file of await htmlFiles(join(outDir, locale))) {
				const page = extractPage(await readFile(file, 'utf8'));
				if (!page) continue;
				if (page.lang !== locales[locale].lang) {
					throw new Error(`Search index: ${file} is in ${locale}/ but has lang="${page.lang}", not "${locales[locale].lang}".`);
				}
				const path = relative(outDir, dirname(file)).split(sep).join('/');
				const url = `/${path}/`;
				assertNoErrors(await index!.addHTMLFile(pageRecord(page, url, analyser)), file);
				const text = [page.title, page.description, ...page.keywords, ...page.sections.flatMap((s) => [s.heading, s.text]), ...page.steps.map((s) => s.text)];
				for (const word of words(text.join(' '))) counts.set(word, (counts.get(word) ?? 0) + 1);
				summary.pages++;
				summary.steps += page.steps.length;
			}
			summaries.push(summary);
			// The words a query may be corrected to (ui/typos.ts): the pages' words, most frequent first, then
			// the stop words' and synonyms' own.
			for (const word of analyser.ownWords) if (!counts.has(word)) counts.set(word, 0);
			const ranked = [...counts].filter(([word]) => !/^\d+$/.test(word)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
			vocabularies.set(locale, ranked.map(([word]) => word).join('\n') + '\n');
		}
		const { files, errors: fileErrors } = await index!.getFiles();
		assertNoErrors({ errors: fileErrors }, 'writing the index');
		const target = join(outDir, 'pagefind');
		await rm(target, { recursive: true, force: true });
		for (const file of files.filter((f) => neededFile.test(f.path))) {
			await mkdir(dirname(join(target, file.path)), { recursive: true });
			await writeFile(join(target, file.path), file.content);
		}
		await mkdir(join(target, 'vocabulary'), { recursive: true });
		for (const [locale, text] of vocabularies) await writeFile(join(target, vocabularyFile(locale)), gzipSync(text, { level: 9 }));
	} finally {
		await pagefind.close();
	}
	return summaries;
}
