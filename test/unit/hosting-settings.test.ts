import { describe, expect, test } from 'vitest';
import shipped from '../../src/config/organisation';
import { defineOrganisation, editionValue, type OrganisationInput } from '../../src/config/schema';
import { inUnbuiltEdition, mainEdition, unbuiltEditions } from '../../src/config/editions';
import { localeCodes } from '../../src/locales';

/** Valid settings for Croatian only: its texts alone, as a team building one edition writes them. */
const croatianOnly = (): OrganisationInput => ({
	editions: ['hr'],
	name: { hr: 'Primjer d.o.o.' },
	currency: 'EUR',
	callbackHours: 24,
	escalation: { role: { hr: 'voditelj smjene' }, contact: { hr: 'interni telefon 200' } },
	remedies: {
		replacement: { staffMayGive: true },
		freeDelivery: { staffMayGive: true },
		refund: { staffMayGive: false, upTo: 0 },
		discount: { staffMayGive: true, upTo: 10 },
		voucher: { staffMayGive: true, upTo: 20 },
	},
	safety: { emergencyNumber: { hr: '112' }, reportingRoute: { hr: 'javite voditelju smjene' } },
});

/** Valid safety settings for these editions only. */
const safetyOf = (editions: Array<'fi' | 'hr' | 'bg' | 'ms'>) => ({
	emergencyNumber: Object.fromEntries(editions.map((edition) => [edition, edition === 'ms' ? '999' : '112'])),
	reportingRoute: Object.fromEntries(editions.map((edition) => [edition, `report (${edition})`])),
});

