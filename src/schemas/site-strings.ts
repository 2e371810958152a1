import { z } from 'astro/zod';

/**
 * Interface strings the site adds to Starlight's own. Every key is required in every locale
 * (test/unit/i18n-strings.test.ts), so a missing translation fails naming key and locale.
 */
export const siteStringsSchema = z.object({
	/** Heading of the root language chooser, in the locale's own language. */
	'chooser.heading': z.string(),
	/** One-line description of the site on the chooser, in the locale's own language. */
	'chooser.description': z.string(),
});
