/**
 * The practice scenarios (issue 15) in headless Chromium on the built `shipped` site: a play-through to
 * an ending in every language (one state at a time, focus, announcement, the summary computed from the
 * route, Back, Start over, axe), an address per turn, hostile fragments, every state reachable by plain
 * links without JavaScript, the print handout with the answer key on a page of its own, nothing stored
 * or sent, offline after one visit, and the guidance pages' links to the scenarios that rehearse them.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import shippedSettings from '../../src/config/organisation';
import { localeCodes, type Locale } from '../../src/locales';
import { scenarioIds, scenarios, type ScenarioId, type ScenarioMeta } from '../../src/machines/practice';
import { practiceSummary, scenarioView, type ScenarioView } from '../../src/machines/practice/view';
import { pageTitle } from '../support/page-files';
import { interfaceStrings } from '../support/site';
import { axeViolations } from './support/axe';
import { type OpenPage, site, test } from './support/harness';

const shipped = site('shipped');
const { origin } = shipped;
const pagePath = (scenario: ScenarioId, locale: Locale) => `/${locale}/practice/${scenario}/`;

function titleOf(locale: Locale) {
	return (slug: string) => {
		try {
			return pageTitle(locale, slug);
		} catch {
			return undefined;
		}
	};
}

/** What the page must show, from the machine, the catalog and the shipped settings. */
function expectedView(scenario: ScenarioId, locale: Locale): ScenarioView {
	return scenarioView({ scenario, locale, organisation: shippedSettings, pagePath: pagePath(scenario, locale), base: '/', titleOf: titleOf(locale) });
}

/**
 * A route with a mistake in it: a poor (else mixed) reply at the first turn, then good replies to an
 * ending, so the summary has something in each of its parts.
 */
function routeWithMistake(view: ScenarioView): string[] {
	const route: string[] = [];
	let at = view.start;
	for (let first = true; !view.endings.some((ending) => ending.id === at); first = false) {
		const turn = view.turns.find((candidate) => candidate.id === at)!;
		const ranked = [...turn.replies].sort((a, b) => (first ? rank(b.quality) - rank(a.quality) : rank(a.quality) - rank(b.quality)));
		const feedback = view.feedbacks.find((candidate) => candidate.id === ranked[0]!.feedback)!;
		route.push(turn.id, feedback.id);
		at = feedback.next.state;
	}
	return [...route, at];
}
const rank = (quality: string) => ['good', 'mixed', 'poor'].indexOf(quality);

function visibleStates(page: Page, scenario: string): Promise<string[]> {
	return page.locator(`[data-practice="${scenario}"] [data-step]:visible`).evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset.step!));
}
function focusedState(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const active = document.activeElement;
		return active?.matches('[data-tree-heading]') ? (active.closest('[data-step]') as HTMLElement).dataset.step! : null;
	});
}
async function openScenario(openPage: OpenPage, scenario: ScenarioId, locale: Locale, fragment = '') {
	const opened = await openPage(`${origin}${pagePath(scenario, locale)}${fragment}`);
	await opened.page.waitForSelector(`[data-practice="${scenario}"][data-enhanced]`, { state: 'attached' });
	return opened;
}

// Two scenarios per language, so the four languages together play all eight.
const plays = localeCodes.flatMap((locale, index) => [0, 1].map((offset) => ({ locale, scenario: scenarioIds[(index * 2 + offset) % scenarioIds.length]! })));

