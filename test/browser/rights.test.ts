/**
 * Customers' rights (issue 13), against the built sites: the rights page and the rights endings of the
 * compensating and escalating trees show the facts, outside bodies, sources and check date of the
 * edition's jurisdiction (read from src/rights/, never typed into a page); a build whose Croatian edition
 * follows the made-up jurisdiction "Valoria" (the alternative-settings variant) shows Valoria's facts and
 * bodies there and none of the shipped ones; and the compensating tree's first question leads to the
 * right ending, with JavaScript, in every edition. Most checks read the built HTML; the browser opens one
 * page per edition.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect } from 'vitest';
import shippedSettings from '../../src/config/organisation';
import type { Organisation } from '../../src/config/schema';
import type { Locale } from '../../src/locales';
import { shippedJurisdictions } from '../../src/rights/jurisdictions';
import { inLocale, type Jurisdiction } from '../../src/rights/schema';
import { bodyViews, checkedOn, factViews, formatDate, jurisdictionSources, type RightsFactKey, type Translate } from '../../src/rights/view';
import alternative from '../fixtures/organisation/alternative';
import valoria from '../fixtures/rights/valoria';
import { interfaceStrings, localeCodes } from '../support/site';
import { loadPage, type BuiltSite } from './support/built-site';
import { axeViolations } from './support/axe';
import { site, test, treesEnhanced } from './support/harness';
import { treePage, visibleSteps } from './support/trees';

const shipped = site('shipped');
const alternativeSite = site('alternative-settings');

/** The interface strings as Starlight's `t` reads them: `{{name}}` filled in. */
const translate =
	(locale: Locale): Translate =>
	(key, options) => {
		const text = interfaceStrings(locale)[key];
		if (text === undefined) throw new Error(`no interface string "${key}" in ${locale}`);
		return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name]));
	};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every body name of every shipped jurisdiction, in every language it is written in. */
const shippedBodyNames = Object.values(shippedJurisdictions).flatMap((jurisdiction) => jurisdiction.bodies.flatMap((body) => Object.values(body.name)));

/** Checks a box of facts (`[data-rights-facts]`) against the jurisdiction: each fact's words, its source and the box's check date. */
function expectFacts($: CheerioAPI, box: string, jurisdiction: Jurisdiction, locale: Locale, facts: readonly RightsFactKey[]) {
	const found = $(box);
	expect(found.length, box).toBe(1);
	expect(found.attr('data-rights-facts'), box).toBe(jurisdiction.id);
	const shown = found
		.find('[data-rights-fact]')
		.toArray()
		.map((item) => ({ fact: $(item).attr('data-rights-fact'), text: squash($(item).find('dd').text()), source: $(item).find('dd a').attr('href') }));
	const expected = factViews(jurisdiction, facts, locale, translate(locale));
	expect(shown.map(({ fact }) => fact), box).toEqual([...facts]);
	for (const [index, view] of expected.entries()) {
		for (const line of view.lines) expect(shown[index]!.text, `${box}: ${view.fact}`).toContain(squash(line));
		if (view.law) expect(shown[index]!.text, `${box}: ${view.fact}`).toContain(view.law);
		expect(shown[index]!.source, `${box}: ${view.fact}`).toBe(view.source?.url);
	}
	expectChecked($, box, jurisdiction, locale);
}

/** Checks the first check date under `scope`: the jurisdiction's country and its earliest check date. */
function expectChecked($: CheerioAPI, scope: string, jurisdiction: Jurisdiction, locale: Locale) {
	const checked = $(scope).find('[data-rights-checked]').first();
	expect(checked.attr('data-rights-checked'), scope).toBe(checkedOn(jurisdiction));
	expect(checked.find('time').attr('datetime'), scope).toBe(checkedOn(jurisdiction));
	expect(squash(checked.text()), scope).toBe(
		squash(translate(locale)('rights.checked', { country: inLocale(jurisdiction.name, locale), date: formatDate(checkedOn(jurisdiction), locale) })),
	);
}

/** Checks a list of outside bodies: the jurisdiction's, in order, each named and linked to its address. */
function expectBodies($: CheerioAPI, scope: string, jurisdiction: Jurisdiction, locale: Locale) {
	const items = $(`${scope} [data-rights-bodies] [data-rights-body]`).toArray();
	const expected = bodyViews(jurisdiction, locale, translate(locale));
	expect(items.map((item) => $(item).attr('data-rights-body')), scope).toEqual(expected.map(({ id }) => id));
	for (const [index, body] of expected.entries()) {
		const item = $(items[index]!);
		expect(squash(item.find('a').text()), scope).toBe(body.name);
		expect(item.find('a').attr('href'), scope).toBe(body.url);
		for (const detail of body.details) expect(squash(item.text()), `${scope}: ${body.id}`).toContain(squash(detail));
	}
}

