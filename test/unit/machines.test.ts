/**
 * The six decision-tree machines: typed with setup(), sound under every policy variant, every path
 * walked to an ending with words in all four locales, and the policy steering the compensating and
 * escalating trees without any change to a machine.
 */
import { readFileSync } from 'node:fs';
import type { AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { type Catalog, type EndingMessages, fill, isEnding, policyValues, type QuestionMessages, rawCatalogs } from '../../src/machines/catalog';
import { declaredSteps, findStep, treeGraph } from '../../src/machines/graph';
import { machines, treeIds, type TreeId } from '../../src/machines';
import { treePageSlug } from '../../src/machines/view';
import { validateTrees } from '../../src/machines/validate';
import { docsDir } from '../support/paths';
import { configured, generous, mixed, policies, strict } from './machines-policies';

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

	test('the entry tree routes to each of the five other trees, under every policy variant', () => {
		for (const { name, organisation } of policies) {
			const endings = treeGraph(machines.entry, organisation).steps.filter((step) => step.kind === 'ending');
			expect(endings.map((step) => step.ending?.next).sort(), name).toEqual(['boundaries', 'compensating', 'escalating', 'listening', 'resolving']);
		}
	});

	test('machines and catalogs pass validation under every policy variant', () => {
		expect(validateTrees(machines, rawCatalogs, policies)).toEqual([]);
	});

	test('across the policy variants every declared step is reachable', () => {
		for (const tree of treeIds) {
			const reached = new Set(policies.flatMap(({ organisation }) => treeGraph(machines[tree], organisation).steps.map((step) => step.id)));
			expect([...reached].sort(), tree).toEqual(declaredSteps(machines[tree]).map((step) => step.id).sort());
		}
	});
});

describe.each(policies)('under policy "$name"', ({ organisation }) => {
	test.each([...treeIds])('every path of "%s" ends in an ending, with words for every step in all four locales', (tree) => {
		const paths = walks(tree, organisation);
		const graph = treeGraph(machines[tree], organisation);
		// Every ending the policy lets a reader reach is the end of at least one walked path.
		expect(new Set(paths.map((path) => path.ending))).toEqual(new Set(graph.steps.filter((s) => s.kind === 'ending').map((s) => s.id)));
		for (const locale of localeCodes) {
			const catalog = rawCatalogs[locale]![tree] as Catalog;
			const values = policyValues(organisation, locale);
			for (const path of paths) {
				for (const [index, step] of path.steps.entries()) {
					const messages = catalog.steps[step]!;
					const texts = isEnding(messages)
						? [messages.title, messages.action, ...messages.say]
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

describe('the policy steers the trees, with no change to a machine', () => {
	test('refunds: not allowed leads to "refund-not-allowed", allowed to the amount question', () => {
		expect(target('compensating', strict.organisation, 'start', 'refund')).toBe('refund-not-allowed');
		expect(target('compensating', generous.organisation, 'start', 'refund')).toBe('refund-amount');
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
		expect(target('compensating', generous.organisation, 'start', 'replacement')).toBe('replace-deliver-free');
		expect(target('compensating', mixed.organisation, 'start', 'replacement')).toBe('replace');
		expect(target('compensating', strict.organisation, 'start', 'replacement')).toBe('replacement-not-allowed');
	});

	test('the configured policy (refunds not allowed) has the trainer\'s example step', () => {
		expect(configured.organisation.remedies.refund.staffMayGive).toBe(false);
		expect(target('compensating', configured.organisation, 'start', 'refund')).toBe('refund-not-allowed');
		expect(findStep(treeGraph(machines.compensating, configured.organisation), 'refund-amount')).toBeUndefined();
	});

	test('the shortest path to each step starts at the start and follows real answers', () => {
		for (const { organisation } of policies)
			for (const tree of treeIds) {
				const graph = treeGraph(machines[tree], organisation);
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
