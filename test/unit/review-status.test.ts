import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { behindTranslations, type PageReview } from '../../src/review/status';
import { recipe } from '../browser/support/deploy-recipes';
import { readFrontmatter } from '../support/frontmatter';
import { pagesByLocale } from '../support/page-parity';
import { docsDir, root, tmpDir } from '../support/paths';

/** Runs `npm run review-status`'s script in `cwd` on the project's own Node. */
const reviewStatus = (cwd: string) => execFileSync(process.execPath, [`${root}scripts/review-status.ts`], { cwd, encoding: 'utf8' });

const page = (reviewed: string, text: string) => `---\ntitle: Sivu\ndescription: Kuvaus\nreviewed: ${reviewed}\n---\n\n${text}\n`;

/** A repository with pages committed on given days, to run the script on a history known in advance. */
function fixtureRepository(): string {
	const dir = `${tmpDir}review-status-repository/`;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const git = (args: string[], date?: string) =>
		execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
			cwd: dir,
			env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) },
			stdio: 'ignore',
		});
	const write = (files: Record<string, string>) => {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(`${dir}src/content/docs/${path}`), { recursive: true });
			writeFileSync(`${dir}src/content/docs/${path}`, text);
		}
	};
	const commit = (date: string, files: Record<string, string>) => {
		write(files);
		git(['add', '-A']);
		git(['commit', '-q', '-m', `pages of ${date}`], date);
	};
	git(['init', '-q']);
	commit('2026-01-10', {
		'fi/calm.mdx': page('2026-01-10', 'Rauhoitu.'),
		'hr/calm.mdx': page('2026-01-10', 'Smirite se.'),
		'bg/calm.mdx': page('2026-01-10', 'Успокойте се.'),
		'ms/calm.mdx': page('2026-01-10', 'Bertenang.'),
		'fi/decide/index.mdx': page('2026-01-10', 'Valitse.'),
		'hr/decide/index.mdx': page('2026-01-10', 'Odaberite.'),
	});
	// Finnish changes its text; Croatian and Malay are reviewed after it, Bulgarian is not.
	commit('2026-03-01', { 'fi/calm.mdx': page('2026-03-01', 'Rauhoitu ja hengitä.') });
	commit('2026-03-05', { 'hr/calm.mdx': page('2026-03-05', 'Smirite se i dišite.') });
	// Only a review date recorded: not a change that other editions must follow.
	commit('2026-04-01', { 'hr/decide/index.mdx': page('2026-04-01', 'Odaberite.') });
	// Only the words staff search with (this edition's own, not a translation): not a change either.
	commit('2026-04-10', { 'hr/decide/index.mdx': page('2026-04-01', 'Odaberite.').replace('reviewed:', 'keywords: ["što sada"]\nreviewed:') });
	// Malay is reviewed, but the edit is not committed yet: it counts as changed today.
	write({ 'ms/calm.mdx': page('2026-03-02', 'Bertenang dan bernafas.') });
	return dir;
}

describe('npm run review-status', () => {
	test('lists each edition\'s pages, oldest review first, and the translations reviewed before another edition changed', () => {
		const today = new Date().toISOString().slice(0, 10);
		const output = reviewStatus(fixtureRepository());
		const days = (date: string) => String(Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000)).padStart(4);
		expect(output).toBe(
			[
				`Pages by review age, oldest first (today is ${today}):`,
				'',
				'fi (Suomi): 2 pages',
				`  2026-01-10  ${days('2026-01-10')} days  decide/index.mdx`,
				`  2026-03-01  ${days('2026-03-01')} days  calm.mdx`,
				'',
				'hr (Hrvatski): 2 pages',
				`  2026-03-05  ${days('2026-03-05')} days  calm.mdx`,
				`  2026-04-01  ${days('2026-04-01')} days  decide/index.mdx`,
				'',
				'bg (Български): 1 page',
				`  2026-01-10  ${days('2026-01-10')} days  calm.mdx`,
				'',
				'ms (Bahasa Melayu): 1 page',
				`  2026-03-02  ${days('2026-03-02')} days  calm.mdx`,
				'',
				"Translations reviewed before another edition's version last changed: 4",
				`  bg/calm.mdx: reviewed 2026-01-10, ms/calm.mdx changed ${today}`,
				`  fi/calm.mdx: reviewed 2026-03-01, ms/calm.mdx changed ${today}`,
				`  hr/calm.mdx: reviewed 2026-03-05, ms/calm.mdx changed ${today}`,
				// Reviewed on 2 March, after Finnish changed on 1 March, but before Croatian changed on 5 March.
				'  ms/calm.mdx: reviewed 2026-03-02, hr/calm.mdx changed 2026-03-05',
				'',
			].join('\n'),
		);
	});

	test('a translation is behind exactly when another edition changed after its review', () => {
		const pages: PageReview[] = [
			{ locale: 'fi', file: 'calm.mdx', reviewed: '2026-02-01' },
			{ locale: 'hr', file: 'calm.mdx', reviewed: '2026-02-01' },
			{ locale: 'bg', file: 'calm.mdx', reviewed: undefined },
		];
		const changed = new Map([
			['fi/calm.mdx', '2026-02-01'],
			['hr/calm.mdx', '2026-02-02'],
		]);
		expect(behindTranslations(pages, changed).map(({ page, newer }) => `${page.locale} < ${newer.locale} ${newer.changed}`)).toEqual([
			'bg < hr 2026-02-02',
			'fi < hr 2026-02-02',
		]);
	});

	test('the docs/deploy.md recipe, run as written on the project, names every page of every edition with its frontmatter date', () => {
		const line = recipe('# review status').trim();
		expect(line).toBe('npm run review-status');
		const output = execFileSync('sh', ['-c', line], { cwd: root, encoding: 'utf8' });
		const pages = pagesByLocale(docsDir, localeCodes);
		const listed = [...output.matchAll(/^ {2}(\d{4}-\d{2}-\d{2}) +\d+ days {2}(\S+)$/gm)];
		expect(listed.length).toBe(Object.values(pages).flat().length);
		for (const locale of localeCodes) {
			const section = output.split(/\n\n/).find((part) => part.startsWith(`${locale} (`));
			expect(section, locale).toBeDefined();
			for (const file of pages[locale]!) {
				const { reviewed } = readFrontmatter(`${docsDir}${locale}/${file}`);
				expect(section, `${locale}/${file}`).toContain(`  ${reviewed}  `);
				expect(section!.split('\n').filter((line) => line.endsWith(`  ${file}`)), `${locale}/${file}`).toHaveLength(1);
			}
		}
		expect(output).toMatch(/^Translations reviewed before another edition's version last changed: \d+$/m);
	});
});
