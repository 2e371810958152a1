/**
 * What the law gives a customer in one jurisdiction, as data the rights page and the trees read: the
 * legal guarantee, its remedies, the rule for online and phone purchases, written complaints, and the
 * outside bodies a customer may turn to. Every fact names the source it was read in and the day it
 * was checked; a fact nobody could confirm is left out (absent), and one the law does not set may be
 * written `{ noneInLaw: true, source }`. See docs/editorial/sources/rights.md for what each source says.
 *
 * Texts a reader sees (the country, the law's short name, a body's name) are per language; the rest
 * is codes, numbers and addresses. Which languages must be present depends on the editions that use
 * the jurisdiction, so `defineJurisdiction` accepts any, and the settings check the ones in use
 * (src/rights/settings.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../locales.ts';

const missingOr = (what: string) => ({
	error: (issue: { input: unknown }) => (issue.input === undefined ? 'missing' : `must be ${what}`),
});

const text = z.string(missingOr('text')).trim().min(1, 'must not be empty');

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = z
	.string(missingOr('a date (YYYY-MM-DD)'))
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
	.refine((value) => {
		const day = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
	}, 'must be a date (YYYY-MM-DD)');

const httpsUrl = z
	.string(missingOr('an https address'))
	.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', 'must be an https address');

/** Where a fact was read: the law (with its article or section) or the authority's page, and when. */
export const sourceSchema = z.strictObject({
	/** The law with its article or section, or the page's title, in the source's own language. */
	title: text,
	/** The address it was read at. */
	url: httpsUrl,
	/** The day it was last read and found to say what the fact says. */
	checked: isoDate,
	/** The language the source is written in (BCP 47), when it is not the jurisdiction's own. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"').optional(),
});
export type Source = z.output<typeof sourceSchema>;

/**
 * A text readers see, one per language. `required` are the editions that use the jurisdiction: the
 * settings pass them (src/rights/settings.ts); a module on its own requires none.
 */
const localText = (required: readonly Locale[]) =>
	z.partialRecord(z.enum(localeCodes), text).superRefine((value, ctx) => {
		for (const locale of required)
			if (!value[locale]) ctx.addIssue({ code: 'custom', path: [locale], message: `missing (edition ${locale} uses this jurisdiction)` });
	});
export type LocalText = Partial<Record<Locale, string>>;

/** A duration the law sets. */
const period = z.strictObject({
	count: z.number(missingOr('a number')).int('must be a whole number').positive('must be at least 1'),
	unit: z.enum(['days', 'workingDays', 'months', 'years']),
});

/** The law explicitly sets nothing here (for instance no deadline), and this source says so. */
const noneInLaw = z.strictObject({ noneInLaw: z.literal(true), source: sourceSchema });

/** What a customer can have when goods are faulty. The pages translate the codes. */
export const remedyCodes = [
	'repair',
	'replacement',
	'priceReduction',
	'termination',
	'refund',
	'cureTitleDefect',
	'damages',
	'withholdPayment',
] as const;
export type RemedyCode = (typeof remedyCodes)[number];

/** Guarantees a law implies in every sale of goods (Malaysia's Consumer Protection Act 1999, Part V). */
export const impliedGuaranteeCodes = [
	'title',
	'acceptableQuality',
	'fitnessForPurpose',
	'matchesDescription',
	'matchesSample',
	'reasonablePrice',
	'repairsAndSpareParts',
] as const;

/** What an outside body does for a customer. */
export const bodyRoles = [
	/** Advises consumers on their rights. */
	'advice',
	/** Takes consumers' complaints or reports about traders. */
	'complaints',
	/** Inspects traders and enforces the law. */
	'inspection',
	/** Helps the two sides reach an agreement (mediation, conciliation). */
	'mediation',
	/** Decides disputes out of court (its decisions may be recommendations). */
	'disputeResolution',
	/** A tribunal that hears consumers' claims and makes awards. */
	'claimsTribunal',
] as const;
export type BodyRole = (typeof bodyRoles)[number];

/** Codes of the things a withdrawal right or cooling-off rule covers. */
export const coveredSales = ['distanceAndOffPremises', 'directSalesContracts'] as const;

function jurisdictionShape(required: readonly Locale[]) {
	const law = localText(required).optional();
	const withdrawal = z.strictObject({
		/** What the rule covers. */
		covers: z.enum(coveredSales),
		/** How long the customer has. */
		period,
		/** From when the period runs for goods, if the source says. */
		from: z.enum(['goodsReceived', 'contractConcluded']).optional(),
		/** The source says some goods or services are excluded (without the list being given here). */
		someExcluded: z.literal(true).optional(),
		/** The short name of the law that sets it, as readers know it. */
		law,
		source: sourceSchema,
	});
	return z.strictObject({
		/** Lower-case id the settings name it by, e.g. "finland". */
		id: z.string(missingOr('an id')).regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, e.g. "finland"'),
		/** The country or area, as readers call it. */
		name: localText(required),
		/** The legal guarantee or what stands in for it. Absent: not confirmed. */
		guarantee: z
			.discriminatedUnion('kind', [
				/** The seller answers for faults that show within a fixed time. */
				z.strictObject({
					kind: z.literal('fixedPeriod'),
					period,
					/** The period is a minimum; the law may give more. */
					atLeast: z.literal(true).optional(),
					from: z.enum(['delivery']).optional(),
					law,
					source: sourceSchema,
				}),
				/** The law sets no length; it is decided case by case by the goods' expected lifetime. */
				z.strictObject({ kind: z.literal('noFixedPeriod'), decidedBy: z.enum(['expectedLifetime']), law, source: sourceSchema }),
				/** Guarantees implied by law in every sale; the source gives no length. */
				z.strictObject({ kind: z.literal('implied'), covers: z.array(z.enum(impliedGuaranteeCodes)).min(1), law, source: sourceSchema }),
			])
			.optional(),
		/** A shop's own guarantee cannot take away the legal rights. Absent: not confirmed. */
		commercialGuarantee: z.strictObject({ cannotLimitLegalRights: z.literal(true), source: sourceSchema }).optional(),
		/** Remedies for faulty goods. Absent: not confirmed. */
		remedies: z
			.strictObject({
				/**
				 * In the order the law sets: each step lists alternatives; a later step applies when the
				 * earlier one is impossible or fails. One step: the source sets no order.
				 */
				steps: z.array(z.array(z.enum(remedyCodes)).min(1)).min(1),
				/** Who chooses among the first step's alternatives, if the source says. */
				firstStepChosenBy: z.enum(['consumer', 'seller']).optional(),
				/** Available beside the steps (e.g. damages). */
				also: z.array(z.enum(remedyCodes)).optional(),
				law,
				source: sourceSchema,
			})
			.optional(),
		/** Online and phone purchases. */
		distance: z
			.strictObject({
				/** The general right to withdraw from distance contracts; absent: not confirmed. */
				general: z.union([withdrawal, noneInLaw]).optional(),
				/** Narrower rules (e.g. a cooling-off period for licensed direct sales). */
				specific: z.array(withdrawal).optional(),
			})
			.optional(),
		/** How a written complaint must be answered. Absent: not confirmed. */
		complaintAnswer: z
			.union([
				z.strictObject({
					inWriting: z.literal(true),
					/** The deadline the law sets; absent when the source gives none. */
					within: period.optional(),
					law,
					source: sourceSchema,
				}),
				noneInLaw,
			])
			.optional(),
		/** Whether the trader must keep a record of complaints. Absent: not confirmed. */
		complaintRecord: z
			.union([z.strictObject({ required: z.literal(true), keep: period.optional(), law, source: sourceSchema }), noneInLaw])
			.optional(),
		/** Outside bodies a customer may turn to. */
		bodies: z
			.array(
				z.strictObject({
					id: z.string(missingOr('an id')).regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
					/** As the body writes itself, in each language of the editions that use it. */
					name: localText(required),
					/** Its official web address. */
					url: httpsUrl,
					roles: z.array(z.enum(bodyRoles)).min(1, 'must name at least one role'),
					/** Free of charge for the consumer, if the source says. */
					free: z.boolean().optional(),
					/** What its decisions are, if the source says. */
					outcome: z.enum(['recommendation', 'agreement', 'binding']).optional(),
					/** The largest claim it hears, if it has one. */
					claimLimit: z.strictObject({ amount: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
					/** How long after the claim arose it may be brought. */
					claimWithin: period.optional(),
					source: sourceSchema,
				}),
			)
			.min(1, 'must name at least one outside body'),
	});
}

export const jurisdictionSchema = jurisdictionShape([]);
export type JurisdictionInput = z.input<typeof jurisdictionSchema>;
export type Jurisdiction = z.output<typeof jurisdictionSchema>;
/** The facts a jurisdiction may hold (besides its id and name); an absent one was not confirmed. */
export const factKeys = ['guarantee', 'commercialGuarantee', 'remedies', 'distance', 'complaintAnswer', 'complaintRecord', 'bodies'] as const;

/** The file each defined jurisdiction was written in, for messages; also marks it as checked. */
const definedIn = new WeakMap<Jurisdiction, string>();

export function isDefinedJurisdiction(value: unknown): value is Jurisdiction {
	return typeof value === 'object' && value !== null && definedIn.has(value as Jurisdiction);
}

/** The file a jurisdiction was defined in, as messages name it. */
export function jurisdictionFile(jurisdiction: Jurisdiction): string {
	return definedIn.get(jurisdiction) ?? `jurisdiction "${jurisdiction.id}"`;
}

function displayPath(file: string | URL | undefined, id: string): string {
	if (!file) return `jurisdiction "${id}"`;
	const path = String(file).startsWith('file:') ? fileURLToPath(file) : String(file);
	return relative(process.cwd(), path) || path;
}

/** One line per problem, `file: path: message`, as the build and the settings report them. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => `  ${file}: ${[...issue.path, key].join('.')}: unknown key; check its spelling`);
		// A fact of several forms: report what is wrong with the form it comes closest to.
		if (issue.code === 'invalid_union' && issue.errors.length) {
			const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
			return formatIssues(
				file,
				closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
			);
		}
		return [`  ${file}: ${issue.path.join('.') || '(the whole module)'}: ${issue.message}`];
	});
}

/**
 * Checks a jurisdiction module; a mistake stops the build naming the file and the fact, e.g.
 * `src/rights/jurisdictions/finland.ts: guarantee.source.checked: must be a date (YYYY-MM-DD)`.
 * Pass `import.meta.url` as `file` so messages name the module.
 */
/** A fact, source or text that is not there at all is reported as "missing". */
const missingAsSuch = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'missing' : undefined) };

export function defineJurisdiction(input: JurisdictionInput, file?: string | URL): Jurisdiction {
	const result = jurisdictionSchema.safeParse(input, missingAsSuch);
	const shown = displayPath(file, typeof input?.id === 'string' ? input.id : '?');
	if (!result.success) throw new Error(`Invalid jurisdiction:\n${formatIssues(shown, result.error.issues).join('\n')}`);
	definedIn.set(result.data, shown);
	return result.data;
}

/** Problems with a jurisdiction's texts for the editions that use it, e.g. `bodies.0.name.hr: missing (…)`. */
export function missingTexts(jurisdiction: Jurisdiction, editions: readonly Locale[]): z.core.$ZodIssue[] {
	const result = jurisdictionShape(editions).safeParse(jurisdiction, missingAsSuch);
	return result.success ? [] : result.error.issues;
}

/** The jurisdiction's text in one language; the settings have checked that the editions in use have one. */
export function inLocale(value: LocalText, locale: Locale): string {
	const found = value[locale];
	if (found === undefined) throw new Error(`no "${locale}" text in ${JSON.stringify(value)}`);
	return found;
}
