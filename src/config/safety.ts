/**
 * The organisation's safety settings (the `safety` group of src/config/organisation.ts): the emergency
 * number each edition's country uses, how staff raise the alarm on site, where they report an incident,
 * and the services that support staff after an incident and a customer in crisis. Pages, decision-tree
 * endings and the pocket card read them here; nobody types them into the text.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../locales';

/** One text per language, every language required. */
const everyLocale = (value: (code: Locale) => z.ZodType<string>) =>
	z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, value(code)])) as Record<Locale, z.ZodType<string>>);

/** One text per language where the organisation has one; a language left out shows nothing. */
const someLocales = (what: string) =>
	z.strictObject(
		Object.fromEntries(
			localeCodes.map((code) => [
				code,
				z.string().trim().min(1, `must not be empty; leave "${code}" out if that edition has no ${what}`).optional(),
			]),
		) as Record<Locale, z.ZodOptional<z.ZodString>>,
	);

const text = (what: string) => (code: Locale) => z.string().trim().min(1, `must not be empty (${what} staff read in "${code}")`);

export const safetySchema = z.strictObject({
	/**
	 * The public emergency number of the country each edition serves, as dialled: "112" in Finland,
	 * Croatia and Bulgaria, "999" in Malaysia. Shown first and largest wherever someone is in danger.
	 */
	emergencyNumber: everyLocale(() => z.string().regex(/^\d{2,15}$/, 'must be digits, as dialled (e.g. "112")')),
	/** How staff raise the alarm on site ("press the alarm button or call security, internal phone 100"). Optional. */
	alarm: someLocales('alarm text').optional(),
	/** Where and how staff report an incident ("tell the shift supervisor at once and fill in an incident report"). */
	reportingRoute: everyLocale(text('safety.reportingRoute')),
	/** Who supports staff after an incident (occupational health, a victims' helpline). Optional, per language. */
	supportService: someLocales('support service').optional(),
	/** A crisis line staff can name to a customer in acute distress. Optional, per language. */
	crisisLine: someLocales('crisis line').optional(),
});

export type SafetySettings = z.output<typeof safetySchema>;

/** The safety facts a page, a tree ending or the pocket card can show, in the order they are shown. */
export const safetyFacts = ['emergencyNumber', 'alarm', 'reportingRoute', 'supportService', 'crisisLine'] as const;
export type SafetyFact = (typeof safetyFacts)[number];

/** A fact to show, with its value in one language. */
export interface SafetyFactValue {
	fact: SafetyFact;
	value: string;
}

export function isSafetyFact(value: unknown): value is SafetyFact {
	return (safetyFacts as readonly unknown[]).includes(value);
}

/** A fact's value in a language, or undefined where the organisation has not set it (optional facts only). */
export function safetyValue(safety: SafetySettings, fact: SafetyFact, locale: Locale): string | undefined {
	return safety[fact]?.[locale];
}

/**
 * The facts asked for that the organisation has set, in the order of `safetyFacts` (the emergency
 * number always first), so a box reads the same everywhere.
 */
export function safetyFactValues(safety: SafetySettings, wanted: readonly SafetyFact[], locale: Locale): SafetyFactValue[] {
	return safetyFacts.flatMap((fact) => {
		const value = wanted.includes(fact) ? safetyValue(safety, fact, locale) : undefined;
		return value === undefined ? [] : [{ fact, value }];
	});
}
