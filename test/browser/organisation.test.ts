import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import shipped from '../../src/config/organisation';
import { formatCallbackTime, formatRemedyLimit, organisationName } from '../../src/config/format';
import type { Organisation } from '../../src/config/schema';
import type { Locale } from '../../src/locales';
import alternative from '../fixtures/organisation/alternative';
import { buildSite } from '../support/build';
import { interfaceStrings, localeCodes } from '../support/site';
import { settingsOf } from '../support/variants';
import { builtPages } from './support/built-site';
import { site, test } from './support/harness';

/** A real build of the site with another organisation's settings, chosen the way a team would (test/support/variants.ts). */
const served = site('alternative-settings');
const alternativeDir = served.outDir;
const { origin } = served;
const distDir = site('shipped').outDir;

const html = (dir: string, path: string) => readFileSync(`${dir}${path}index.html`, 'utf8');
const text = (markup: string) =>
	markup
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\s+/g, ' ')
		.trim();
/** The text of every element with the class in the page's markup. */
const textsOf = (markup: string, className: string) =>
	[...markup.matchAll(new RegExp(`<(\\w+)[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([\\s\\S]*?)</\\1>`, 'g'))].map(([, , inner]) =>
		text(inner),
	);
const spaced = (value: string | undefined) => value?.replace(/\s/g, ' ');

/** The safety texts the settings give `locale` (optional ones only where set). */
function safetyTexts(organisation: Organisation, locale: Locale) {
	const { alarm, reportingRoute, supportService, crisisLine } = organisation.safety;
	return Object.fromEntries(
		Object.entries({ alarm: alarm?.[locale], reportingRoute: reportingRoute[locale], supportService: supportService?.[locale], crisisLine: crisisLine?.[locale] }).filter(
			(entry): entry is [string, string] => entry[1] !== undefined,
		),
	);
}

/** A page's text without its list of cited sources, whose titles may hold an emergency number ("dan broja 112"). */
const withoutSources = (markup: string) => markup.replace(/<ul class="guidance-sources"[\s\S]*?<\/ul>/, '');

/** What the settings say, as the pages of `locale` must show it. */
function figures(organisation: Organisation, locale: Locale) {
	return {
		name: organisationName(organisation, locale),
		callbackTime: spaced(formatCallbackTime(organisation, locale))!,
		role: organisation.escalation.role[locale],
		contact: organisation.escalation.contact[locale],
		voucher: spaced(formatRemedyLimit(organisation, 'voucher', locale))!,
		discount: spaced(formatRemedyLimit(organisation, 'discount', locale))!,
	};
}