/** The rights page and the two trees' rights endings of one edition, checked against its jurisdiction. */
function expectEdition(built: BuiltSite, locale: Locale, settings: Organisation) {
	const jurisdiction = settings.jurisdiction[locale];
	const page = loadPage(built, `${locale}/rights/`);
	expectChecked(page, 'main', jurisdiction, locale);
	expectFacts(page, 'main [data-rights-facts]:has([data-rights-fact="guarantee"])', jurisdiction, locale, ['guarantee', 'remedies']);
	expectFacts(page, 'main [data-rights-facts]:has([data-rights-fact="distance"])', jurisdiction, locale, ['distance']);
	expectFacts(page, 'main [data-rights-facts]:has([data-rights-fact="complaintAnswer"])', jurisdiction, locale, ['complaintAnswer', 'complaintRecord']);
	expectBodies(page, 'main', jurisdiction, locale);
	expect(page('main [data-rights-sources] a').toArray().map((a) => page(a).attr('href'))).toEqual(jurisdictionSources(jurisdiction).map(({ url }) => url));
	const compensating = loadPage(built, `${locale}/decide/compensating/`);
	expectFacts(compensating, '[data-step="legal-right"] [data-rights-facts]', jurisdiction, locale, ['guarantee', 'remedies', 'distance']);
	const escalating = loadPage(built, `${locale}/decide/escalating/`);
	expectBodies(escalating, '[data-step="complaint-right"]', jurisdiction, locale);
	expectChecked(escalating, '[data-step="complaint-right"]', jurisdiction, locale);
	return { page, compensating, escalating };
}

describe('the shipped build', () => {
	test.for(localeCodes)('%s: the rights page and the trees\' rights endings show the edition\'s jurisdiction and its check date', (locale) => {
		const jurisdiction = shippedSettings.jurisdiction[locale];
		expect(jurisdiction.id).toBe({ fi: 'finland', hr: 'croatia', bg: 'bulgaria', ms: 'malaysia' }[locale]);
		const { page } = expectEdition(shipped, locale, shippedSettings);
		// Other countries' bodies are nowhere on the page.
		const others = Object.values(shippedJurisdictions).filter((other) => other !== jurisdiction);
		for (const name of others.flatMap((other) => other.bodies.flatMap((body) => Object.values(body.name)))) expect(page('main').text()).not.toContain(name);
		// The sources page lists the same sources.
		const sources = loadPage(shipped, `${locale}/sources/`);
		expect(sources('[data-rights-sources] a').length).toBe(jurisdictionSources(jurisdiction).length);
	});
});

describe('a build whose Croatian edition follows another jurisdiction (Valoria)', () => {
	test('the settings fixture names Valoria for hr only', () => {
		expect(alternative.jurisdiction.hr).toBe(valoria);
		for (const locale of localeCodes.filter((code) => code !== 'hr')) expect(alternative.jurisdiction[locale]).toBe(shippedSettings.jurisdiction[locale]);
	});

	test('hr shows Valoria\'s facts, bodies and check date on the page and in both trees, and none of the shipped bodies', () => {
		const { page, compensating, escalating } = expectEdition(alternativeSite, 'hr', alternative);
		for (const $ of [page, compensating, escalating]) {
			const text = $('main').text();
			for (const name of shippedBodyNames) expect(text).not.toContain(name);
		}
		for (const $ of [page, escalating]) for (const body of valoria.bodies) expect($('main').text()).toContain(body.name.hr);
		// Valoria's own figures: a three-year guarantee and 21 days to withdraw.
		expect(squash(compensating('[data-step="legal-right"] [data-rights-fact="guarantee"]').text())).toContain('3 godine');
		expect(squash(page('[data-rights-fact="distance"]').text())).toContain('21');
	});

	test('the other editions keep their own countries', () => {
		for (const locale of localeCodes.filter((code) => code !== 'hr')) expectEdition(alternativeSite, locale, alternative);
	});
});

describe.concurrent('the compensating tree asks about a right in law first', () => {
	test.for(localeCodes)('%s: "faulty" and "online or phone" lead to the right ending, with the facts and a link to the rights page', async (locale, { openPage, expect }) => {
		const { page } = await openPage(shipped.url(treePage('compensating', locale).slice(1)));
		await treesEnhanced(page, 'compensating');
		expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		const step = page.locator('[data-tree="compensating"] [data-step="legal-right"]');
		for (const answer of ['faulty', 'distance']) {
			await page.locator(`[data-tree="compensating"] [data-step="start"] a[data-answer="${answer}"]`).click();
			expect(await visibleSteps(page, 'compensating'), answer).toEqual(['legal-right']);
			expect(await step.locator('[data-rights-facts]').isVisible(), answer).toBe(true);
			expect(await step.locator('[data-rights-checked] time').getAttribute('datetime')).toBe(checkedOn(shippedSettings.jurisdiction[locale]));
			await page.locator('[data-tree="compensating"] [data-tree-back]').click();
			expect(await visibleSteps(page, 'compensating')).toEqual(['start']);
		}
		await page.locator('[data-tree="compensating"] [data-step="start"] a[data-answer="faulty"]').click();
		const rightsLink = step.locator('.dt__links a').first();
		expect(new URL(await rightsLink.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`/${locale}/rights/`);
		// "Neither" goes on to the remedies the staff may give.
		await page.locator('[data-tree="compensating"] [data-tree-back]').click();
		await page.locator('[data-tree="compensating"] [data-step="start"] a[data-answer="neither"]').click();
		expect(await visibleSteps(page, 'compensating')).toEqual(['which-remedy']);
		// The rights page passes axe (the trees' steps are checked in test/browser/decision-tree.test.ts).
		await page.goto(shipped.url(`${locale}/rights/`));
		expect(await axeViolations(page)).toEqual([]);
	});
});
