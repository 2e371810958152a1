/**
 * The practice scenarios' words (issue 15, item 2): validation names every broken catalog by scenario,
 * state, locale and file; the view fills placeholders from the settings, orders replies by a stable hash
 * (not good-first), and the summary at an ending is computed from the route.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { rawPracticeCatalogs } from '../../src/machines/practice/catalog';
import { feedbackId, type ReplyMeta, scenarioIds, scenarios } from '../../src/machines/practice';
import { validateScenario, validateScenarios } from '../../src/machines/practice/validate';
import { isActionReply, practiceSummary, replyOrder, scenarioView, type ScenarioViewOptions } from '../../src/machines/practice/view';
import { configured, generous, policies, strict } from '../support/machines-policies';
import { root } from '../support/paths';

const fixtureFile = `${root}test/fixtures/practice/fi/faulty-item.json`;
/** A complete, sound Finnish catalog of `faulty-item`: each test breaks one thing in a fresh copy. */
const fixture = () => JSON.parse(readFileSync(fixtureFile, 'utf8')) as { name: string; situation: string; steps: Record<string, Record<string, unknown>> };
const check = (catalog: unknown, checkPolicies = policies) =>
	validateScenario({ scenario: 'faulty-item', machine: scenarios['faulty-item'], catalogs: { fi: catalog }, policies: checkPolicies });
const file = '(src/machines/messages/fi/practice/faulty-item.json)';

describe('validation of a practice catalog', () => {
	test('a complete catalog passes under every policy', () => {
		expect(policies.length).toBeGreaterThanOrEqual(3);
		expect(check(fixture())).toEqual([]);
	});

	test('a missing file is named', () => {
		expect(check(undefined)).toEqual([`scenario "faulty-item", locale "fi": the catalog file is missing ${file}`]);
	});

	test('missing and empty texts are named by state and key', () => {
		const catalog = fixture();
		delete (catalog.steps.opening!.replies as Record<string, string>).manufacturer;
		catalog.steps['opening--acknowledge']!.lesson = ' ';
		delete catalog.steps['walked-out'];
		delete (catalog as Partial<typeof catalog>).situation;
		expect(check(catalog).sort()).toEqual(
			[
				`scenario "faulty-item", locale "fi": missing key "situation" ${file}`,
				`scenario "faulty-item", state "opening", locale "fi": missing key "steps.opening.replies.manufacturer" ${file}`,
				`scenario "faulty-item", state "opening--acknowledge", locale "fi": key "steps.opening--acknowledge.lesson" must be a non-empty text ${file}`,
				`scenario "faulty-item", state "walked-out", locale "fi": missing key "steps.walked-out" ${file}`,
			].sort(),
		);
	});

	test('unused keys are named: a state, a reply and a field the machine does not have', () => {
		const catalog = fixture();
		catalog.steps['no-such-turn'] = { says: '”…”', replies: {} };
		(catalog.steps.opening!.replies as Record<string, string>).shout = '”Hei!”';
		catalog.steps.settled!.say = '”…”';
		expect(check(catalog).sort()).toEqual(
			[
				`scenario "faulty-item", state "no-such-turn", locale "fi": unused key "steps.no-such-turn": the scenario has no such state ${file}`,
				`scenario "faulty-item", state "opening", locale "fi": unused key "steps.opening.replies.shout": the turn has no such reply ${file}`,
				`scenario "faulty-item", state "settled", locale "fi": unused key "steps.settled.say" ${file}`,
			].sort(),
		);
	});

	test('a limit placeholder in a turn or a reply is an error; in an --allowed feedback it is fine', () => {
		const catalog = fixture();
		expect(String(catalog.steps['what-happened--refund-now--allowed']!.why)).toContain('{{refundLimit}}');
		catalog.steps['what-happened']!.says = '”Haluan {{refundLimit}} takaisin.”';
		(catalog.steps['what-happened']!.replies as Record<string, string>)['refund-now'] = '”Saatte {{voucherLimit}}.”';
		catalog.steps['what-happened--refund-now--not-allowed']!.why = 'Enintään {{refundLimit}}.';
		const problems = check(catalog, [generous]);
		expect(problems).toContain(
			`scenario "faulty-item", state "what-happened", locale "fi": key "steps.what-happened.says" uses {{refundLimit}}, a limit with no value when staff may not give it: only an "--allowed" feedback may use it ${file}`,
		);
		expect(problems).toContain(
			`scenario "faulty-item", state "what-happened", locale "fi": key "steps.what-happened.replies.refund-now" uses {{voucherLimit}}, a limit with no value when staff may not give it: only an "--allowed" feedback may use it ${file}`,
		);
		expect(problems.filter((problem) => problem.includes('what-happened--refund-now--not-allowed'))).toHaveLength(1);
		expect(problems).toHaveLength(3);
	});

	test('an unknown placeholder is named', () => {
		const catalog = fixture();
		catalog.steps.settled!.text = 'Soita {{hotline}}.';
		expect(check(catalog)).toEqual([
			`scenario "faulty-item", state "settled", locale "fi": key "steps.settled.text" uses unknown placeholder {{hotline}}; known: organisation, role, contact, callbackTime, refundLimit, discountLimit, voucherLimit, emergencyNumber ${file}`,
		]);
	});

	test('every scenario must have a catalog in every locale, and stray files are named', () => {
		const problems = validateScenarios(scenarios, { fi: { 'faulty-item': fixture(), 'no-such-scenario': {} }, xx: { haggler: {} } }, [configured]);
		const missing = problems.filter((problem) => problem.includes('the catalog file is missing'));
		expect(missing).toHaveLength(scenarioIds.length * localeCodes.length - 1);
		expect(problems).toContain('src/machines/messages/fi/practice/no-such-scenario.json: unused catalog: there is no scenario "no-such-scenario"');
		expect(problems).toContain('src/machines/messages/xx/practice/haggler.json: unused catalog: "xx" is not a site locale');
	});
});

