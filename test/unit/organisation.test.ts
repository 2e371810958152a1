import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import organisation from '../../src/config/organisation';
import { formatCallbackTime, formatRemedyLimit, organisationName } from '../../src/config/format';
import { settingsFileProblems } from '../../src/config/integration';
import { defineOrganisation, type OrganisationInput } from '../../src/config/schema';
import { buildEnv } from '../support/build';
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
	test('the shipped settings are valid', () => {
		expect(() => defineOrganisation(valid())).not.toThrow();
		expect(organisation.name).toBeTruthy();
		expect(settingsFileProblems(organisation, publicDir, 'src/config/organisation.ts')).toEqual([]);
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
		['logo', (s) => (s.logo = 'https://example.org/logo.gif'), 'logo: must be a file name in public/'],
		['logo', (s) => (s.logo = '../secret.svg'), 'logo: must be a file name in public/'],
		['a misspelt setting', (s) => (s.callbackHour = 24), 'callbackHour: unknown setting; check its spelling'],
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

	test('a build with broken settings stops at once, naming every wrong setting', async () => {
		const run = promisify(execFile)('npx', ['astro', 'build', '--outDir', 'tmp/broken-settings'], {
			cwd: root,
			env: buildEnv({ ORGANISATION_SETTINGS: 'test/fixtures/organisation/broken.ts' }),
		});
		const failure = await run.then(
			() => undefined,
			(error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
		);
		expect(failure).toBeDefined();
		expect(failure).toContain('test/fixtures/organisation/broken.ts: escalation.contact.hr: must not be empty');
		expect(failure).toContain('test/fixtures/organisation/broken.ts: remedies.discount.upTo: cannot be above 100 percent');
	});

	test('a build pointed at a settings file that does not exist says so', async () => {
		const failure = await promisify(execFile)('npx', ['astro', 'build', '--outDir', 'tmp/broken-settings'], {
			cwd: root,
			env: buildEnv({ ORGANISATION_SETTINGS: 'nowhere/organisation.ts' }),
		}).then(
			() => undefined,
			(error: { stdout: string; stderr: string }) => error.stdout + error.stderr,
		);
		expect(failure).toContain('ORGANISATION_SETTINGS=nowhere/organisation.ts: no such file');
	});
});
