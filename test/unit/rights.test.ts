import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import organisation from '../../src/config/organisation';
import { organisationSettings, staleRightsWarnings } from '../../src/config/integration';
import { defineOrganisation, type OrganisationInput } from '../../src/config/schema';
import { localeCodes, type Locale } from '../../src/locales';
import { factSources, staleFacts, staleFactWarning } from '../../src/rights/freshness';
import { shippedJurisdictions } from '../../src/rights/jurisdictions';
import { defineJurisdiction, factKeys, isDefinedJurisdiction, jurisdictionFile, type Jurisdiction, type JurisdictionInput } from '../../src/rights/schema';
import { bodyViews, checkedOn, factViews, formatPeriod, jurisdictionSources, rightsFactKeys, type Translate } from '../../src/rights/view';
import valoria from '../fixtures/rights/valoria';
import valoriaSettings from '../fixtures/rights/organisation';
import oldland from '../fixtures/rights/stale';
import { root } from '../support/paths';

const shipped = Object.entries(shippedJurisdictions) as [string, Jurisdiction][];
/** Each shipped jurisdiction and the edition of its country. */
const homeEdition: Record<string, Locale> = { finland: 'fi', croatia: 'hr', bulgaria: 'bg', malaysia: 'ms' };
const today = new Date('2026-12-01T12:00:00Z');

/** A small valid jurisdiction to break one fact at a time; texts in Finnish only. */
const minimal = (): JurisdictionInput & Record<string, unknown> => ({
	id: 'x',
	name: { fi: 'X-maa' },
	guarantee: {
		kind: 'fixedPeriod',
		period: { count: 2, unit: 'years' },
		source: { title: 'X-maan laki, 1 §', url: 'https://example.org/x/laki', checked: '2026-12-01' },
	},
	bodies: [
		{
			id: 'x-board',
			name: { fi: 'X-maan lautakunta' },
			url: 'https://example.org/x/board',
			roles: ['disputeResolution'],
			source: { title: 'X-maan lautakunta', url: 'https://example.org/x/board', checked: '2026-12-01' },
		},
	],
});

