import { afterEach, describe, expect, test, vi } from 'vitest';
import organisation from '../../src/config/organisation';
import { currencyOf, formatCallbackTime, formatRemedyLimit, organisationName } from '../../src/config/format';
import { organisationSettings, settingsFileProblems } from '../../src/config/integration';
import { safetyFacts, safetyFactValues } from '../../src/config/safety';
import { defaultSettingsFile, defineOrganisation, type OrganisationInput } from '../../src/config/schema';
import { root } from '../support/paths';

const publicDir = `${root}public/`;

/** A valid settings object to break one setting at a time. */
const valid = (): OrganisationInput => ({
	name: 'Esimerkki',
	currency: 'EUR',
	callbackHours: 24,
	escalation: {
		role: { fi: 'vuoropäällikkö', hr: 'voditelj smjene', bg: 'отговорник на смяната', ms: 'penyelia syif' },
		contact: { fi: 'puhelin 200', hr: 'telefon 200', bg: 'телефон 200', ms: 'telefon 200' },
	},
	remedies: {
		replacement: { staffMayGive: true },
		freeDelivery: { staffMayGive: true },
		refund: { staffMayGive: false, upTo: 0 },
		discount: { staffMayGive: true, upTo: 10 },
		voucher: { staffMayGive: true, upTo: 20 },
	},
	safety: {
		emergencyNumber: { fi: '112', hr: '112', bg: '112', ms: '999' },
		alarm: { fi: 'hälytyspainike', hr: 'tipka za uzbunu', bg: 'паник бутон', ms: 'butang kecemasan' },
		reportingRoute: { fi: 'kerro vuoropäällikölle', hr: 'javite voditelju smjene', bg: 'кажете на отговорника', ms: 'beritahu penyelia syif' },
		supportService: { fi: 'työterveyshuolto' },
	},
});

type Settings = OrganisationInput & Record<string, unknown>;
type Change = (settings: Settings) => unknown;

