import { z } from 'astro/zod';
import { inventoryIds } from '../guidance/inventory';

/**
 * What every guidance page adds to Starlight's frontmatter. Merged into the docs collection in
 * src/content.config.ts; test/unit/frontmatter.test.ts parses every page with the same schema.
 */
export const pageSchema = z.object({
	/** The page's meta description, shown by search engines and link previews. Required. */
	description: z.string().trim().min(1),
	/** Inventory ids (src/guidance/inventory.ts) of the advice this page gives. Default: none. */
	covers: z
		.array(z.enum(inventoryIds, { error: (issue) => `unknown inventory id ${JSON.stringify(issue.input)} (see src/guidance/inventory.ts)` }))
		.default([]),
});
