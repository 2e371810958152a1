import { z } from 'astro/zod';
import { inventoryIds } from '../guidance/inventory.ts';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD (YAML may already have read it as a date), not after tomorrow. */
const reviewDate = z
	.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		z.string({ error: 'missing: the date the content was last reviewed, written YYYY-MM-DD' }),
	)
	.refine((text) => {
		const [, year, month, day] = isoDate.exec(text)?.map(Number) ?? [];
		const date = new Date(Date.UTC(year!, month! - 1, day));
		return year !== undefined && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
	}, { message: 'must be a real date written YYYY-MM-DD, e.g. 2026-11-25', abort: true })
	// A day of slack for time zones; a later date is a typing mistake.
	.refine((text) => Date.parse(text) <= Date.now() + 86_400_000, 'is in the future; write the day the content was reviewed')
	.transform((text) => new Date(`${text}T00:00:00Z`));

/**
 * What every guidance page adds to Starlight's frontmatter. Merged into the docs collection in
 * src/content.config.ts; test/unit/frontmatter.test.ts parses every page with the same schema.
 */
export const pageSchema = z.object({
	/** The page's meta description, shown by search engines and link previews. Required. */
	description: z.string().trim().min(1),
	/**
	 * When an editor last checked this page's content in this language (YYYY-MM-DD). Shown at the foot of
	 * the page; `npm run review-status` lists pages by it. Required.
	 */
	reviewed: reviewDate,
	/** Inventory ids (src/guidance/inventory.ts) of the advice this page gives. Default: none. */
	covers: z
		.array(z.enum(inventoryIds, { error: (issue) => `unknown inventory id ${JSON.stringify(issue.input)} (see src/guidance/inventory.ts)` }))
		.default([]),
	/**
	 * Words staff type when they need this page, in their own words rather than the page's ("why do
	 * customers get angry", colloquial forms). Not shown; the page's head carries them
	 * (`<meta name="keywords">`) and the site's search indexes them. Default: none.
	 */
	keywords: z.array(z.string().trim().min(1).refine((word) => !word.includes(','), 'a keyword may not hold a comma (the head lists them comma-separated)')).default([]),
});
