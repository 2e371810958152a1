import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/search/build';
import { tmpDir } from '../support/paths';

const page = (lang: string, title: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><div class="sl-markdown-content"><p>${title}</p></div></main></body></html>`;

function site(name: string, pages: Record<string, string>): string {
	const dir = `${tmpDir}search-build-${name}/`;
	rmSync(dir, { recursive: true, force: true });
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(`${dir}${path}`, { recursive: true });
		writeFileSync(`${dir}${path}/index.html`, html);
	}
	return dir;
}

describe('building the search index', () => {
	test('writes a Pagefind index per language and none of Pagefind’s own UIs', async () => {
		const dir = site('ok', {
			fi: page('fi', 'Pysy rauhallisena'),
			'hr/calm': page('hr', 'Ostanite mirni'),
			bg: page('bg', 'Запазете спокойствие'),
			ms: page('ms', 'Kekal tenang'),
			'': '<html lang="fi"><body><p>Valitse kieli</p></body></html>',
		});
		const summaries = await buildSearchIndex(dir);
		expect(summaries).toEqual([
			{ locale: 'fi', pages: 1, steps: 0 },
			{ locale: 'hr', pages: 1, steps: 0 },
			{ locale: 'bg', pages: 1, steps: 0 },
			{ locale: 'ms', pages: 1, steps: 0 },
		]);
		const files = readdirSync(`${dir}pagefind`, { recursive: true, encoding: 'utf8' });
		expect(files).toContain('pagefind.js');
		for (const lang of ['fi', 'hr', 'bg', 'ms']) expect(files.some((f) => f.startsWith(`pagefind.${lang}_`))).toBe(true);
		expect(files.filter((f) => /ui|highlight|playground/.test(f))).toEqual([]);
	});

	test('a page whose lang does not match its folder fails the build, naming the file', async () => {
		const dir = site('bad-lang', { 'fi/calm': page('hr', 'Ostanite mirni') });
		await expect(buildSearchIndex(dir)).rejects.toThrow(/fi\/calm\/index\.html is in fi\/ but has lang="hr"/);
	});
});