function jurisdictionError(change: (input: ReturnType<typeof minimal>) => unknown): string {
	const input = minimal();
	change(input);
	try {
		defineJurisdiction(input as JurisdictionInput, 'src/rights/jurisdictions/x.ts');
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the jurisdiction was accepted');
}

function settingsError(jurisdiction: unknown): string {
	try {
		defineOrganisation({ ...organisation, jurisdiction } as OrganisationInput, 'src/config/organisation.ts');
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the settings were accepted');
}

afterEach(() => vi.unstubAllEnvs());

describe('shipped jurisdictions', () => {
	test('the four are registered under their own ids and name their own files', () => {
		expect(shipped.map(([id]) => id).sort()).toEqual(['bulgaria', 'croatia', 'finland', 'malaysia']);
		for (const [id, jurisdiction] of shipped) {
			expect(jurisdiction.id).toBe(id);
			expect(isDefinedJurisdiction(jurisdiction)).toBe(true);
			expect(jurisdictionFile(jurisdiction)).toBe(`src/rights/jurisdictions/${id}.ts`);
		}
	});

	test.each(shipped)('%s: every fact it holds has a source with a title, an https address and a check date', (id, jurisdiction) => {
		const present = factKeys.filter((key) => jurisdiction[key] !== undefined);
		const sources = factSources(jurisdiction);
		// Every shipped country has a confirmed guarantee, a rule for distance purchases and bodies.
		expect(present).toEqual(expect.arrayContaining(['guarantee', 'distance', 'bodies']));
		for (const key of present) expect(sources.some(({ fact }) => fact === key || fact.startsWith(`${key}.`)), `${id}: ${key} has no source`).toBe(true);
		for (const [index] of jurisdiction.bodies.entries()) expect(sources.map(({ fact }) => fact)).toContain(`bodies.${index}`);
		for (const { fact, source } of sources) {
			expect(source.title.trim(), `${id}: ${fact}`).not.toBe('');
			expect(new URL(source.url).protocol, `${id}: ${fact}`).toBe('https:');
			expect(source.checked, `${id}: ${fact}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(source.checked).getTime(), `${id}: ${fact} checked in the future`).toBeLessThanOrEqual(Date.now());
		}
	});

	test.each(shipped)('%s: every text a reader sees exists in the language of its country', (id, jurisdiction) => {
		const locale = homeEdition[id];
		expect(jurisdiction.name[locale]).toBeTruthy();
		expect(jurisdiction.bodies.length).toBeGreaterThan(0);
		for (const body of jurisdiction.bodies) {
			expect(body.name[locale], `${id}: ${body.id}`).toBeTruthy();
			expect(new URL(body.url).protocol).toBe('https:');
		}
	});

	test('the bodies named in the brief are there, as each writes itself', () => {
		const names = (id: keyof typeof shippedJurisdictions, locale: Locale) => shippedJurisdictions[id].bodies.map((body) => body.name[locale]);
		expect(names('finland', 'fi')).toEqual(expect.arrayContaining(['Kuluttajaneuvonta', 'Kuluttajariitalautakunta']));
		expect(names('croatia', 'hr')).toContain('Državni inspektorat');
		expect(names('bulgaria', 'bg')).toContain('Комисия за защита на потребителите');
		expect(names('malaysia', 'ms')).toContain('Tribunal Tuntutan Pengguna Malaysia');
	});

	test('Malaysia claims no general right to return online purchases, only the direct-sales cooling-off', () => {
		const { distance } = shippedJurisdictions.malaysia;
		expect(distance?.general).toBeUndefined();
		expect(distance?.specific).toEqual([expect.objectContaining({ covers: 'directSalesContracts', period: { count: 10, unit: 'workingDays' } })]);
	});
});

describe('the notes for page writers', () => {
	const notes = readFileSync(`${root}docs/editorial/sources/rights.md`, 'utf8');
	const section = (id: string) => {
		const start = notes.indexOf(`(\`${id}\`)`);
		expect(start, `no section for ${id}`).toBeGreaterThan(0);
		const end = notes.indexOf('\n## ', start);
		return notes.slice(start, end === -1 ? undefined : end);
	};

	test.each(shipped)('%s: every source address is in its section, with the day it was read', (id, jurisdiction) => {
		const text = section(id);
		for (const { fact, source } of factSources(jurisdiction)) {
			expect(text, `${id}: ${fact}`).toContain(source.url);
			expect(text, `${id}: ${fact}`).toContain(source.checked);
		}
	});

	test.each(shipped)('%s: every fact left out is listed as not confirmed', (id, jurisdiction) => {
		const notConfirmed = section(id).split('### Not confirmed')[1] ?? '';
		const absent = [
			...factKeys.filter((key) => jurisdiction[key] === undefined),
			...(jurisdiction.distance && !jurisdiction.distance.general ? ['distance.general'] : []),
		];
		for (const key of absent) expect(notConfirmed, `${id}: ${key}`).toContain(`\`${key}\``);
	});
});

describe('the jurisdiction setting', () => {
	test('the shipped settings give each edition its own country', () => {
		expect(Object.fromEntries(localeCodes.map((locale) => [locale, organisation.jurisdiction[locale].id]))).toEqual({
			fi: 'finland',
			hr: 'croatia',
			bg: 'bulgaria',
			ms: 'malaysia',
		});
	});

	test('editions left out keep their own country; a team may override one', () => {
		const { jurisdiction: _, ...withoutSetting } = organisation;
		const defaults = defineOrganisation(withoutSetting as OrganisationInput);
		expect(localeCodes.map((locale) => defaults.jurisdiction[locale].id)).toEqual(['finland', 'croatia', 'bulgaria', 'malaysia']);
		const overridden = defineOrganisation({ ...withoutSetting, jurisdiction: { hr: valoria } } as OrganisationInput);
		expect(localeCodes.map((locale) => overridden.jurisdiction[locale].id)).toEqual(['finland', 'valoria', 'bulgaria', 'malaysia']);
		expect(overridden.jurisdiction.hr).toBe(valoria);
	});

	test('an unknown id is refused, naming the setting and the known ids', () => {
		expect(settingsError({ hr: 'slovenia' })).toContain(
			'src/config/organisation.ts: jurisdiction.hr: unknown jurisdiction "slovenia"; known: bulgaria, croatia, finland, malaysia',
		);
	});

	test('a plain object is refused: a jurisdiction must go through defineJurisdiction', () => {
		expect(settingsError({ ms: minimal() })).toContain('src/config/organisation.ts: jurisdiction.ms: must be the id of a shipped jurisdiction');
	});

	test('a jurisdiction without the texts of an edition that uses it is refused, naming its file and the fact', () => {
		const x = defineJurisdiction(minimal(), 'src/rights/jurisdictions/x.ts');
		const error = settingsError({ fi: x, hr: x });
		expect(error).toContain('src/config/organisation.ts: jurisdiction.hr: src/rights/jurisdictions/x.ts: name.hr: missing (edition hr uses this jurisdiction)');
		expect(error).toContain('src/rights/jurisdictions/x.ts: bodies.0.name.hr: missing (edition hr uses this jurisdiction)');
		expect(error).not.toContain('name.fi');
		// A shipped module used by another edition than its own's.
		expect(settingsError({ ms: 'finland' })).toContain('src/rights/jurisdictions/finland.ts: bodies.1.name.ms: missing (edition ms uses this jurisdiction)');
	});

	test('the made-up jurisdiction for other-jurisdiction builds is valid and serves every edition', () => {
		expect(isDefinedJurisdiction(valoria)).toBe(true);
		for (const locale of localeCodes) {
			expect(valoriaSettings.jurisdiction[locale]).toBe(valoria);
			for (const body of valoria.bodies) expect(body.name[locale]).toBeTruthy();
		}
		const shippedBodies = shipped.flatMap(([, jurisdiction]) => jurisdiction.bodies.map((body) => body.id));
		expect(valoria.bodies.filter((body) => shippedBodies.includes(body.id))).toEqual([]);
		expect(valoria.bodies).toHaveLength(2);
	});
});

describe('mistakes in a jurisdiction module are named', () => {
	const mistakes: [string, (input: ReturnType<typeof minimal>) => unknown, string][] = [
		['a check date that is not a date', (j) => ((j.guarantee as { source: { checked: string } }).source.checked = 'yesterday'), 'guarantee.source.checked: must be a date'],
		['a day that does not exist', (j) => ((j.guarantee as { source: { checked: string } }).source.checked = '2026-02-30'), 'guarantee.source.checked: must be a date'],
		['a source without an address', (j) => delete (j.bodies[0].source as { url?: string }).url, 'bodies.0.source.url: missing'],
		['an address that is not https', (j) => (j.bodies[0].url = 'http://example.org/x'), 'bodies.0.url: must be an https address'],
		['a fact without its source', (j) => delete (j.guarantee as { source?: unknown }).source, 'guarantee.source: missing'],
		['a body without a name', (j) => delete (j.bodies[0] as { name?: unknown }).name, 'bodies.0.name: missing'],
		['a body with an empty name', (j) => (j.bodies[0].name = { fi: ' ' }), 'bodies.0.name.fi: must not be empty'],
		['a body without roles', (j) => (j.bodies[0].roles = []), 'bodies.0.roles: must name at least one role'],
		['no outside body', (j) => (j.bodies = []), 'bodies: must name at least one outside body'],
		['a misspelt fact', (j) => (j.garantee = {}), 'garantee: unknown key; check its spelling'],
		['a language the site does not have', (j) => (j.name = { fi: 'X-maa', en: 'X-land' } as never), 'name.en: unknown key'],
		['a remedy that is not a code', (j) => (j.remedies = { steps: [['money-back']], source: minimal().bodies[0].source } as never), 'remedies.steps.0.0:'],
		['a period of no days', (j) => (j.complaintAnswer = { inWriting: true, within: { count: 0, unit: 'days' }, source: minimal().bodies[0].source }), 'complaintAnswer.within.count: must be at least 1'],
		['a guarantee of an unknown kind', (j) => (j.guarantee = { kind: 'forever' } as never), 'guarantee.kind:'],
	];
	test.each(mistakes)('%s', (_, change, message) => {
		expect(jurisdictionError(change)).toContain(`src/rights/jurisdictions/x.ts: ${message}`);
	});

	test('"none in law" is a fact too, with its own source', () => {
		const source = { title: 'X-maan laki, 9 §', url: 'https://example.org/x/laki#9', checked: '2026-12-01' };
		const x = defineJurisdiction({ ...minimal(), complaintAnswer: { noneInLaw: true, source } } as JurisdictionInput);
		expect(x.complaintAnswer).toEqual({ noneInLaw: true, source });
		expect(factSources(x).map(({ fact }) => fact)).toContain('complaintAnswer');
		expect(jurisdictionError((j) => (j.complaintAnswer = { noneInLaw: true } as never))).toContain('src/rights/jurisdictions/x.ts: complaintAnswer.source: missing');
	});
});

describe('facts checked more than a year before the build', () => {
	const inUse = (hr: Jurisdiction) => ({ ...organisation.jurisdiction, hr });

	test('the shipped facts are current on 2026-12-01', () => {
		expect(staleFacts(organisation.jurisdiction, today)).toEqual([]);
		expect(staleRightsWarnings(organisation, today)).toEqual([]);
	});

	test('a fact checked a year and a day before is named, one a year before is not', () => {
		const j = defineJurisdiction(
			{
				...minimal(),
				name: { fi: 'X-maa', hr: 'Zemlja X' },
				guarantee: { kind: 'noFixedPeriod', decidedBy: 'expectedLifetime', source: { title: 'Laki', url: 'https://example.org/x', checked: '2025-11-30' } },
				bodies: [{ ...minimal().bodies[0], name: { hr: 'Odbor X' }, source: { title: 'Odbor', url: 'https://example.org/x/b', checked: '2025-12-01' } }],
			},
			'src/rights/jurisdictions/x.ts',
		);
		const stale = staleFacts(inUse(j), today);
		expect(stale).toEqual([{ jurisdiction: 'x', file: 'src/rights/jurisdictions/x.ts', editions: ['hr'], fact: 'guarantee', checked: '2025-11-30' }]);
		expect(staleFactWarning(stale[0], today)).toBe(
			'customers\' rights: jurisdiction "x" (editions hr; src/rights/jurisdictions/x.ts): guarantee was checked on 2025-11-30, ' +
				'more than a year before this build (2026-12-01); read its source again and update the fact and its date',
		);
		// A year later both are stale; on a leap day the limit is 28 February of the year before.
		expect(staleFacts(inUse(j), new Date('2027-12-01T00:00:00Z')).map(({ fact }) => fact)).toEqual(['guarantee', 'bodies.0']);
		expect(staleFacts(inUse(j), new Date('2026-12-02T00:00:00Z')).map(({ fact }) => fact)).toEqual(['guarantee', 'bodies.0']);
		expect(staleFacts(inUse(j), new Date('2026-12-01T23:59:59Z')).map(({ fact }) => fact)).toEqual(['guarantee']);
		const leap = (checked: string) =>
			defineJurisdiction({
				...minimal(),
				guarantee: { kind: 'noFixedPeriod', decidedBy: 'expectedLifetime', source: { title: 'Laki', url: 'https://example.org/x', checked } },
				bodies: [{ ...minimal().bodies[0], source: { title: 'Lautakunta', url: 'https://example.org/x/b', checked } }],
			});
		const everywhere = (x: Jurisdiction) => ({ fi: x, hr: x, bg: x, ms: x });
		const leapDay = new Date('2028-02-29T08:00:00Z');
		expect(staleFacts(everywhere(leap('2027-02-27')), leapDay).map(({ fact }) => fact)).toEqual(['guarantee', 'bodies.0']);
		expect(staleFacts(everywhere(leap('2027-02-28')), leapDay)).toEqual([]);
	});

	test('only jurisdictions in use are checked, and each once for all its editions', () => {
		expect(staleFacts(organisation.jurisdiction, new Date('2030-01-01T00:00:00Z'))).toHaveLength(
			shipped.reduce((count, [, jurisdiction]) => count + factSources(jurisdiction).length, 0),
		);
		const shared = staleFacts({ ...organisation.jurisdiction, fi: oldland, hr: oldland } as Record<Locale, Jurisdiction>, today);
		expect(shared).toEqual([expect.objectContaining({ jurisdiction: 'oldland', editions: ['fi', 'hr'], fact: 'guarantee', checked: '2024-06-01' })]);
	});

	test('the settings integration warns during the build, naming the jurisdiction, the fact and its date', async () => {
		vi.stubEnv('ORGANISATION_SETTINGS', 'test/fixtures/rights/stale-organisation.ts');
		const settings = await organisationSettings(root);
		const logger = { warn: vi.fn(), info: vi.fn(), error: vi.fn() };
		const setup = settings.hooks['astro:config:setup'] as unknown as (options: object) => void;
		setup({ config: { publicDir: pathToFileURL(`${root}public/`) }, updateConfig: vi.fn(), addWatchFile: vi.fn(), logger });
		const warnings = logger.warn.mock.calls.map(([line]) => String(line));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('jurisdiction "oldland" (editions hr; test/fixtures/rights/stale.ts): guarantee was checked on 2024-06-01');
	});
});

describe('what the rights components render (src/rights/view.ts)', () => {
	/** The interface strings as Starlight's `t` reads them; a missing key or an unfilled value fails. */
	const translate =
		(locale: Locale): Translate =>
		(key, options) => {
			const text = (JSON.parse(readFileSync(`${root}src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>)[key];
			if (text === undefined) throw new Error(`src/content/i18n/${locale}.json has no "${key}"`);
			return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
				if (options?.[name] === undefined) throw new Error(`"${key}" in ${locale}: no value for {{${name}}}`);
				return String(options[name]);
			});
		};
	const cases = [...shipped.map(([id, jurisdiction]) => [id, homeEdition[id]!, jurisdiction] as const), ...localeCodes.map((locale) => ['valoria', locale, valoria] as const)];

	test.each(cases)('%s in %s: every fact, body and source renders, in words of the language, with no placeholder left', (_, locale, jurisdiction) => {
		const facts = factViews(jurisdiction, rightsFactKeys, locale, translate(locale));
		expect(facts.map(({ fact }) => fact)).toEqual([...rightsFactKeys]);
		const bodies = bodyViews(jurisdiction, locale, translate(locale));
		expect(bodies.map(({ id }) => id)).toEqual(jurisdiction.bodies.map(({ id }) => id));
		const texts = [...facts.flatMap(({ label, lines, law }) => [label, ...lines, law ?? '']), ...bodies.flatMap(({ name, details }) => [name, ...details])];
		for (const text of texts) expect(text, jurisdiction.id).not.toMatch(/\{\{|\}\}|undefined|NaN|rights\./);
		// A fact the module holds shows its source; one it leaves out says it was not confirmed.
		for (const view of facts) {
			const held = jurisdiction[view.fact] !== undefined;
			expect(view.source !== undefined, `${jurisdiction.id}: ${view.fact}`).toBe(held && !(view.fact === 'distance' && !jurisdiction.distance?.general && !jurisdiction.distance?.specific));
		}
		expect(jurisdictionSources(jurisdiction).map(({ url }) => url)).toEqual(expect.arrayContaining(factSources(jurisdiction).map(({ source }) => source.url)));
		expect(checkedOn(jurisdiction)).toBe(factSources(jurisdiction).map(({ source }) => source.checked).sort()[0]);
	});

	test('lengths are written in each language\'s own forms', () => {
		const days = { count: 14, unit: 'days' } as const;
		expect(localeCodes.map((locale) => formatPeriod(days, locale, translate(locale)))).toEqual(['14 päivää', '14 dana', '14 дни', '14 hari']);
		const years = { count: 2, unit: 'years' } as const;
		expect(localeCodes.map((locale) => formatPeriod(years, locale, translate(locale)))).toEqual(['2 vuotta', '2 godine', '2 години', '2 tahun']);
		const working = (count: number) => ({ count, unit: 'workingDays' }) as const;
		expect(formatPeriod(working(10), 'ms', translate('ms'))).toBe('10 hari bekerja');
		expect(formatPeriod(working(3), 'hr', translate('hr'))).toBe('3 radna dana');
		expect(formatPeriod(working(5), 'hr', translate('hr'))).toBe('5 radnih dana');
		expect(formatPeriod(working(1), 'bg', translate('bg'))).toBe('1 работен ден');
	});

	test('the facts Malaysia leaves out say so instead of guessing, and its direct-sales rule names its law', () => {
		const [remedies, distance] = factViews(shippedJurisdictions.malaysia, ['remedies', 'distance'], 'ms', translate('ms'));
		expect(remedies!.lines).toEqual([translate('ms')('rights.notConfirmed')]);
		expect(distance!.lines.join(' ')).toContain('10 hari bekerja');
		expect(distance!.lines.join(' ')).toContain('Akta Jualan Langsung dan Skim Anti-Piramid 1993');
	});
});

describe('the guidance leads to the rights page', () => {
	// A faulty product is a legal right before it is a favour: the compensation page says so and links the page.
	test.each(localeCodes)('%s: the compensation page links the rights page', (locale: Locale) => {
		const page = readFileSync(`${root}src/content/docs/${locale}/compensate.mdx`, 'utf8');
		expect(page).toMatch(/\]\(\.\.\/rights\/\)/);
	});
});
