/**
 * The six decision-tree machines: typed with setup(), sound under every policy variant, every path
 * walked to an ending with words in all four locales, and the policy steering the compensating and
 * escalating trees without any change to a machine.
 */
import { readFileSync } from 'node:fs';
import type { AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/locales';
import { type Catalog, type EndingMessages, fill, isEnding, policyValues, type QuestionMessages, rawCatalogs } from '../../src/machines/catalog';
import { declaredSteps, findStep, treeGraph } from '../../src/machines/graph';
import { machines, treeIds, type TreeId } from '../../src/machines';
import { channelReasons } from '../../src/machines/tree';
import { treePageSlug } from '../../src/machines/view';
import { validateTrees } from '../../src/machines/validate';
import { docsDir } from '../support/paths';
import { configured, generous, mixed, policies, strict } from '../support/machines-policies';

const answersOf = (machine: AnyStateMachine, step: unknown) =>
	Object.keys((machine.root.states as Record<string, { on: object }>)[step as string]!.on).map((type) => ({ type }));

/** Every simple path from the start to an ending, as the list of steps it visits and the answers given. */
function walks(tree: TreeId, organisation = configured.organisation) {
	const machine = machines[tree];
	return getSimplePaths(machine, { input: { policy: organisation }, events: (snapshot) => answersOf(machine, snapshot.value) as never })
		.filter((path) => path.state.status === 'done')
		.map((path) => ({
			ending: path.state.value as string,
			steps: path.steps.map((step) => step.state.value as string),
			answers: path.steps.slice(1).map((step) => step.event.type),
		}));
}

describe('the machines', () => {
	test('there is one machine per tree, each with the tree id, built with setup() and its policy guards', () => {
		expect(treeIds.length).toBeGreaterThanOrEqual(6);
		expect(Object.keys(machines).sort()).toEqual([...treeIds].sort());
		for (const tree of treeIds) {
			expect(machines[tree].id).toBe(tree);
			// setup() registers the policy guards on every tree's implementations.
			expect(Object.keys(machines[tree].implementations.guards)).toContain('mayRefund');
		}
	});

	test('every tree page in every locale embeds the tree it is named after', () => {
		for (const locale of localeCodes)
			for (const tree of treeIds) {
				const file = `${docsDir}${locale}/${treePageSlug(tree) === 'decide' ? 'decide/index' : treePageSlug(tree)}.mdx`;
				expect(readFileSync(file, 'utf8'), file).toContain(`<DecisionTree tree="${tree}"`);
			}
	});

	test('the entry tree routes to each of the six other trees, and a customer who seems unwell to another approach, under every policy variant', () => {
		for (const { name, organisation } of policies) {
			const endings = treeGraph(machines.entry, organisation).steps.filter((step) => step.kind === 'ending');
			const next = endings.flatMap((step) => (step.ending?.next ? [step.ending.next] : []));
			expect(next.sort(), name).toEqual(['boundaries', 'compensating', 'escalating', 'listening', 'resolving', 'safety']);
			const withoutTree = endings.filter((step) => !step.ending?.next);
			expect(withoutTree.map((step) => [step.id, step.ending?.links[0]]), name).toEqual([['go-another-approach', 'another-approach']]);
			expect(target('entry', organisation, 'start', 'unwell'), name).toBe('go-another-approach');
		}
	});

	test('machines and catalogs pass validation under every policy variant', () => {
		expect(validateTrees(machines, rawCatalogs, policies)).toEqual([]);
	});

	test('across the policy variants every declared step is reachable', () => {
		for (const tree of treeIds) {
			const reached = new Set(policies.flatMap(({ organisation }) => treeGraph(machines[tree], organisation).steps.map((step) => step.id)));
			expect(declaredSteps(machines[tree]).length, tree).toBeGreaterThan(2);
			expect([...reached].sort(), tree).toEqual(declaredSteps(machines[tree]).map((step) => step.id).sort());
		}
	});
});

describe.each(policies)('under policy "$name"', ({ organisation }) => {
	test.each([...treeIds])('every path of "%s" ends in an ending, with words for every step in all four locales', (tree) => {
		const paths = walks(tree, organisation);
		const graph = treeGraph(machines[tree], organisation);
		expect(paths.length, `${tree}: paths to an ending`).toBeGreaterThan(0);
		// Every ending the policy lets a reader reach is the end of at least one walked path.
		expect(new Set(paths.map((path) => path.ending))).toEqual(new Set(graph.steps.filter((s) => s.kind === 'ending').map((s) => s.id)));
		for (const locale of localeCodes) {
			const catalog = rawCatalogs[locale]![tree] as Catalog;
			const values = policyValues(organisation, locale);
			for (const path of paths) {
				for (const [index, step] of path.steps.entries()) {
					const messages = catalog.steps[step]!;
					const texts = isEnding(messages)
						? [messages.title, messages.action, ...messages.say.flatMap((line) => (typeof line === 'string' ? [line] : Object.values(line)))]
						: [(messages as QuestionMessages).question, (messages as QuestionMessages).answers[path.answers[index]!]!];
					for (const text of texts) {
						const filled = fill(text!, values);
						expect(filled.trim(), `${tree}/${step} in ${locale}`).not.toBe('');
						expect(filled, `${tree}/${step} in ${locale}`).not.toMatch(/\{\{|\}\}/);
					}
				}
				expect(findStep(graph, path.ending)!.ending!.links.length, `${tree}/${path.ending}`).toBeGreaterThan(0);
			}
		}
	});
});

/** Where an answer leads from a step under a policy. */
const target = (tree: TreeId, organisation: typeof configured.organisation, step: string, answer: string) =>
	findStep(treeGraph(machines[tree], organisation), step)?.answers.find((a) => a.id === answer)?.target;

describe('customers\' rights come before any favour (issue 13)', () => {
	test('the compensating tree first asks whether the case may be a right in law, under every policy', () => {
		for (const { name, organisation } of policies) {
			const graph = treeGraph(machines.compensating, organisation);
			expect(graph.start, name).toBe('start');
			expect(target('compensating', organisation, 'start', 'faulty'), name).toBe('legal-right');
			expect(target('compensating', organisation, 'start', 'distance'), name).toBe('legal-right');
			expect(target('compensating', organisation, 'start', 'neither'), name).toBe('which-remedy');
			// Every discretionary remedy lies behind "neither".
			for (const step of graph.steps.filter((s) => s.kind === 'ending' && s.id !== 'legal-right'))
				expect(step.path[0], `${name}: ${step.id}`).toEqual({ step: 'start', answer: 'neither' });
		}
	});

	test('the right ending shows the jurisdiction\'s facts, calls someone in and links the rights page; the complaint ending names the outside bodies', () => {
		const legal = findStep(treeGraph(machines.compensating, configured.organisation), 'legal-right')!.ending!;
		expect(legal.rights).toEqual(['guarantee', 'remedies', 'distance']);
		expect(legal.contact).toBe(true);
		expect(legal.links[0]).toBe('rights');
		const complaint = findStep(treeGraph(machines.escalating, configured.organisation), 'complaint-right')!.ending!;
		expect(complaint.rights).toEqual(['bodies']);
		expect(complaint.links).toContain('rights');
	});
});

describe('the policy steers the trees, with no change to a machine', () => {
	test('refunds: not allowed leads to "refund-not-allowed", allowed to the amount question', () => {
		expect(target('compensating', strict.organisation, 'which-remedy', 'refund')).toBe('refund-not-allowed');
		expect(target('compensating', generous.organisation, 'which-remedy', 'refund')).toBe('refund-amount');
		expect(target('compensating', generous.organisation, 'refund-amount', 'within')).toBe('give-refund');
		expect(target('compensating', generous.organisation, 'refund-amount', 'above')).toBe('above-limit');
		expect(target('escalating', strict.organisation, 'which-decision', 'refund')).toBe('needs-approval');
		expect(target('escalating', mixed.organisation, 'which-decision', 'refund')).toBe('refund-amount');
	});

	test('discounts and vouchers follow their own settings, and pressure never earns one', () => {
		expect(target('compensating', generous.organisation, 'discount-reason', 'loss')).toBe('discount-amount');
		expect(target('compensating', mixed.organisation, 'discount-reason', 'loss')).toBe('discount-not-allowed');
		expect(target('compensating', generous.organisation, 'voucher-reason', 'loss')).toBe('voucher-amount');
		expect(target('compensating', mixed.organisation, 'voucher-reason', 'loss')).toBe('voucher-not-allowed');
		for (const { organisation } of policies) expect(target('compensating', organisation, 'discount-reason', 'pressure')).toBe('no-pressure');
		expect(target('escalating', generous.organisation, 'which-decision', 'discount')).toBe('discount-amount');
		expect(target('escalating', mixed.organisation, 'which-decision', 'voucher')).toBe('needs-approval');
	});

	test('replacement: with free delivery, without it, or not at all', () => {
		expect(target('compensating', generous.organisation, 'which-remedy', 'replacement')).toBe('replace-deliver-free');
		expect(target('compensating', mixed.organisation, 'which-remedy', 'replacement')).toBe('replace');
		expect(target('compensating', strict.organisation, 'which-remedy', 'replacement')).toBe('replacement-not-allowed');
	});

	test('the configured policy (refunds not allowed) has the trainer\'s example step', () => {
		expect(configured.organisation.remedies.refund.staffMayGive).toBe(false);
		expect(target('compensating', configured.organisation, 'which-remedy', 'refund')).toBe('refund-not-allowed');
		expect(findStep(treeGraph(machines.compensating, configured.organisation), 'refund-amount')).toBeUndefined();
	});

	test('the shortest path to each step starts at the start and follows real answers', () => {
		for (const { organisation } of policies)
			for (const tree of treeIds) {
				const graph = treeGraph(machines[tree], organisation);
				expect(graph.steps.length, tree).toBeGreaterThan(2);
				for (const step of graph.steps) {
					let at = graph.start;
					for (const hop of step.path) {
						expect(hop.step).toBe(at);
						at = findStep(graph, at)!.answers.find((a) => a.id === hop.answer)!.target!;
					}
					expect(at, `${tree}/${step.id}`).toBe(step.id);
				}
			}
	});
});

describe('danger first', () => {
	const texts = (ending: EndingMessages, organisation: typeof configured.organisation, locale: Locale) =>
		// A line said per channel counts with each of its variants.
		[ending.title, ending.action, ...ending.say.flatMap((line) => (typeof line === 'string' ? [line] : Object.values(line)))]
			.map((text) => fill(text!, policyValues(organisation, locale)))
			.join(' ');

	test('the entry tree\'s first answer is danger, and its ending shows the emergency number and alarm and leads to the safety tree', () => {
		for (const { name, organisation } of policies) {
			const start = findStep(treeGraph(machines.entry, organisation), 'start')!;
			expect(start.answers[0], name).toEqual({ id: 'danger', target: 'go-safety' });
			const ending = findStep(treeGraph(machines.entry, organisation), 'go-safety')!.ending!;
			expect(ending.next).toBe('safety');
			expect(ending.safety).toEqual(['emergencyNumber', 'alarm']);
		}
	});

	test('the safety tree\'s first answer ends in "get away, raise the alarm, call the number" at once: with the header link, two taps', () => {
		for (const { name, organisation } of policies) {
			const graph = treeGraph(machines.safety, organisation);
			const [first] = findStep(graph, 'start')!.answers;
			expect(first, name).toEqual({ id: 'danger', target: 'danger-now' });
			const danger = findStep(graph, 'danger-now')!;
			expect(danger.path).toEqual([{ step: 'start', answer: 'danger' }]);
			expect(danger.ending?.safety?.[0]).toBe('emergencyNumber');
			expect(danger.ending?.safety).toContain('alarm');
			// Its title names the number from the settings, in every language.
			for (const locale of localeCodes) {
				const title = fill(((rawCatalogs[locale]!.safety as Catalog).steps['danger-now'] as EndingMessages).title, policyValues(organisation, locale));
				expect(title, `${name} ${locale}`).toContain(organisation.safety.emergencyNumber[locale]);
			}
		}
		expect(configured.organisation.safety.emergencyNumber).toEqual({ fi: '112', hr: '112', bg: '112', ms: '999' });
		expect(strict.organisation.safety.emergencyNumber.ms).toBe('991');
	});

	test('a threat with a weapon or an attack is danger now; without one it keeps distance and calls someone in', () => {
		for (const { organisation } of policies) {
			expect(target('safety', organisation, 'threat-escalating', 'yes')).toBe('danger-now');
			expect(target('safety', organisation, 'threat-escalating', 'no')).toBe('threat-distance');
			expect(findStep(treeGraph(machines.safety, organisation), 'threat-distance')!.ending!.contact).toBe(true);
		}
	});

	test('the boundaries tree\'s threat answer leads on to the safety tree, with the emergency number and alarm', () => {
		for (const { name, organisation } of policies) {
			expect(target('boundaries', organisation, 'start', 'threatening'), name).toBe('get-help-now');
			const ending = findStep(treeGraph(machines.boundaries, organisation), 'get-help-now')!.ending!;
			expect(ending.next).toBe('safety');
			expect(ending.safety).toEqual(['emergencyNumber', 'alarm']);
			for (const locale of localeCodes) {
				const words = texts((rawCatalogs[locale]!.boundaries as Catalog).steps['get-help-now'] as EndingMessages, organisation, locale);
				expect(words, `${name} ${locale}`).toContain(organisation.safety.emergencyNumber[locale]);
			}
		}
	});

	test('the safety tree is the same under every policy, and every ending shows safety facts from the settings', () => {
		const shapes = policies.map(({ organisation }) => treeGraph(machines.safety, organisation).steps.map((step) => [step.id, step.answers]));
		for (const shape of shapes) expect(shape).toEqual(shapes[0]);
		const endings = treeGraph(machines.safety, configured.organisation).steps.filter((step) => step.kind === 'ending');
		expect(endings.map((step) => step.id).sort()).toEqual(
			['after-injured', 'after-record', 'customer-crisis', 'danger-now', 'end-contact', 'harassment-physical', 'harassment-words', 'remote-threat', 'threat-distance'],
		);
		for (const step of endings) expect(step.ending!.safety?.length, step.id).toBeGreaterThan(0);
		const shown = new Set(endings.flatMap((step) => step.ending!.safety ?? []));
		for (const fact of ['emergencyNumber', 'alarm', 'reportingRoute'] as const) expect(shown).toContain(fact);
	});

	test('"it has already happened": record, report, support, and the incident note is linked', () => {
		for (const { organisation } of policies) {
			const graph = treeGraph(machines.safety, organisation);
			expect(findStep(graph, 'start')!.answers.at(-1)).toEqual({ id: 'after', target: 'after-hurt' });
			for (const id of ['after-injured', 'after-record']) {
				const ending = findStep(graph, id)!.ending!;
				expect(ending.links[0], id).toBe('incident-note');
				expect(ending.safety, id).toEqual(expect.arrayContaining(['reportingRoute', 'supportService']));
			}
		}
	});

	test('on the phone or in writing: the endings are marked for those channels only; face to face, for the counter', () => {
		const marked = declaredSteps(machines.safety).filter((step) => (step.meta as { channels?: string[] } | undefined)?.channels);
		expect(marked.map((step) => [step.id, (step.meta as { channels: string[] }).channels])).toEqual([
			['threat-distance', ['counter']],
			['harassment-physical', ['counter']],
			['harassment-words', ['counter']],
			['end-contact', ['phone', 'written']],
			['remote-threat', ['phone', 'written']],
			['customer-crisis', ['counter']],
		]);
		// Calling someone in on the phone and in writing is said two ways.
		expect(channelReasons(findStep(treeGraph(machines.safety, configured.organisation), 'remote-threat')!.ending)).toEqual(['contact']);
		expect(channelReasons(findStep(treeGraph(machines.safety, configured.organisation), 'threat-distance')!.ending)).toEqual([]);
		expect(target('safety', configured.organisation, 'remote-kind', 'abuse')).toBe('end-contact');
		expect(target('safety', configured.organisation, 'remote-kind', 'threat')).toBe('remote-threat');
	});
});

describe('trees that agree with their pages (issue 12, round 2)', () => {
	test('boundaries: one talk with the person in charge does not end the relationship; only an agreed plan that failed does', () => {
		for (const { name, organisation } of policies) {
			const graph = treeGraph(machines.boundaries, organisation);
			expect(target('boundaries', organisation, 'talked-to-charge', 'no'), name).toBe('talk-to-charge');
			expect(target('boundaries', organisation, 'talked-to-charge', 'yes'), name).toBe('plan-tried');
			expect(findStep(graph, 'plan-tried')!.answers, name).toEqual([
				{ id: 'not-agreed', target: 'talk-to-charge' },
				{ id: 'trying', target: 'follow-plan' },
				{ id: 'still-going', target: 'cut-losses' },
			]);
			expect(findStep(graph, 'follow-plan')!.ending!.links, name).toEqual(['boundaries', 'escalate']);
			// Every way to "cut-losses" passes through an agreed plan that was tried and did not help.
			const toCut = walks('boundaries', organisation).filter((path) => path.ending === 'cut-losses');
			expect(toCut.length, name).toBeGreaterThan(0);
			for (const path of toCut) expect(path.answers.at(-1), name).toBe('still-going');
		}
	});

	test('resolving: a customer who has misunderstood is corrected kindly, with the never-do page linked', () => {
		for (const { name, organisation } of policies) {
			expect(target('resolving', organisation, 'what-happened', 'misunderstood'), name).toBe('correct-kindly');
			expect(findStep(treeGraph(machines.resolving, organisation), 'correct-kindly')!.ending!.links, name).toEqual(['never-do', 'resolve']);
		}
	});

	test('escalating: "too agitated or abusive" with no help sets a boundary and goes on to the boundaries tree, promising no call back', () => {
		for (const { name, organisation } of policies) {
			expect(target('escalating', organisation, 'start', 'too-much'), name).toBe('help-available');
			expect(target('escalating', organisation, 'help-available', 'no'), name).toBe('take-details');
			const ending = findStep(treeGraph(machines.escalating, organisation), 'take-details')!.ending!;
			expect(ending.next, name).toBe('boundaries');
			expect(ending.links, name).toEqual(['boundaries', 'escalate']);
			expect(channelReasons(ending), name).toEqual(['contact']);
		}
	});
});

describe('the catalogs', () => {
	test('endings that mention the callback time or a limit show the figure the policy sets', () => {
		const ending = (organisation: typeof configured.organisation, locale: 'fi' | 'hr') =>
			fill(((rawCatalogs[locale]!.resolving as Catalog).steps['agree-callback'] as EndingMessages).action, policyValues(organisation, locale));
		expect(ending(configured.organisation, 'fi')).toContain('24 tuntia');
		expect(ending(strict.organisation, 'fi')).toContain('48 tuntia');
		expect(ending(strict.organisation, 'hr')).toContain('48 sati');
		const question = (catalog: Catalog) => (catalog.steps['discount-amount'] as QuestionMessages).question;
		expect(fill(question(rawCatalogs.fi!.compensating as Catalog), policyValues(generous.organisation, 'fi'))).toMatch(/15\s%/);
		expect(fill(question(rawCatalogs.ms!.compensating as Catalog), policyValues(generous.organisation, 'ms'))).toMatch(/15%/);
	});
});
