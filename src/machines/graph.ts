/**
 * A decision tree as data: machine + policy → steps, answers, targets, endings and the shortest way to
 * each step. The component renders from it, validation checks it, search indexes its steps and the
 * trainers' diagrams and cards draw it. Traversal is xstate/graph's; nothing here knows any words.
 */
import { type AnyStateMachine, type AnyStateNode, initialTransition, transition } from 'xstate';
import { getAdjacencyMap, type SerializedSnapshot } from 'xstate/graph';
import type { Organisation } from '../config/schema';
import type { EndingMeta } from './tree';

/** One way on from a question: the answer's event and the step it leads to (null: it leads nowhere). */
export interface Answer {
	id: string;
	target: string | null;
}

/** One hop of the way to a step: the question asked and the answer given. */
export interface PathStep {
	step: string;
	answer: string;
}

export interface Step {
	id: string;
	/** 1-based position in reading order (breadth-first from the start): the printed outline's numbering. */
	number: number;
	kind: 'question' | 'ending';
	answers: Answer[];
	/** An ending's links and options; undefined for questions. */
	ending?: EndingMeta;
	/** The shortest way from the start to here (empty for the start). */
	path: PathStep[];
}

export interface TreeGraph {
	tree: string;
	start: string;
	/** Every step reachable under the policy, in reading order. */
	steps: Step[];
}

/** A tree's steps as the machine declares them, every guarded branch included: what validation checks. */
export interface DeclaredStep {
	id: string;
	final: boolean;
	/** Each answer with every step it may lead to, whatever the policy (empty: it leads nowhere). */
	answers: Array<{ id: string; targets: string[] }>;
	meta: unknown;
}

export function declaredSteps(machine: AnyStateMachine): DeclaredStep[] {
	return Object.values(machine.root.states as Record<string, AnyStateNode>).map((node) => ({
		id: node.key,
		final: node.type === 'final',
		answers: Object.entries(node.on).map(([id, transitions]) => ({
			id,
			targets: [...new Set(transitions.flatMap((t) => (t.target ?? []).map((target: AnyStateNode) => target.key)))],
		})),
		meta: node.meta,
	}));
}

/** The fragment that names a step on any page: `compensating/refund-not-allowed`. */
export function stepFragment(tree: string, step: string): string {
	return `${tree}/${step}`;
}

function stepId(value: unknown): string {
	// Trees are flat: every step is a top-level state, so the value is its key.
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The tree a reader walks under `policy`: only the steps the policy lets them reach. */
export function treeGraph(machine: AnyStateMachine, policy: Organisation): TreeGraph {
	const nodes = machine.root.states as Record<string, AnyStateNode>;
	const answersOf = (step: string) => Object.keys(nodes[step]?.on ?? {});
	const adjacency = getAdjacencyMap(machine, {
		input: { policy },
		serializeState: (snapshot) => stepId(snapshot.value),
		events: (snapshot) => answersOf(stepId(snapshot.value)).map((type) => ({ type })),
	});
	const [initial] = initialTransition(machine, { policy });
	const start = stepId(initial.value);
	// getAdjacencyMap explores breadth-first in answer order, so its keys are in reading order.
	const order = Object.keys(adjacency);
	const paths = new Map<string, PathStep[]>([[start, []]]);
	const steps = order.map((id, index): Step => {
		const { state } = adjacency[id as SerializedSnapshot]!;
		const answers = answersOf(id).map((answer): Answer => {
			const [next] = transition(machine, state, { type: answer });
			const target = stepId(next.value);
			// Staying put means no transition was taken: a targetless answer, or no guard matched.
			return { id: answer, target: target === id ? null : target };
		});
		for (const { id: answer, target } of answers)
			if (target !== null && !paths.has(target)) paths.set(target, [...paths.get(id)!, { step: id, answer }]);
		const final = nodes[id]?.type === 'final';
		return {
			id,
			number: index + 1,
			kind: final ? 'ending' : 'question',
			answers,
			ending: final ? (nodes[id]!.meta as EndingMeta) : undefined,
			path: [],
		};
	});
	for (const step of steps) step.path = paths.get(step.id) ?? [];
	return { tree: machine.id, start, steps };
}

/** Finds a step of a graph by id. */
export function findStep(graph: TreeGraph, id: string): Step | undefined {
	return graph.steps.find((step) => step.id === id);
}
