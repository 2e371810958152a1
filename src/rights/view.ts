/**
 * What the rights components render: a jurisdiction's facts, bodies and sources in one language. Every
 * word comes from the interface strings (`rights.*` in src/content/i18n/<locale>.json) or from the
 * jurisdiction module itself (names, laws, addresses); lengths are written with the language's own
 * number and unit forms. Pure data; the components under src/components/rights/ turn it into markup.
 */
import { locales, type Locale } from '../locales';
import { inLocale, type Jurisdiction, type LocalText, type Source } from './schema';

/** The facts a page or a tree ending may show, besides the outside bodies. */
export const rightsFactKeys = ['guarantee', 'commercialGuarantee', 'remedies', 'distance', 'complaintAnswer', 'complaintRecord'] as const;
export type RightsFactKey = (typeof rightsFactKeys)[number];
/** What a tree ending may show: facts, and the outside bodies. */
export type RightsShown = RightsFactKey | 'bodies';
export const rightsShown = [...rightsFactKeys, 'bodies'] as const;

export function isRightsShown(value: string): value is RightsShown {
	return (rightsShown as readonly string[]).includes(value);
}

/** An interface-string lookup, as Starlight's `Astro.locals.t` is. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

type Period = { count: number; unit: 'days' | 'workingDays' | 'months' | 'years' };

/** "14 päivää", "2 godine", "10 работни дни": units from the language's own forms, working days from the strings. */
export function formatPeriod(period: Period, locale: Locale, t: Translate): string {
	const lang = locales[locale].lang;
	if (period.unit === 'workingDays') {
		const category = new Intl.PluralRules(lang).select(period.count);
		const key = category === 'one' ? 'one' : category === 'few' ? 'few' : 'other';
		return t(`rights.workingDays.${key}`, { count: period.count });
	}
	const unit = { days: 'day', months: 'month', years: 'year' }[period.unit];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(period.count);
}

function list(items: string[], locale: Locale): string {
	return new Intl.ListFormat(locales[locale].lang, { type: 'disjunction' }).format(items);
}

export interface FactView {
	fact: RightsFactKey;
	/** The fact's label. */
	label: string;
	/** What it says, one sentence or phrase per entry. */
	lines: string[];
	/** The law's short name, when the module gives it. */
	law?: string;
	/** Absent: the fact was not confirmed for this jurisdiction. */
	source?: Source;
}

/** The facts asked for, in that order; an unconfirmed one says so (never a guess). */
/** Values go in as they are: the components' markup escapes them once. */
const unescaped = (t: Translate): Translate => (key, options) => t(key, options && { ...options, interpolation: { escapeValue: false } });