describe('the stored practice catalogs', () => {
	// The bar: all eight scenarios in every edition. Fails, naming each missing file, until the
	// writers' catalogs (branches pw-fi, pw-hr, pw-bg, pw-ms) are merged.
	test('every scenario has a sound catalog in every locale, under every policy', () => {
		expect(validateScenarios(scenarios, rawPracticeCatalogs, policies)).toEqual([]);
	});
});

const options = (overrides: Partial<ScenarioViewOptions> = {}): ScenarioViewOptions => ({
	scenario: 'faulty-item',
	locale: 'fi',
	organisation: configured.organisation,
	pagePath: '/fi/practice/faulty-item/',
	base: '/',
	titleOf: (slug) => `title of ${slug}`,
	catalog: fixture(),
	...overrides,
});

describe('the learner\'s view of a scenario', () => {
	test('replies are ordered by a stable hash, and the good reply is not always first', () => {
		const firstQualities: string[] = [];
		for (const id of scenarioIds) {
			const machine = scenarios[id];
			const states = machine.root.states as Record<string, { meta?: { kind?: string }; on: Record<string, Array<{ target?: Array<{ key: string }> }>> }>;
			const turns = Object.entries(states).filter(([, node]) => node.meta?.kind === 'turn');
			expect(turns.length).toBeGreaterThanOrEqual(3);
			for (const [turn, node] of turns) {
				const replies = Object.keys(node.on);
				const order = replyOrder(id, turn, replies);
				expect(order).toEqual(replyOrder(id, turn, [...replies].reverse()));
				expect([...order].sort()).toEqual([...replies].sort());
				const first = node.on[order[0]!]![0]!.target![0]!.key;
				firstQualities.push((states[first]!.meta as ReplyMeta).quality);
			}
		}
		expect(firstQualities.length).toBeGreaterThan(20);
		expect(firstQualities.filter((quality) => quality === 'good').length).toBeLessThan(firstQualities.length * 0.8);
		expect(firstQualities.filter((quality) => quality !== 'good').length).toBeGreaterThan(3);
	});

	test('words are filled from the settings: the role in a reply, the refund limit only where staff may refund', () => {
		const view = scenarioView(options({ organisation: generous.organisation }));
		const role = generous.organisation.escalation.role.fi;
		const reply = view.turns.find((turn) => turn.id === 'knows-rights')!.replies.find((candidate) => candidate.id === 'ask-in-charge')!;
		expect(reply.label).toContain(role);
		expect(reply.label).not.toContain('{{');
		const allowed = view.feedbacks.find((feedback) => feedback.id === 'what-happened--refund-now--allowed')!;
		expect(allowed.why).toMatch(/50[,.]00\s*€/);
		const strictView = scenarioView(options({ organisation: strict.organisation }));
		expect(strictView.feedbacks.map((feedback) => feedback.id)).toContain('what-happened--refund-now--not-allowed');
		expect(strictView.feedbacks.map((feedback) => feedback.id)).not.toContain('what-happened--refund-now--allowed');
	});

	test('turns are numbered along the conversation, and every reply leads to its feedback under the policy', () => {
		const view = scenarioView(options({ organisation: strict.organisation }));
		expect(view.turns.map((turn) => [turn.id, turn.number])).toEqual(
			expect.arrayContaining([
				['opening', 1],
				['what-happened', 2],
				['knows-rights', 2],
				['sorting-out', 3],
			]),
		);
		const replies = view.turns.flatMap((turn) => turn.replies);
		expect(replies.length).toBeGreaterThan(10);
		for (const reply of replies) expect(view.feedbacks.map((feedback) => `#${feedback.fragment}`)).toContain(reply.href);
		const refund = view.turns.find((turn) => turn.id === 'what-happened')!.replies.find((reply) => reply.id === 'refund-now')!;
		expect(refund.feedback).toBe(feedbackId('what-happened', 'refund-now', 'not-allowed'));
		expect(refund.quality).toBe('poor');
	});

	test('a reply in quotation marks is said; any other is an action', () => {
		expect(isActionReply('”Hei.”')).toBe(false);
		expect(isActionReply('„Dobar dan.”')).toBe(false);
		expect(isActionReply('“Selamat pagi.”')).toBe(false);
		expect(isActionReply('Painat hälytysnappia.')).toBe(true);
	});

	test('every page a scenario links is there (the rights page too, since issue 13); a missing one is an error', () => {
		const view = scenarioView(options({ titleOf: (slug) => `title of ${slug}` }));
		expect(view.pages.map((link) => link.label)).toEqual(['title of compensate', 'title of resolve', 'title of rights']);
		expect(() => scenarioView(options({ titleOf: (slug) => (slug === 'resolve' ? undefined : slug) }))).toThrow(/links to page "resolve", which locale "fi" does not have/);
		expect(() => scenarioView(options({ titleOf: (slug) => (slug === 'rights' ? undefined : slug) }))).toThrow(/links to page "rights", which locale "fi" does not have/);
	});

	test('the summary is computed from the route', () => {
		const view = scenarioView(options({ organisation: strict.organisation }));
		const route = ['opening', 'opening--returns-policy', 'knows-rights', 'knows-rights--agree-and-steer', 'what-happened', 'what-happened--ask-in-charge--not-allowed', 'sorting-out', 'sorting-out--upsell', 'settled'];
		const summary = practiceSummary(view, route);
		const lesson = (id: string) => view.feedbacks.find((feedback) => feedback.id === id)!.lesson;
		expect(summary.wentWell).toEqual([lesson('knows-rights--agree-and-steer'), lesson('what-happened--ask-in-charge--not-allowed')]);
		expect(summary.tryInstead.map((item) => item.quality)).toEqual(['poor', 'mixed']);
		expect(summary.tryInstead[0]!.better.map((better) => better.lesson)).toEqual([lesson('opening--acknowledge')]);
		expect(summary.tryInstead[1]!.better.map((better) => better.lesson)).toEqual([lesson('sorting-out--thank-and-help')]);
		// Pages: the poor and mixed feedbacks' links first, then the ending's, then the scenario's, each once.
		expect(summary.pages.map((link) => link.label)).toEqual(['title of rights', 'title of resolve', 'title of never-do', 'title of customer-types', 'title of compensate']);
	});
});
