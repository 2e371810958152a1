import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../locales';

/** Text the organisation writes itself, once per language of the site. */
const perLocale = (what: string) =>
	z.object(
		Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1, `must not be empty (${what} staff read in "${code}")`)])) as Record<
			Locale,
			z.ZodString
		>,
	);

const remedyWithoutLimit = z.strictObject({
	/** Whether frontline staff may give it on their own, without asking anyone. */
	staffMayGive: z.boolean(),
});

const remedyUpTo = (unit: string) =>
	z
		.strictObject({
			/** Whether frontline staff may give it on their own, without asking anyone. */
			staffMayGive: z.boolean(),
			/** The most staff may give on their own, in `unit`; above it they escalate. 0 when not allowed. */
			upTo: z.number().nonnegative(`must be zero or more (${unit})`),
		})
		.refine((remedy) => remedy.staffMayGive === remedy.upTo > 0, {
			message: `"upTo" must be above 0 exactly when "staffMayGive" is true (${unit})`,
			path: ['upTo'],
		});

export const organisationSchema = z.strictObject({
	/**
	 * The organisation's name, as staff know it: one name for every language ("Kauppa Oy"), or one per
	 * language where it is written differently (a legal form, a translated name). Shown in the site
	 * header, on the language chooser (in the default language) and on the pocket cards.
	 */
	name: z.union([z.string().trim().min(1, 'must not be empty'), perLocale('name')]),
	/**
	 * Optional logo: a file in public/, e.g. "logo.svg" for public/logo.svg. Shown beside the name in the
	 * header and on the language chooser, so it carries no text alternative of its own.
	 */
	logo: z
		.string()
		.regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|webp)$/, 'must be a file name in public/ ending .svg, .png or .webp, e.g. "logo.svg"')
		.optional(),
	/** ISO 4217 code for money amounts, e.g. "EUR". */
	currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "EUR"'),
	/** Within how many hours staff promise to call a customer back. */
	callbackHours: z.number().int('must be a whole number of hours').positive('must be at least 1 hour'),
	/** Who frontline staff call in, and how to reach them, in each language. */
	escalation: z.strictObject({
		/** The role to call in, as staff say it ("shift supervisor"), per language. */
		role: perLocale('escalation.role'),
		/** How to reach them ("internal phone 200"), per language. */
		contact: perLocale('escalation.contact'),
	}),
	/** What frontline staff may give on their own; anything else goes through escalation. */
	remedies: z.strictObject({
		/** Replace a faulty item with a new one. */
		replacement: remedyWithoutLimit,
		/** Deliver the replacement or the order free of charge, on a day that suits the customer. */
		freeDelivery: remedyWithoutLimit,
		/** Money back, up to an amount in `currency`. */
		refund: remedyUpTo('currency amount'),
		/** A price reduction, up to a percentage (10 means 10 %). */
		discount: remedyUpTo('percent').refine((d) => d.upTo <= 100, { message: 'cannot be above 100 percent', path: ['upTo'] }),
		/** A voucher or bonus for a later purchase, up to an amount in `currency`. */
		voucher: remedyUpTo('currency amount'),
	}),
});

export type OrganisationInput = z.input<typeof organisationSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type Remedy = keyof Organisation['remedies'];
export const remedies = Object.keys(organisationSchema.shape.remedies.shape) as Remedy[];

/** The settings file in use: src/config/organisation.ts unless the ORGANISATION_SETTINGS variable names another. */
export const settingsFileVariable = 'ORGANISATION_SETTINGS';
export const defaultSettingsFile = 'src/config/organisation.ts';

/**
 * Validates the organisation settings. A mistake stops the build with the setting named, e.g.
 * `src/config/organisation.ts: remedies.discount.upTo: cannot be above 100 percent`.
 */
export function defineOrganisation(
	input: OrganisationInput,
	file = process.env[settingsFileVariable] || defaultSettingsFile,
): Organisation {
	const result = organisationSchema.safeParse(input);
	if (result.success) return result.data;
	const problems = result.error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => `  ${file}: ${[...issue.path, key].join('.')}: unknown setting; check its spelling`)
			: [`  ${file}: ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`],
	);
	throw new Error(`Invalid organisation settings:\n${problems.join('\n')}`);
}
