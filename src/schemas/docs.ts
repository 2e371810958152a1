import { docsSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './page.ts';

/**
 * The docs collection's schema: Starlight's frontmatter plus ours. src/content.config.ts builds the
 * collection from it and test/support/frontmatter.ts checks every page against it, so the two cannot drift.
 */
export const docsCollectionSchema = docsSchema({ extend: pageSchema });