describe('a build with another settings file (ORGANISATION_SETTINGS)', () => {
	test('is built from the fixture, which really differs from the shipped settings', async () => {
		expect(served.settingsFile).toBe('test/fixtures/organisation/alternative.ts');
		expect(await settingsOf(served)).toEqual(alternative);
		expect(localeCodes.length).toBeGreaterThanOrEqual(4);
		for (const locale of localeCodes)
			for (const [key, value] of Object.entries(figures(alternative, locale)))
				expect(value, `${locale} ${key}`).not.toBe(figures(shipped, locale)[key as keyof ReturnType<typeof figures>]);
		expect(spaced(formatRemedyLimit(alternative, 'voucher', 'fi'))).toBe('35,00 €');
		expect(formatRemedyLimit(alternative, 'voucher', 'ms')).toBe('RM150');
		expect(spaced(formatCallbackTime(alternative, 'fi'))).toBe('48 tuntia');
		for (const locale of localeCodes) {
			expect(alternative.safety.emergencyNumber[locale], locale).not.toBe(shipped.safety.emergencyNumber[locale]);
			const [own, theirs] = [safetyTexts(alternative, locale), safetyTexts(shipped, locale)];
			for (const [key, value] of Object.entries(own)) expect(value, `${locale} ${key}`).not.toBe(theirs[key]);
		}
		// Optional safety facts set the other way round, so both ways of showing them are exercised.
		expect(shipped.safety.supportService?.fi).toBeDefined();
		expect(alternative.safety.supportService?.fi).toBeUndefined();
		expect(shipped.safety.crisisLine?.ms).toBeUndefined();
		expect(alternative.safety.crisisLine?.ms).toBeDefined();
	});

	// Each edition counts in its own currency: ringgit in Malay, euros in the others, in both builds.
	test.each(localeCodes)('%s: amounts are in the edition\'s own currency, in the shipped build and the alternative one', (locale) => {
		const problems: string[] = [];
		const own = locale === 'ms' ? /RM\d/ : /\d\s€/;
		const other = locale === 'ms' ? /€/ : /RM\d/;
		for (const [dir, settings] of [[distDir, shipped], [alternativeDir, alternative]] as const) {
			const voucher = spaced(formatRemedyLimit(settings, 'voucher', locale))!;
			expect(voucher, `${locale} voucher limit`).toMatch(own);
			const table = textsOf(html(dir, `${locale}/compensate/`), 'remedy-table').join(' ');
			if (!table.includes(voucher)) problems.push(`${dir}${locale}/compensate/: the remedy table does not show "${voucher}" (found: "${table}")`);
			const tree = text(html(dir, `${locale}/decide/compensating/`));
			if (!tree.includes(voucher)) problems.push(`${dir}${locale}/decide/compensating/: the tree does not show "${voucher}"`);
			for (const path of builtPages(dir).filter((page) => page.startsWith(`${locale}/`))) {
				const found = other.exec(text(html(dir, path)))?.[0];
				if (found) problems.push(`${dir}${path}: shows "${found}", another edition's currency`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.for(localeCodes)('%s: the header shows the organisation name and logo from the settings', async (locale, { openPage }) => {
		const { page } = await openPage(`${origin}/${locale}/calm/`);
		await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
		const title = page.locator('header .site-title');
		expect(await title.textContent()).toContain(organisationName(alternative, locale));
		const logo = title.locator('img');
		expect(await logo.getAttribute('src')).toBe(`/${alternative.logo}`);
		expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		expect(await logo.isVisible()).toBe(true);
		// The shipped build shows the shipped settings, and no logo, since they name none.
		// Each edition writes the shipped name its own way (src/config/organisation.ts names it per language).
		expect(text(html(distDir, `${locale}/calm/`))).toContain(organisationName(shipped, locale));
		expect(html(distDir, `${locale}/calm/`)).not.toContain('organisation-logo');
	});

	test('the language chooser shows the organisation name and logo', async ({ openPage }) => {
		const { page } = await openPage(`${origin}/`, { javaScriptEnabled: false });
		expect(await page.locator('main .organisation').textContent()).toContain(organisationName(alternative, 'fi'));
		expect(await page.locator('main .organisation img').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
	});

	// The pages that carry the settings, as docs/editorial/outline.md places them.
	test.each(localeCodes)('%s: the pages show the figures and contacts from the settings', (locale) => {
		const expected = figures(alternative, locale);
		const problems: string[] = [];
		const check = (path: string, className: string, wanted: string[]) => {
			const found = textsOf(html(alternativeDir, `${locale}/${path}`), className).join(' | ');
			for (const value of wanted) if (!found.includes(value)) problems.push(`${locale}/${path}: .${className} does not show "${value}" (found: "${found}")`);
		};
		check('compensate/', 'remedy-table', [expected.voucher, expected.role]);
		check('escalate/', 'policy-value', [expected.role, expected.contact]);
		check('resolve/', 'policy-value', [expected.callbackTime]);
		// The emergency number, alarm, reporting route and support: the danger ending, the safety pages, the pocket card.
		const safety = safetyTexts(alternative, locale);
		const number = alternative.safety.emergencyNumber[locale];
		check('decide/safety/', 'dt__safety', [number, safety.alarm!, safety.reportingRoute!]);
		check('decide/', 'dt__safety', [number, safety.alarm!]);
		check('safety/', 'policy-value', [number]);
		check('safety/', 'safety-facts', [number, safety.alarm!, safety.reportingRoute!, ...(safety.supportService ? [safety.supportService] : [])]);
		check('another-approach/', 'safety-facts', [number, ...(safety.crisisLine ? [safety.crisisLine] : [])]);
		check('incident-note/', 'safety-facts', [safety.reportingRoute!]);
		check('pocket-card/', 'pocket-card__safety', [number, safety.alarm!, safety.reportingRoute!]);
		// An edition without a support service says to ask, instead of showing one.
		if (!safety.supportService) check('safety/', 'safety-facts-none', [interfaceStrings(locale)['safety.notSet']]);
		// No page of the edition (guidance, trees, pocket card) still shows a shipped figure the settings changed.
		const pages = builtPages(alternativeDir).filter((path) => path.startsWith(`${locale}/`));
		expect(pages.length, `${locale}: pages in the alternative build`).toBeGreaterThanOrEqual(19);
		const shippedNumber = new RegExp(`(?<!\\d)${shipped.safety.emergencyNumber[locale]}(?!\\d)`);
		for (const path of pages.map((page) => page.slice(locale.length + 1))) {
			const shown = text(withoutSources(html(alternativeDir, `${locale}/${path}`)));
			for (const value of [...Object.values(figures(shipped, locale)), ...Object.values(safetyTexts(shipped, locale))])
				if (shown.includes(value)) problems.push(`${locale}/${path}: still shows the shipped "${value}"`);
			if (shippedNumber.test(shown)) problems.push(`${locale}/${path}: still shows the shipped emergency number ${shipped.safety.emergencyNumber[locale]}`);
		}
		expect(problems).toEqual([]);
	});
});

/** A real `astro build` with a settings file that must stop it; its output, or undefined if it built. */
async function failedBuild(settingsFile: string): Promise<string | undefined> {
	const { code, output } = await buildSite('tmp/broken-settings', { env: { ORGANISATION_SETTINGS: settingsFile } });
	return code === 0 ? undefined : output;
}

// Builds that stop while the configuration loads, before any page is rendered (seconds, not a full build).
describe.concurrent('a build with a settings file it cannot use', () => {
	test('stops at once, naming every wrong setting', async ({ expect }) => {
		const failure = await failedBuild('test/fixtures/organisation/broken.ts');
		expect(failure).toBeDefined();
		expect(failure).toContain('test/fixtures/organisation/broken.ts: escalation.contact.hr: must not be empty');
		expect(failure).toContain('test/fixtures/organisation/broken.ts: remedies.discount.upTo: cannot be above 100 percent');
	});

	test('says so when the file does not exist', async ({ expect }) => {
		expect(await failedBuild('nowhere/organisation.ts')).toContain('ORGANISATION_SETTINGS=nowhere/organisation.ts: no such file');
	});
});
