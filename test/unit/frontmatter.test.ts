import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { frontmatterProblems } from '../support/frontmatter';
import { pagesByLocale } from '../support/page-parity';
import { docsDir, root } from '../support/paths';

const pages = pagesByLocale(docsDir, localeCodes);

describe('page frontmatter', () => {
	test.each(localeCodes)('every page in src/content/docs/%s/ matches the content schema', (locale) => {
		expect(pages[locale].length).toBeGreaterThanOrEqual(19);
		const problems = pages[locale].flatMap((file) =>
			frontmatterProblems(`${docsDir}${locale}/${file}`, `src/content/docs/${locale}/${file}`, locale),
		);
		expect(problems).toEqual([]);
	});

	test('a broken page is reported by file, locale and key', () => {
		const problems = frontmatterProblems(
			`${root}test/fixtures/invalid-frontmatter/bad.mdx`,
			'src/content/docs/hr/bad.mdx',
			'hr',
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^src\/content\/docs\/hr\/bad\.mdx \(locale "hr"\): frontmatter key "title": /),
				expect.stringMatching(/^src\/content\/docs\/hr\/bad\.mdx \(locale "hr"\): frontmatter key "description": /),
				expect.stringMatching(/^src\/content\/docs\/hr\/bad\.mdx \(locale "hr"\): frontmatter key "sidebar\.order": /),
				'src/content/docs/hr/bad.mdx (locale "hr"): frontmatter key "covers.1": unknown inventory id "no-such-advice" (see src/guidance/inventory.ts)',
				'src/content/docs/hr/bad.mdx (locale "hr"): frontmatter key "reviewed": missing: the date the content was last reviewed, written YYYY-MM-DD',
			]),
		);
	});

	test.each([
		['bad-review-date.mdx', 'must be a real date written YYYY-MM-DD, e.g. 2026-11-25'],
		['future-review-date.mdx', 'is in the future; write the day the content was reviewed'],
	])('a wrong review date (%s) is reported by file, locale and key', (fixture, message) => {
		expect(frontmatterProblems(`${root}test/fixtures/invalid-frontmatter/${fixture}`, `src/content/docs/bg/${fixture}`, 'bg')).toEqual([
			`src/content/docs/bg/${fixture} (locale "bg"): frontmatter key "reviewed": ${message}`,
		]);
	});
});
