/**
 * Pagefind's index per language, as the files on disk (Pagefind writes them already compressed): the
 * language's metadata, index chunks and page fragments, plus its stemming WebAssembly when it has one.
 * The runtime every language shares (pagefind.js, the worker, the generic WebAssembly) is listed apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PagefindSize {
	perLocale: Record<string, { bytes: number; pages: number }>;
	sharedBytes: number;
}

export function pagefindSize(outDir: string): PagefindSize {
	const dir = join(outDir, 'pagefind');
	if (!existsSync(join(dir, 'pagefind-entry.json'))) throw new Error(`${dir}: no Pagefind index`);
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	};
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dir, file)).isFile());
	const size = (file: string) => statSync(join(dir, file)).size;
	const perLocale: PagefindSize['perLocale'] = {};
	const counted = new Set<string>();
	for (const [language, { hash, wasm, page_count }] of Object.entries(entry.languages)) {
		const own = files.filter(
			(file) =>
				file === `pagefind.${hash}.pf_meta` ||
				new RegExp(`^(index|fragment)/${language}_[^/]+\\.pf_(index|fragment)$`).test(file) ||
				(wasm !== null && file === `wasm.${wasm}.pagefind`),
		);
		own.forEach((file) => counted.add(file));
		perLocale[language] = { bytes: own.reduce((sum, file) => sum + size(file), 0), pages: page_count };
	}
	const shared = files.filter((file) => !counted.has(file) && /^(pagefind(-worker)?\.js|wasm\.unknown\.pagefind)$/.test(file));
	return { perLocale, sharedBytes: shared.reduce((sum, file) => sum + size(file), 0) };
}
