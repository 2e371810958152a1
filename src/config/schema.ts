import { z } from 'astro/zod';
import { isLocale, localeCodes, type Locale } from '../locales';
import { jurisdictionSetting } from '../rights/settings';
import { safetySchema } from './safety';
import { defaultSettingsFile, settingsFileVariable } from './settings-file';

/** Text the organisation writes itself, once per language of the site. */
const perLocale = (what: string) =>
	z.object(
		Object.fromEntries(localeCodes.map((code) => [code, z.string().trim().min(1, `must not be empty (${what} staff read in "${code}")`)])) as Record<
			Locale,
			z.ZodString
		>,
	);

/** A setting that is either one value for every edition or one per edition, `{ fi, hr, bg, ms }`. */
export type PerEdition<T> = T | Record<Locale, T>;

const missingEdition = `missing: give one for every edition (${localeCodes.join(', ')})`;

/** One value for every edition, or one per edition; a problem in one edition names it (`upTo.ms`). */
const oneOrPerEdition = <T extends z.ZodType>(value: T) =>
	z.union([value, z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, value])) as Record<Locale, T>)]);

const isPerEdition = <T>(setting: PerEdition<T>): setting is Record<Locale, T> =>
	typeof setting === 'object' && setting !== null && !Array.isArray(setting);

/** The editions and their values; a single value counts for every edition. */
export function editionValues<T>(setting: PerEdition<T>): Array<[Locale, T]> {
	return localeCodes.map((code) => [code, editionValue(setting, code)]);
}

/** Each value as written, with the path to report a problem at: `[]` for one value, `[edition]` for each of several. */
function writtenValues<T>(setting: PerEdition<T>): Array<[path: Locale[], value: T]> {
	return isPerEdition(setting) ? localeCodes.map((code) => [[code], setting[code]]) : [[[], setting]];
}

/** The value a setting gives one edition. */
export function editionValue<T>(setting: PerEdition<T>, locale: Locale): T {
	return isPerEdition(setting) ? setting[locale] : setting;
}

const currencyCode = z
	.string({ error: (issue) => (issue.input === undefined ? missingEdition : 'must be a three-letter ISO 4217 code such as "EUR"') })
	.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as "EUR"');

const remedyWithoutLimit = z.strictObject({
	/** Whether frontline staff may give it on their own, without asking anyone. */
	staffMayGive: z.boolean(),
});

const remedyUpTo = (unit: string) =>
	z
		.strictObject({
			/** Whether frontline staff may give it on their own, without asking anyone. */
			staffMayGive: z.boolean(),
			/**
			 * The most staff may give on their own, in `unit`; above it they escalate. 0 when not allowed. One
			 * figure for every edition, or one per edition (20 EUR and 20 MYR are different sums).
			 */
			upTo: oneOrPerEdition(
				z.number({ error: (issue) => (issue.input === undefined ? missingEdition : `must be a number (${unit})`) }).nonnegative(`must be zero or more (${unit})`),
			),
		})
		.superRefine((remedy, context) => {
			for (const [path, upTo] of writtenValues(remedy.upTo))
				if (remedy.staffMayGive !== upTo > 0)
					context.addIssue({ code: 'custom', message: `"upTo" must be above 0 exactly when "staffMayGive" is true (${unit})`, path: ['upTo', ...path] });
		});

function isHttpsAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(value);
	} catch {
		return false;
	}
}

/** An origin a browser compares with the framing page's: scheme, host (optionally `*.` for its subdomains), port. */
const frameOrigin = z
	.string()
	.regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/, 'must be an origin such as "https://intranet.example.org": scheme and host, no path or slash at the end');

/**
 * How the team hosts the site: which editions it builds, which of its own portals may show the site in a
 * frame, and where readers report a problem. Kept apart from the policy settings above.
 */