function errorOf(input: OrganisationInput): string {
	try {
		defineOrganisation(input, 'settings.ts');
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the settings were accepted');
}

describe('hosting settings: editions', () => {
	test('every edition by default, as shipped', () => {
		expect(shipped.editions).toEqual(localeCodes);
		const { editions: _, ...withoutEditions } = croatianOnly();
		expect(errorOf(withoutEditions)).toContain('settings.ts: escalation.role.fi:');
	});

	test('a team building one edition writes only its texts', () => {
		const settings = defineOrganisation(croatianOnly());
		expect(settings.editions).toEqual(['hr']);
		expect(settings.escalation.role.hr).toBe('voditelj smjene');
	});

	test('the editions come in the order of src/locales.ts, whatever order they are written in', () => {
		expect(defineOrganisation({ ...croatianOnly(), editions: ['ms', 'hr'], name: 'Primjer', escalation: { role: { hr: 'a', ms: 'b' }, contact: { hr: 'c', ms: 'd' } }, safety: safetyOf(['hr', 'ms']) }).editions).toEqual([
			'hr',
			'ms',
		]);
	});

	test.each([
		['no edition', { editions: [] }, 'settings.ts: editions: must name at least one edition'],
		['an unknown edition', { editions: ['hr', 'sv'] }, 'settings.ts: editions.1: unknown edition "sv"; the site has fi, hr, bg, ms'],
		['an edition twice', { editions: ['hr', 'hr'] }, 'settings.ts: editions: names an edition twice'],
		['a text missing for a built edition', { editions: ['hr', 'bg'] }, 'settings.ts: escalation.role.bg:'],
	] as const)('%s is rejected, naming the setting', (_, change, message) => {
		expect(errorOf({ ...croatianOnly(), ...(change as unknown as Partial<OrganisationInput>) })).toContain(message);
	});

	test('the edition outside any one language is the default one when built, else the first', () => {
		expect(mainEdition(['fi', 'ms'])).toBe('fi');
		expect(mainEdition(['bg', 'ms'])).toBe('bg');
		expect(unbuiltEditions(['bg', 'ms'])).toEqual(['fi', 'hr']);
		expect(inUnbuiltEdition('/hr/calm/', ['bg', 'ms'])).toBe(true);
		expect(inUnbuiltEdition('bg/sw.js', ['bg', 'ms'])).toBe(false);
		expect(inUnbuiltEdition('/', ['bg'])).toBe(false);
	});
});

describe('hosting settings: frameAncestors and feedback', () => {
	test('none by default', () => {
		expect(shipped.frameAncestors).toEqual([]);
		const settings = defineOrganisation(croatianOnly());
		expect(settings.frameAncestors).toEqual([]);
		expect(settings.feedback).toBeUndefined();
	});

	test('origins, e-mail addresses and https forms are accepted', () => {
		const settings = defineOrganisation({
			...croatianOnly(),
			frameAncestors: ['https://intranet.example.org', 'https://*.learning.example.org', 'http://portal.local:8080'],
			feedback: 'kb-team@example.org',
		});
		expect(settings.frameAncestors).toHaveLength(3);
		expect(defineOrganisation({ ...croatianOnly(), feedback: 'https://forms.example.org/kb?form=7' }).feedback).toBe('https://forms.example.org/kb?form=7');
	});

	test.each([
		['a path', { frameAncestors: ['https://intranet.example.org/portal'] }, 'settings.ts: frameAncestors.0: must be an origin such as "https://intranet.example.org"'],
		['a trailing slash', { frameAncestors: ['https://intranet.example.org/'] }, 'settings.ts: frameAncestors.0: must be an origin'],
		['a keyword', { frameAncestors: ["'self'"] }, 'settings.ts: frameAncestors.0: must be an origin'],
		['a header injection', { frameAncestors: ['https://a.example.org; script-src *'] }, 'settings.ts: frameAncestors.0: must be an origin'],
		['a plain-http form', { feedback: 'http://forms.example.org/kb' }, 'settings.ts: feedback: must be an e-mail address ("kb-team@example.org") or the https address'],
		['a script address', { feedback: 'javascript:alert(1)' }, 'settings.ts: feedback: must be an e-mail address'],
		['a malformed address', { feedback: 'kb-team at example.org' }, 'settings.ts: feedback: must be an e-mail address'],
	] as const)('%s is rejected, naming the setting', (_, change, message) => {
		expect(errorOf({ ...croatianOnly(), ...(change as unknown as Partial<OrganisationInput>) })).toContain(message);
	});
});

describe('hosting settings with per-edition currencies, amounts and jurisdictions', () => {
	/** Bulgarian and Malay only, each edition in its own money, as the two-edition test build has them. */
	const twoCurrencies = (): OrganisationInput => ({
		...croatianOnly(),
		editions: ['bg', 'ms'],
		name: { bg: 'Пример ООД', ms: 'Contoh Sdn. Bhd.' },
		currency: { bg: 'EUR', ms: 'MYR' },
		escalation: { role: { bg: 'отговорник', ms: 'penyelia' }, contact: { bg: 'телефон 200', ms: 'telefon 200' } },
		safety: { emergencyNumber: { bg: '112', ms: '999' }, reportingRoute: { bg: 'кажете на отговорника', ms: 'beritahu penyelia' } },
		remedies: { ...croatianOnly().remedies, voucher: { staffMayGive: true, upTo: { bg: 20, ms: 100 } } },
	});

	test('a currency and an amount per built edition are enough: the editions left out need none', () => {
		const settings = defineOrganisation(twoCurrencies());
		expect([editionValue(settings.currency, 'bg'), editionValue(settings.currency, 'ms')]).toEqual(['EUR', 'MYR']);
		expect([editionValue(settings.remedies.voucher.upTo, 'bg'), editionValue(settings.remedies.voucher.upTo, 'ms')]).toEqual([20, 100]);
	});

	test('one amount for built editions with different currencies is still refused, naming those editions only', () => {
		const message = errorOf({ ...twoCurrencies(), remedies: { ...twoCurrencies().remedies, voucher: { staffMayGive: true, upTo: 20 } } });
		expect(message).toContain('settings.ts: remedies.voucher.upTo: is one amount, but the editions count in different currencies (EUR in bg, MYR in ms); give one amount per edition, e.g. { bg: …, ms: … }');
	});

	test('the currencies of editions left out do not count: one amount is fine when the built editions share a currency', () => {
		const settings = defineOrganisation({ ...croatianOnly(), editions: ['fi', 'hr'], name: 'Esimerkki', escalation: { role: { fi: 'a', hr: 'b' }, contact: { fi: 'c', hr: 'd' } }, safety: safetyOf(['fi', 'hr']), currency: { fi: 'EUR', hr: 'EUR', bg: 'BGN', ms: 'MYR' } });
		expect(settings.remedies.voucher.upTo).toBe(20);
	});

	test('an amount missing for a built edition is reported by edition', () => {
		expect(errorOf({ ...twoCurrencies(), remedies: { ...twoCurrencies().remedies, voucher: { staffMayGive: true, upTo: { bg: 20 } } } })).toContain('settings.ts: remedies.voucher.upTo.ms:');
	});

	test('a jurisdiction given for the built edition is not copied to the editions left out, which keep their own country', () => {
		// Malaysia's facts speak Malay only: copied to the Finnish edition, they would be refused there.
		const settings = defineOrganisation({ ...croatianOnly(), editions: ['ms'], name: 'Contoh', escalation: { role: { ms: 'penyelia' }, contact: { ms: 'telefon 200' } }, safety: safetyOf(['ms']), jurisdiction: { ms: 'malaysia' } });
		expect(settings.jurisdiction.ms.id).toBe('malaysia');
		expect([settings.jurisdiction.fi.id, settings.jurisdiction.hr.id, settings.jurisdiction.bg.id]).toEqual(['finland', 'croatia', 'bulgaria']);
	});
});