function errorOf(change: Change): string {
	const settings = valid() as Settings;
	change(settings);
	try {
		defineOrganisation(settings);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the settings were accepted');
}

afterEach(() => vi.unstubAllEnvs());

describe('organisation settings', () => {
	test('the shipped settings file passes every check the build makes, loaded the way the build loads it', async () => {
		const loaded = await organisationSettings(root);
		expect(loaded.organisation).toEqual(organisation);
		expect(defineOrganisation(organisation as OrganisationInput, defaultSettingsFile)).toEqual(organisation);
		expect(organisation.name).toBeTruthy();
		expect(settingsFileProblems(organisation, publicDir, defaultSettingsFile)).toEqual([]);
	});

	test('the settings these tests break one at a time are valid to begin with', () => {
		expect(() => defineOrganisation(valid())).not.toThrow();
	});

	const mistakes: [string, Change, string][] = [
		['name', (s) => (s.name = ' '), 'name: must not be empty'],
		['name in one language', (s) => (s.name = { fi: 'Kauppa Oy', hr: 'Trgovina d.o.o.', bg: ' ', ms: 'Kedai Sdn. Bhd.' }), 'name.bg: must not be empty'],
		['currency', (s) => (s.currency = 'euro'), 'currency: must be a three-letter ISO 4217 code'],
		['callbackHours', (s) => (s.callbackHours = 0), 'callbackHours: must be at least 1 hour'],
		['callbackHours', (s) => (s.callbackHours = 1.5), 'callbackHours: must be a whole number of hours'],
		['escalation contact', (s) => (s.escalation.contact.hr = ''), 'escalation.contact.hr: must not be empty'],
		['escalation role', (s) => delete (s.escalation.role as Record<string, string>).ms, 'escalation.role.ms:'],
		['discount', (s) => (s.remedies.discount.upTo = 150), 'remedies.discount.upTo: cannot be above 100 percent'],
		['refund', (s) => (s.remedies.refund = { staffMayGive: true, upTo: 0 }), 'remedies.refund.upTo: "upTo" must be above 0 exactly when'],
		['voucher', (s) => (s.remedies.voucher.upTo = -5), 'remedies.voucher.upTo: must be zero or more'],
		['voucher in one edition', (s) => (s.remedies.voucher.upTo = { fi: 20, hr: 20, bg: 20, ms: -5 }), 'remedies.voucher.upTo.ms: must be zero or more'],
		['voucher missing an edition', (s) => (s.remedies.voucher.upTo = { fi: 20, hr: 20, bg: 20 } as never), 'remedies.voucher.upTo.ms: missing: give one for every edition'],
		['refund in one edition', (s) => (s.remedies.refund = { staffMayGive: true, upTo: { fi: 50, hr: 50, bg: 0, ms: 250 } }), 'remedies.refund.upTo.bg: "upTo" must be above 0 exactly when'],
		['discount in one edition', (s) => (s.remedies.discount.upTo = { fi: 10, hr: 110, bg: 10, ms: 10 }), 'remedies.discount.upTo.hr: cannot be above 100 percent'],
		['currency in one edition', (s) => (s.currency = { fi: 'EUR', hr: 'EUR', bg: 'EUR', ms: 'ringgit' }), 'currency.ms: must be a three-letter ISO 4217 code'],
		['currency missing an edition', (s) => (s.currency = { fi: 'EUR', hr: 'EUR', bg: 'EUR' } as never), 'currency.ms: missing: give one for every edition'],
		['currency for an unknown edition', (s) => (s.currency = { fi: 'EUR', hr: 'EUR', bg: 'EUR', ms: 'MYR', en: 'GBP' } as never), 'currency.en: unknown setting'],
		[
			'amount shared by editions with different currencies',
			(s) => (s.currency = { fi: 'EUR', hr: 'EUR', bg: 'EUR', ms: 'MYR' }),
			'remedies.voucher.upTo: is one amount, but the editions count in different currencies (EUR in fi, EUR in hr, EUR in bg, MYR in ms)',
		],
		['logo', (s) => (s.logo = 'https://example.org/logo.gif'), 'logo: must be a file name in public/'],
		['logo', (s) => (s.logo = '../secret.svg'), 'logo: must be a file name in public/'],
		['a misspelt setting', (s) => (s.callbackHour = 24), 'callbackHour: unknown setting; check its spelling'],
		['emergency number', (s) => (s.safety.emergencyNumber.ms = '99 9'), 'safety.emergencyNumber.ms: must be digits'],
		['emergency number', (s) => (s.safety.emergencyNumber.fi = '+358 112'), 'safety.emergencyNumber.fi: must be digits'],
		['emergency number', (s) => delete (s.safety.emergencyNumber as Record<string, string>).bg, 'safety.emergencyNumber.bg:'],
		['reporting route', (s) => (s.safety.reportingRoute.hr = ' '), 'safety.reportingRoute.hr: must not be empty'],
		['support service', (s) => (s.safety.supportService = { fi: '' }), 'safety.supportService.fi: must not be empty; leave "fi" out'],
		['alarm', (s) => (s.safety.alarm = { sv: 'larmknapp' } as never), 'safety.alarm.sv: unknown setting'],
		['crisis line', (s) => (s.safety.crisisLine = { ms: ' ' }), 'safety.crisisLine.ms: must not be empty'],
		['safety group', (s) => delete (s as Partial<Settings>).safety, 'safety:'],
		['a misspelt remedy', (s) => ((s.remedies as Record<string, unknown>).vouchers = {}), 'remedies.vouchers: unknown setting'],
	];
	test.each(mistakes)('a wrong %s is rejected, naming the file and the setting', (_, change, message) => {
		const error = errorOf(change);
		expect(error).toContain(`src/config/organisation.ts: ${message}`);
	});

	test('errors name the file ORGANISATION_SETTINGS points to', () => {
		vi.stubEnv('ORGANISATION_SETTINGS', '../our-policy/organisation.ts');
		expect(errorOf((s) => (s.callbackHours = 0))).toContain('../our-policy/organisation.ts: callbackHours:');
	});

	test('a logo that is not in public/ is named', () => {
		const settings = defineOrganisation({ ...valid(), logo: 'missing-logo.svg' });
		expect(settingsFileProblems(settings, publicDir, 'src/config/organisation.ts')).toEqual([
			'  src/config/organisation.ts: logo: public/missing-logo.svg does not exist; put the logo there or remove the setting',
		]);
		expect(settingsFileProblems({ ...settings, logo: 'favicon.svg' }, publicDir, 'x.ts')).toEqual([]);
	});

	test('the name is one for every language, or one per language', () => {
		const one = defineOrganisation({ ...valid(), name: 'Kauppa Oy' });
		const each = defineOrganisation({ ...valid(), name: { fi: 'Kauppa Oy', hr: 'Trgovina d.o.o.', bg: 'Магазин ООД', ms: 'Kedai Sdn. Bhd.' } });
		for (const locale of ['fi', 'hr', 'bg', 'ms'] as const) expect(organisationName(one, locale)).toBe('Kauppa Oy');
		expect(organisationName(each, 'bg')).toBe('Магазин ООД');
		expect(organisationName(each, 'ms')).toBe('Kedai Sdn. Bhd.');
	});

	test('the safety group: the emergency number per edition; alarm, support and crisis line optional, per edition', () => {
		const settings = defineOrganisation(valid());
		expect(safetyFactValues(settings.safety, safetyFacts, 'fi').map(({ fact }) => fact)).toEqual(['emergencyNumber', 'alarm', 'reportingRoute', 'supportService']);
		// An optional fact left out of an edition is left out of its boxes; the emergency number always comes first.
		expect(safetyFactValues(settings.safety, ['reportingRoute', 'supportService', 'emergencyNumber'], 'hr')).toEqual([
			{ fact: 'emergencyNumber', value: '112' },
			{ fact: 'reportingRoute', value: 'javite voditelju smjene' },
		]);
		const withoutOptional = defineOrganisation({ ...valid(), safety: { ...valid().safety, alarm: undefined, supportService: undefined } });
		expect(safetyFactValues(withoutOptional.safety, safetyFacts, 'ms').map(({ fact }) => fact)).toEqual(['emergencyNumber', 'reportingRoute']);
		expect(organisation.safety.emergencyNumber).toEqual({ fi: '112', hr: '112', bg: '112', ms: '999' });
	});

	test('figures are written the way each language writes them', () => {
		const settings = defineOrganisation(valid());
		const nbsp = (text?: string) => text?.replace(/\s/g, ' ');
		expect(nbsp(formatRemedyLimit(settings, 'voucher', 'fi'))).toBe('20,00 €');
		expect(nbsp(formatRemedyLimit(settings, 'discount', 'fi'))).toBe('10 %');
		expect(formatRemedyLimit(settings, 'refund', 'fi')).toBeUndefined();
		expect(formatRemedyLimit(settings, 'replacement', 'fi')).toBeUndefined();
		expect(nbsp(formatCallbackTime(settings, 'fi'))).toBe('24 tuntia');
		expect(nbsp(formatCallbackTime(settings, 'hr'))).toMatch(/^24 sat/);
	});

	test('currency and amounts are one for every edition, or one per edition', () => {
		const nbsp = (text?: string) => text?.replace(/\s/g, ' ');
		const one = defineOrganisation(valid());
		const each = defineOrganisation({
			...valid(),
			currency: { fi: 'EUR', hr: 'EUR', bg: 'EUR', ms: 'MYR' },
			remedies: { ...valid().remedies, refund: { staffMayGive: true, upTo: { fi: 50, hr: 50, bg: 50, ms: 250.5 } }, voucher: { staffMayGive: true, upTo: { fi: 20, hr: 20, bg: 20, ms: 100 } } },
		});
		expect(currencyOf(one, 'ms')).toBe('EUR');
		expect(currencyOf(each, 'ms')).toBe('MYR');
		expect(currencyOf(each, 'bg')).toBe('EUR');
		expect(nbsp(formatRemedyLimit(each, 'voucher', 'fi'))).toBe('20,00 €');
		expect(nbsp(formatRemedyLimit(each, 'voucher', 'hr'))).toBe('20,00 €');
		expect(nbsp(formatRemedyLimit(each, 'voucher', 'bg'))).toBe('20,00 €');
		// Malaysians write the ringgit against the figure, with cents only when there are any.
		expect(formatRemedyLimit(each, 'voucher', 'ms')).toBe('RM100');
		expect(formatRemedyLimit(each, 'refund', 'ms')).toBe('RM250.50');
		expect(formatRemedyLimit(one, 'voucher', 'ms')).toBe('€20');
		// A discount is a percentage in every edition, even when given per edition.
		const discounts = defineOrganisation({ ...valid(), remedies: { ...valid().remedies, discount: { staffMayGive: true, upTo: { fi: 10, hr: 10, bg: 10, ms: 5 } } } });
		expect(nbsp(formatRemedyLimit(discounts, 'discount', 'ms'))).toBe('5%');
		expect(nbsp(formatRemedyLimit(discounts, 'discount', 'fi'))).toBe('10 %');
	});

	test('the shipped settings count in euros in fi, hr and bg and in ringgit in ms', () => {
		for (const locale of ['fi', 'hr', 'bg'] as const) expect(formatRemedyLimit(organisation, 'voucher', locale)).toMatch(/^\d+,\d\d\s€$/);
		expect(formatRemedyLimit(organisation, 'voucher', 'ms')).toMatch(/^RM\d+$/);
	});

	// What astro.config.mjs runs first; real builds with these files stop the same way (test/browser/organisation.test.ts).
	test('loading a broken settings file stops, naming every wrong setting', async () => {
		vi.stubEnv('ORGANISATION_SETTINGS', 'test/fixtures/organisation/broken.ts');
		const failure = await organisationSettings(root).then(
			() => 'loaded',
			(error: Error) => error.message,
		);
		expect(failure).toContain('test/fixtures/organisation/broken.ts: escalation.contact.hr: must not be empty');
		expect(failure).toContain('test/fixtures/organisation/broken.ts: remedies.discount.upTo: cannot be above 100 percent');
	});

	test('loading a settings file that does not exist says so', async () => {
		vi.stubEnv('ORGANISATION_SETTINGS', 'nowhere/organisation.ts');
		await expect(organisationSettings(root)).rejects.toThrow('ORGANISATION_SETTINGS=nowhere/organisation.ts: no such file');
	});
});