export function factViews(jurisdiction: Jurisdiction, facts: readonly RightsFactKey[], locale: Locale, translate: Translate): FactView[] {
	const t = unescaped(translate);
	const text = (value: LocalText | undefined) => (value ? inLocale(value, locale) : undefined);
	const period = (value: Period) => formatPeriod(value, locale, t);
	return facts.map((fact): FactView => {
		const label = t(`rights.fact.${fact}`);
		const unconfirmed: FactView = { fact, label, lines: [t('rights.notConfirmed')] };
		switch (fact) {
			case 'guarantee': {
				const g = jurisdiction.guarantee;
				if (!g) return unconfirmed;
				if (g.kind === 'fixedPeriod') {
					const length = g.atLeast ? t('rights.guarantee.atLeast', { period: period(g.period) }) : period(g.period);
					return { fact, label, lines: [g.from === 'delivery' ? `${length} ${t('rights.guarantee.fromDelivery')}` : length], law: text(g.law), source: g.source };
				}
				if (g.kind === 'noFixedPeriod') return { fact, label, lines: [t('rights.guarantee.noFixedPeriod')], law: text(g.law), source: g.source };
				return {
					fact,
					label,
					lines: [t('rights.guarantee.implied'), ...g.covers.map((code) => t(`rights.implied.${code}`))],
					law: text(g.law),
					source: g.source,
				};
			}
			case 'commercialGuarantee': {
				const c = jurisdiction.commercialGuarantee;
				return c ? { fact, label, lines: [t('rights.commercial.cannotLimit')], source: c.source } : unconfirmed;
			}
			case 'remedies': {
				const r = jurisdiction.remedies;
				if (!r) return unconfirmed;
				const steps = r.steps.map((step) => list(step.map((code) => t(`rights.remedy.${code}`)), locale));
				const lines = [t('rights.remedies.first', { remedies: steps[0] }), ...steps.slice(1).map((step) => t('rights.remedies.then', { remedies: step }))];
				if (r.firstStepChosenBy) lines.push(t(`rights.remedies.chosenBy.${r.firstStepChosenBy}`));
				if (r.also?.length) lines.push(t('rights.remedies.also', { remedies: r.also.map((code) => t(`rights.remedy.${code}`)).join(', ') }));
				return { fact, label, lines, law: text(r.law), source: r.source };
			}
			case 'distance': {
				const d = jurisdiction.distance;
				const general = d?.general;
				const lines: string[] = [];
				let law: string | undefined;
				let source: Source | undefined;
				if (general && 'noneInLaw' in general) {
					lines.push(t('rights.distance.noneInLaw'));
					source = general.source;
				} else if (general) {
					const from = general.from ? ` ${t(`rights.distance.from.${general.from}`)}` : '';
					lines.push(t('rights.distance.general', { period: period(general.period) }) + from);
					if (general.someExcluded) lines.push(t('rights.distance.someExcluded'));
					law = text(general.law);
					source = general.source;
				} else lines.push(t('rights.distance.noGeneral'));
				for (const specific of d?.specific ?? []) {
					const name = text(specific.law);
					lines.push(t(`rights.distance.specific.${specific.covers}`, { period: period(specific.period) }) + (name ? ` (${name})` : ''));
					source ??= specific.source;
				}
				return { fact, label, lines, law, source };
			}
			case 'complaintAnswer': {
				const c = jurisdiction.complaintAnswer;
				if (!c) return unconfirmed;
				if ('noneInLaw' in c) return { fact, label, lines: [t('rights.complaint.noneInLaw')], source: c.source };
				const line = c.within ? t('rights.complaint.within', { period: period(c.within) }) : t('rights.complaint.inWriting');
				return { fact, label, lines: [line], law: text(c.law), source: c.source };
			}
			case 'complaintRecord': {
				const c = jurisdiction.complaintRecord;
				if (!c) return unconfirmed;
				if ('noneInLaw' in c) return { fact, label, lines: [t('rights.record.noneInLaw')], source: c.source };
				const line = c.keep ? t('rights.record.keep', { period: period(c.keep) }) : t('rights.record.required');
				return { fact, label, lines: [line], law: text(c.law), source: c.source };
			}
		}
	});
}

export interface BodyView {
	id: string;
	name: string;
	url: string;
	/** What it does, then what the source says of cost, decisions, limits. */
	details: string[];
	source: Source;
}

export function bodyViews(jurisdiction: Jurisdiction, locale: Locale, translate: Translate): BodyView[] {
	const t = unescaped(translate);
	const lang = locales[locale].lang;
	return jurisdiction.bodies.map((body) => {
		const details = body.roles.map((role) => t(`rights.role.${role}`));
		if (body.free) details.push(t('rights.body.free'));
		if (body.outcome) details.push(t(`rights.body.outcome.${body.outcome}`));
		if (body.claimLimit) {
			const amount = new Intl.NumberFormat(lang, { style: 'currency', currency: body.claimLimit.currency, maximumFractionDigits: 0 }).format(body.claimLimit.amount);
			details.push(t('rights.body.claimLimit', { amount }));
		}
		if (body.claimWithin) details.push(t('rights.body.claimWithin', { period: formatPeriod(body.claimWithin, locale, t) }));
		return { id: body.id, name: inLocale(body.name, locale), url: body.url, details, source: body.source };
	});
}

/** Every distinct source of the jurisdiction, in the order its facts name them. */
export function jurisdictionSources(jurisdiction: Jurisdiction): Source[] {
	const seen = new Map<string, Source>();
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object')
			for (const [key, child] of Object.entries(value)) {
				if (key === 'source') {
					const source = child as Source;
					const known = seen.get(source.url + source.title);
					if (!known || known.checked > source.checked) seen.set(source.url + source.title, source);
				} else walk(child);
			}
	};
	walk(jurisdiction);
	return [...seen.values()];
}

/** The day the facts were checked: the earliest check date of any of its sources (YYYY-MM-DD). */
export function checkedOn(jurisdiction: Jurisdiction): string {
	return jurisdictionSources(jurisdiction)
		.map(({ checked }) => checked)
		.sort()[0]!;
}

/** A check date written the way the page's language writes dates. */
export function formatDate(day: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