const hostingSettings = {
	/**
	 * The editions to build, e.g. ["fi"] or ["fi", "ms"]; default: every language of src/locales.ts. The
	 * other languages' pages are not built, and their texts in these settings may be left out.
	 */
	editions: z
		.array(z.enum(localeCodes, { error: (issue) => `unknown edition ${JSON.stringify(issue.input)}; the site has ${localeCodes.join(', ')}` }))
		.min(1, 'must name at least one edition')
		.refine((codes) => new Set(codes).size === codes.length, 'names an edition twice')
		// The order of src/locales.ts, whatever order the team writes them in.
		.transform((codes) => localeCodes.filter((code) => codes.includes(code)))
		.default([...localeCodes]),
	/**
	 * Origins of the team's own portals (intranet, learning platform) allowed to show the site in a frame;
	 * default none. The response headers (src/security/headers.ts, `npm run headers`) follow it.
	 */
	frameAncestors: z.array(frameOrigin).default([]),
	/**
	 * Where readers report a problem with a page: an e-mail address, or the https address of the team's own
	 * form. Unset: no report link.
	 */
	feedback: z
		.string()
		.trim()
		.refine((value) => z.email().safeParse(value).success || isHttpsAddress(value), {
			message: 'must be an e-mail address ("kb-team@example.org") or the https address of your own form ("https://forms.example.org/kb")',
		})
		.optional(),
};

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
	/**
	 * ISO 4217 code for money amounts: one for every edition ("EUR"), or one per edition where they serve
	 * different countries ({ fi: "EUR", hr: "EUR", bg: "EUR", ms: "MYR" }).
	 */
	currency: oneOrPerEdition(currencyCode),
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
		discount: remedyUpTo('percent').superRefine((discount, context) => {
			for (const [path, upTo] of writtenValues(discount.upTo))
				if (upTo > 100) context.addIssue({ code: 'custom', message: 'cannot be above 100 percent', path: ['upTo', ...path] });
		}),
		/** A voucher or bonus for a later purchase, up to an amount in `currency`. */
		voucher: remedyUpTo('currency amount'),
	}),
	/**
	 * Whose law each edition's rights page and trees describe: a shipped jurisdiction's id ("finland",
	 * "croatia", "bulgaria", "malaysia") or a module written with `defineJurisdiction`, per edition.
	 * Editions left out keep their own country (fi → finland, hr → croatia, bg → bulgaria, ms → malaysia).
	 */
	jurisdiction: jurisdictionSetting,
	/** Emergency number, alarm, reporting route and support, per edition (src/config/safety.ts). */
	safety: safetySchema,
	...hostingSettings,
}).superRefine((settings, context) => {
	// One amount means the same figure in every edition: wrong when the built editions count in different
	// money (the currencies of editions left out of the build, never shown, do not count).
	const built = editionValues(settings.currency).filter(([edition]) => settings.editions.includes(edition));
	if (new Set(built.map(([, code]) => code)).size === 1) return;
	const currencies = built.map(([edition, code]) => `${code} in ${edition}`).join(', ');
	for (const remedy of ['refund', 'voucher'] as const) {
		const { upTo } = settings.remedies[remedy];
		if (typeof upTo === 'number' && upTo > 0)
			context.addIssue({
				code: 'custom',
				message: `is one amount, but the editions count in different currencies (${currencies}); give one amount per edition, e.g. { ${settings.editions.map((code) => `${code}: …`).join(', ')} }`,
				path: ['remedies', remedy, 'upTo'],
			});
	}
});

/** Texts and figures per language, where the team may leave out the languages it does not build. */
type TextsOfBuiltEditions<T> = T extends Record<Locale, infer Value>
	? Partial<Record<Locale, Value>>
	: T extends object
		? { [K in keyof T]: TextsOfBuiltEditions<T[K]> }
		: T;

/** The settings as a team writes them. */
export type OrganisationInput = TextsOfBuiltEditions<z.input<typeof organisationSchema>>;
export type Organisation = z.output<typeof organisationSchema>;
export type Remedy = keyof Organisation['remedies'];
export const remedies = Object.keys(organisationSchema.shape.remedies.shape) as Remedy[];

/** The settings file in use: src/config/organisation.ts unless the ORGANISATION_SETTINGS variable names another. */
export { defaultSettingsFile, settingsFileVariable };

/**
 * Fills in the texts of editions that are not built (never shown), so a team that builds only some
 * editions writes only their texts. A text object is one whose keys are all locale codes; one missing a
 * built edition is left for the schema to report.
 */
function withUnbuiltEditionTexts(input: OrganisationInput): unknown {
	const built = Array.isArray(input.editions) ? localeCodes.filter((code) => input.editions!.includes(code)) : localeCodes;
	const first = built[0];
	if (!first || built.length === localeCodes.length) return input;
	const fill = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(fill);
		if (value === null || typeof value !== 'object') return value;
		const keys = Object.keys(value);
		const record = value as Record<string, unknown>;
		if (keys.length && keys.every(isLocale) && built.every((code) => keys.includes(code)))
			return Object.fromEntries(localeCodes.map((code) => [code, record[code] ?? record[first]]));
		return Object.fromEntries(keys.map((key) => [key, fill(record[key])]));
	};
	// `jurisdiction` is left as written: an edition it leaves out keeps its own country's law, not the
	// first built edition's (and a team's own jurisdiction module is not a text to copy).
	const { jurisdiction, ...rest } = input;
	return { ...(fill(rest) as object), ...(jurisdiction === undefined ? {} : { jurisdiction }) };
}

/**
 * A setting that is "one value or one per edition" fails as a whole when neither form fits; report the
 * problems of the form that was written (the per-edition object when an object was given), by edition.
 */
function branchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
	if (issue.code !== 'invalid_union') return [issue];
	const written = issue.errors.filter((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
	if (written.length !== 1) return [issue];
	return written[0]!.flatMap((inner) => branchIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Validates the organisation settings. A mistake stops the build with the setting named, e.g.
 * `src/config/organisation.ts: remedies.discount.upTo: cannot be above 100 percent`.
 */
export function defineOrganisation(
	input: OrganisationInput,
	file = process.env[settingsFileVariable] || defaultSettingsFile,
): Organisation {
	const result = organisationSchema.safeParse(withUnbuiltEditionTexts(input));
	if (result.success) return result.data;
	const problems = result.error.issues.flatMap(branchIssues).flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => `  ${file}: ${[...issue.path, key].join('.')}: unknown setting; check its spelling`)
			: [`  ${file}: ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`],
	);
	throw new Error(`Invalid organisation settings:\n${problems.join('\n')}`);
}