describe('practice scenarios', () => {
	test('every scenario is played in some language', () => {
		expect(new Set(plays.map((play) => play.scenario)).size).toBe(scenarioIds.length);
	});

	test.concurrent.for(plays)('$locale $scenario: a play-through to an ending, the summary of the route, Back and Start over', { timeout: 180_000 }, async ({ locale, scenario }, { openPage, expect }) => {
		const strings = interfaceStrings(locale);
		const view = expectedView(scenario, locale);
		const route = routeWithMistake(view);
		expect(route.length).toBeGreaterThanOrEqual(5);
		const { page } = await openScenario(openPage, scenario, locale);
		const root = page.locator(`[data-practice="${scenario}"]`);
		// Nothing stored, nothing sent: storage and requests are watched from here on.
		// (The site itself may remember the edition and theme; the scenario adds nothing to that.)
		const storage = () => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
		const storageBefore = await storage();
		const requests: string[] = [];
		// Chromium itself fetches the site's icon again when the address changes; the page asks for nothing.
		page.on('request', (request) => new URL(request.url()).pathname !== '/favicon.svg' && requests.push(request.url()));
		expect(await root.getAttribute('aria-label')).toBe(view.name);
		expect(await visibleStates(page, scenario)).toEqual([view.start]);
		expect(await axeViolations(page, `[data-practice="${scenario}"]`)).toEqual([]);

		for (const [index, state] of route.entries()) {
			const next = route[index + 1];
			if (next === undefined) break;
			const element = root.locator(`[data-step="${state}"]`);
			// The reply that leads to the next feedback, or "continue" from a feedback.
			const link = index % 2 === 0 ? element.locator(`a[data-answer][href="#${scenario}/${next}"]`) : element.locator('a[data-answer="continue"]');
			expect(await link.count(), `${state} → ${next}`).toBe(1);
			await link.click();
			expect(await visibleStates(page, scenario)).toEqual([next]);
			expect(page.url()).toBe(`${origin}${pagePath(scenario, locale)}#${scenario}/${next}`);
			expect(await focusedState(page)).toBe(next);
			const heading = (await root.locator(`[data-step="${next}"] [data-tree-heading-text]`).textContent())!.trim();
			expect(await root.locator('[data-tree-live]').textContent()).toBe(heading);
		}

		// The ending and its summary, computed from the route taken.
		const ending = route.at(-1)!;
		const summary = practiceSummary(view, route);
		expect(summary.wentWell.length).toBeGreaterThan(0);
		expect(summary.tryInstead.length).toBe(1);
		const shown = root.locator(`[data-step="${ending}"] [data-practice-summary]`);
		expect(await shown.isVisible()).toBe(true);
		expect((await shown.locator('[data-summary-well] li').allTextContents()).map((text) => text.trim())).toEqual(summary.wentWell);
		const instead = (await shown.locator('[data-summary-instead] li').allTextContents()).map((text) => text.replace(/\s+/g, ' '));
		expect(instead).toHaveLength(1);
		expect(instead[0]).toContain(summary.tryInstead[0]!.chosen);
		expect(summary.tryInstead[0]!.better.length).toBeGreaterThan(0);
		for (const better of summary.tryInstead[0]!.better) expect(instead[0]).toContain(better.lesson);
		const pages = await shown.locator('[data-summary-pages] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(pages.length).toBeGreaterThan(0);
		expect(pages).toEqual(summary.pages.map((link) => new URL(link.href, `${origin}${pagePath(scenario, locale)}`).pathname));
		expect(await axeViolations(page, `[data-practice="${scenario}"]`)).toEqual([]);

		// The trail lists the replies chosen, not "continue".
		expect(await root.locator('[data-tree-trail] li').count()).toBe((route.length - 1) / 2);
		// Back returns to the last feedback; Start over to the first turn, with no summary left showing.
		await root.getByRole('button', { name: strings['tree.back'] }).click();
		expect(await visibleStates(page, scenario)).toEqual([route.at(-2)]);
		await root.getByRole('button', { name: strings['tree.startOver'] }).click();
		expect(await visibleStates(page, scenario)).toEqual([view.start]);
		expect(await root.locator('[data-practice-summary]:visible').count()).toBe(0);

		expect(await storage()).toEqual(storageBefore);
		expect(Object.keys(storageBefore.local).filter((key) => /practice|scenario|summary/i.test(key))).toEqual([]);
		expect(storageBefore.cookie).toBe('');
		expect(requests).toEqual([]);
	});

	test.concurrent.for(localeCodes)('%s: replies are in the same order with and without JavaScript, the stable hashed order', async (locale, { openPage, expect }) => {
		const scenario = 'faulty-item';
		const view = expectedView(scenario, locale);
		const withScript = await openScenario(openPage, scenario, locale);
		const without = await openPage(`${origin}${pagePath(scenario, locale)}`, { javaScriptEnabled: false });
		expect(view.turns.length).toBeGreaterThanOrEqual(3);
		for (const turn of view.turns) {
			const selector = `[data-practice="${scenario}"] [data-step="${turn.id}"] a[data-answer]`;
			const order = (page: Page) => page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.answer));
			expect(await order(withScript.page)).toEqual(turn.replies.map((reply) => reply.id));
			expect(await order(without.page)).toEqual(turn.replies.map((reply) => reply.id));
		}
	});

	test.concurrent('a turn\'s address opens that turn, with the choices that lead there; a hostile address opens the first turn', async ({ openPage, expect }) => {
		const scenario = 'late-delivery';
		const view = expectedView(scenario, 'hr');
		const later = view.turns.filter((turn) => turn.number >= 2);
		expect(later.length).toBeGreaterThan(0);
		const { page } = await openScenario(openPage, scenario, 'hr', `#${later[0]!.fragment}`);
		expect(await visibleStates(page, scenario)).toEqual([later[0]!.id]);
		expect(await page.locator(`[data-practice="${scenario}"] [data-tree-trail] li`).count()).toBe(later[0]!.number - 1);
		const feedback = view.feedbacks[0]!;
		await page.goto(`${origin}${pagePath(scenario, 'hr')}#${feedback.fragment}`);
		await page.waitForSelector(`[data-practice="${scenario}"][data-enhanced]`, { state: 'attached' });
		expect(await visibleStates(page, scenario)).toEqual([feedback.id]);
		for (const hostile of [`#${scenario}/<img src=x onerror=alert(1)>`, `#${scenario}/%E0%A4%A`, `#${scenario}/${'x'.repeat(5000)}`, '#"><script>alert(1)</script>']) {
			await page.goto('about:blank');
			await page.goto(`${origin}${pagePath(scenario, 'hr')}${hostile}`);
			await page.waitForSelector(`[data-practice="${scenario}"][data-enhanced]`, { state: 'attached' });
			expect(await visibleStates(page, scenario), hostile).toEqual([view.start]);
			expect(await page.locator('img[src="x"], script:not([src]):text("alert")').count()).toBe(0);
		}
	});

	test.concurrent('without JavaScript every turn, reply and feedback is in the page and reachable by plain links from the first turn', async ({ openPage, expect }) => {
		const scenario = 'threat-at-counter';
		const { page } = await openPage(`${origin}${pagePath(scenario, 'ms')}`, { javaScriptEnabled: false });
		const root = page.locator(`[data-practice="${scenario}"]`);
		const states = await root.locator('[data-step]').evaluateAll((elements) => elements.map((e) => ({ id: (e as HTMLElement).dataset.step!, fragment: e.id, links: [...e.querySelectorAll('a[data-answer]')].map((a) => a.getAttribute('href')!) })));
		const view = expectedView(scenario, 'ms');
		expect(states.length).toBe(view.turns.length + view.feedbacks.length + view.endings.length);
		const byFragment = new Map(states.map((state) => [`#${state.fragment}`, state]));
		const reached = new Set([`#${view.startFragment}`]);
		for (const href of reached) for (const link of byFragment.get(href)?.links ?? []) reached.add(link);
		expect([...reached].sort()).toEqual([...byFragment.keys()].sort());
		// Each state is shown where its address points (:target), with the whole conversation on the page.
		expect(await root.locator('[data-step]:visible').count()).toBe(states.length);
	});

	test.concurrent('printed: the handout lists every turn with its replies, the answer key starts on a page of its own', async ({ openPage, expect }) => {
		const scenario = 'haggler';
		const { page } = await openScenario(openPage, scenario, 'fi');
		await page.emulateMedia({ media: 'print' });
		const root = page.locator(`[data-practice="${scenario}"]`);
		const view = expectedView(scenario, 'fi');
		expect(await root.locator('.pr__turn:visible').count()).toBe(view.turns.length);
		expect(await root.locator('.pr__feedback:visible').count()).toBe(view.feedbacks.length);
		expect(await root.locator('.pr__key').evaluate((key) => getComputedStyle(key).breakBefore)).toBe('page');
		// The key comes after every turn in the printed order.
		const keyTop = await root.locator('.pr__key').evaluate((key) => key.getBoundingClientRect().top);
		const lastTurnBottom = await root.locator('.pr__turn').last().evaluate((turn) => turn.getBoundingClientRect().bottom);
		expect(keyTop).toBeGreaterThanOrEqual(lastTurnBottom);
		expect(await root.locator('[data-tree-bar]:visible, .dt__diagram:visible').count()).toBe(0);
	});

	test.concurrent('each guidance page links the scenarios that rehearse it, from the machines', async ({ openPage, expect }) => {
		for (const slug of ['resolve', 'compensate']) {
			const expected = scenarioIds.filter((id) => ((scenarios[id].root.meta as ScenarioMeta).pages as readonly string[]).includes(slug));
			expect(expected.length, slug).toBeGreaterThan(0);
			const { page } = await openPage(`${origin}/bg/${slug}/`);
			const links = await page.locator('[data-practice-links] a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(links).toEqual(expected.map((id) => pagePath(id, 'bg')));
		}
	});

	test.concurrent('the practice index lists every scenario under its channel and its topics', async ({ openPage, expect }) => {
		const { page } = await openPage(`${origin}/ms/practice/`);
		const linked = await page.locator('[data-practice-index] a[data-practice-link]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLElement).dataset.practiceLink!));
		const expectedCount = scenarioIds.reduce((sum, id) => sum + 1 + (scenarios[id].root.meta as ScenarioMeta).topics.length, 0);
		expect(linked).toHaveLength(expectedCount);
		expect(new Set(linked)).toEqual(new Set(scenarioIds));
	});

	test.concurrent('offline after one visit: a scenario\'s turn opens from its address and plays on with no network', async ({ openPage, expect }) => {
		const scenario = 'wants-the-manager';
		const { page } = await openPage(`${origin}/bg/`, { serviceWorkers: 'allow' });
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
		await page.context().setOffline(true);
		const view = expectedView(scenario, 'bg');
		const response = await page.goto(`${origin}${pagePath(scenario, 'bg')}#${view.startFragment}`);
		expect(response?.fromServiceWorker()).toBe(true);
		await page.waitForSelector(`[data-practice="${scenario}"][data-enhanced]`, { state: 'attached' });
		const reply = view.turns[0]!.replies[0]!;
		await page.locator(`[data-practice="${scenario}"] a[data-answer="${reply.id}"]`).first().click();
		expect(await visibleStates(page, scenario)).toEqual([reply.feedback]);
	});
});
