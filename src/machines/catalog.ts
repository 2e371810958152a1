/**
 * The words of the trees: one JSON catalog per tree per language, `messages/<locale>/<tree>.json`,
 * referenced by step and answer id. Shape (checked by validate.ts):
 *   { "name": "…", "steps": { "<question>": { "question": "…", "answers": { "<answer>": "…" } },
 *                             "<ending>": { "title": "…", "action": "…", "say": ["…"] } } }
 * Each line of `say` is one text said the same way in every channel, or an object with a variant per
 * channel, `{ "counter": "…", "phone": "…", "written": "…" }` (src/channels/channels.ts).
 * Texts may hold `{{placeholder}}`s filled from the organisation's settings (see policyValues).
 */
import type { Channel } from '../channels/channels';
import { formatCallbackTime, formatRemedyLimit, organisationName } from '../config/format';
import type { Organisation } from '../config/schema';
import type { Locale } from '../locales';

export interface QuestionMessages {
	question: string;
	answers: Record<string, string>;
}
/** A line to say with a variant for each channel the ending serves (all three unless its meta.channels says fewer). */
export type ChannelVariants = Partial<Record<Channel, string>>;
/** A line to say: the same in every channel, or one variant per channel. */
export type SayLine = string | ChannelVariants;
export interface EndingMessages {
	title: string;
	action: string;
	say: SayLine[];
}
export interface Catalog {
	name: string;
	steps: Record<string, QuestionMessages | EndingMessages>;
}

/** Raw catalogs as stored, by locale and tree; validate.ts checks them before anything reads them. */
export type RawCatalogs = Partial<Record<string, Partial<Record<string, unknown>>>>;

export function catalogFile(locale: string, tree: string): string {
	return `src/machines/messages/${locale}/${tree}.json`;
}

const files = import.meta.glob<unknown>('./messages/*/*.json', { eager: true, import: 'default' });

/** Every catalog file, by locale and tree, exactly as stored. */
export const rawCatalogs: RawCatalogs = {};
for (const [path, content] of Object.entries(files)) {
	const [, locale, tree] = /^\.\/messages\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
	(rawCatalogs[locale!] ??= {})[tree!] = content;
}

/** Placeholders a text may use, and where their values come from. */
export const placeholderNames = ['organisation', 'role', 'contact', 'callbackTime', 'refundLimit', 'discountLimit', 'voucherLimit', 'emergencyNumber'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** The values placeholders take under a policy, in a language; a limit is undefined when staff may not give it. */
export function policyValues(organisation: Organisation, locale: Locale): Record<PlaceholderName, string | undefined> {
	return {
		organisation: organisationName(organisation, locale),
		role: organisation.escalation.role[locale],
		contact: organisation.escalation.contact[locale],
		callbackTime: formatCallbackTime(organisation, locale),
		refundLimit: formatRemedyLimit(organisation, 'refund', locale),
		discountLimit: formatRemedyLimit(organisation, 'discount', locale),
		voucherLimit: formatRemedyLimit(organisation, 'voucher', locale),
		emergencyNumber: organisation.safety.emergencyNumber[locale],
	};
}

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a text uses. */
export function placeholdersIn(text: string): string[] {
	return [...text.matchAll(placeholderPattern)].map(([, name]) => name!);
}

/** Fills a text's placeholders; validation has made sure each one has a value. */
export function fill(text: string, values: Partial<Record<string, string | undefined>>): string {
	return text.replace(placeholderPattern, (whole, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`decision tree text "${text}": placeholder ${whole} has no value`);
		return value;
	});
}

export function isEnding(messages: QuestionMessages | EndingMessages): messages is EndingMessages {
	return 'title' in messages;
}
