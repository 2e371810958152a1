import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { docsCollectionSchema } from '../../src/schemas/docs.ts';

/** The docs collection's schema, the one src/content.config.ts uses (images are not checked here). */
const schema = docsCollectionSchema({ image: () => z.any() } as never);

/** A page's frontmatter as data; an error names the file when the YAML itself is broken. */
export function readFrontmatter(path: string, displayPath = path): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
	if (!match) throw new Error(`${displayPath}: no frontmatter block`);
	try {
		return (parse(match[1]) ?? {}) as Record<string, unknown>;
	} catch (error) {
		throw new Error(`${displayPath}: frontmatter is not valid YAML: ${(error as Error).message}`);
	}
}

/** One message per frontmatter problem, naming the file, the locale and the key. */
export function frontmatterProblems(path: string, displayPath: string, locale: string): string[] {
	let data: Record<string, unknown>;
	try {
		data = readFrontmatter(path, displayPath);
	} catch (error) {
		return [`${(error as Error).message} (locale "${locale}")`];
	}
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map(
		(issue) => `${displayPath} (locale "${locale}"): frontmatter key "${issue.path.join('.') || '(root)'}": ${issue.message}`,
	);
}
