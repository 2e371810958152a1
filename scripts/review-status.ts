/**
 * `npm run review-status`: every edition's pages by how long ago their content was reviewed (frontmatter
 * `reviewed`), and the translations reviewed before another edition's version of the page last changed
 * (from git history). Run it in the project folder; it changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeCodes } from '../src/locales.ts';
import { lastContentChanges } from '../src/review/history.ts';
import { formatReviewStatus, type PageReview } from '../src/review/status.ts';

const root = process.cwd();
const docs = join(root, 'src/content/docs');
const today = new Date().toISOString().slice(0, 10);

function reviewDate(path: string): string | undefined {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
	const value: unknown = frontmatter ? parse(frontmatter)?.reviewed : undefined;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

const pages: PageReview[] = localeCodes.flatMap((locale) =>
	readdirSync(join(docs, locale), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => ({ locale, file: file.split('\\').join('/'), reviewed: reviewDate(join(docs, locale, file)) })),
);
process.stdout.write(formatReviewStatus(pages, lastContentChanges(root, today), today));
