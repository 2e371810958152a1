/**
 * The practice scenarios' machines: eight of them, each a flat graph of turns, feedbacks and endings
 * in the shape src/machines/practice/setup.ts describes, walked with xstate/graph under every policy
 * variant. What is checked is what the learner is promised: 3–6 turns when every reply is good, 2–4
 * replies per turn with a good one always among them, a good reply never makes things worse, a poor
 * one always does, a first mistake can always be put right, and the settings steer replies that
 * depend on them, as they steer the trees.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import type { Organisation } from '../../src/config/schema';
import {
	continueEvent,
	endingOutcomes,
	feedbackId,
	parseFeedbackId,
	practiceChannels,
	practiceLinkSlugs,
	practiceTopics,
	type PracticeEndingMeta,
	type PracticeMeta,
	replyQualities,
	type ReplyMeta,
	scenarioIds,
	type ScenarioId,
	type ScenarioMeta,
	scenarios,
	type TurnMeta,
} from '../../src/machines/practice';
import { root } from '../support/paths';
import { policies } from '../support/machines-policies';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const goodOutcomes: ReadonlySet<string> = new Set(['calmed', 'escalated-safely']);

const nodesOf = (machine: AnyStateMachine) => machine.root.states as Record<string, AnyStateNode>;
const metaOf = (machine: AnyStateMachine, state: string) => nodesOf(machine)[state]?.meta as PracticeMeta | undefined;
const kindOf = (machine: AnyStateMachine, state: string) => metaOf(machine, state)?.kind;
const scenarioMeta = (machine: AnyStateMachine) => machine.root.meta as ScenarioMeta;
const startOf = (machine: AnyStateMachine) => String(machine.root.initial?.target?.[0]?.key);
const eventsOf = (machine: AnyStateMachine) => (snapshot: { value: unknown }) =>
	Object.keys(nodesOf(machine)[snapshot.value as string]?.on ?? {}).map((type) => ({ type }));

/** Every state with the events it declares and every target each may lead to, whatever the policy. */
function declared(machine: AnyStateMachine) {
	return Object.entries(nodesOf(machine)).map(([id, node]) => ({
		id,
		final: node.type === 'final',
		meta: node.meta as PracticeMeta | undefined,
		events: Object.entries(node.on).map(([event, transitions]) => ({
			event,
			guarded: transitions.some((transition) => transition.guard !== undefined),
			targets: transitions.flatMap((transition) => (transition.target ?? []).map((target: AnyStateNode) => target.key)),
		})),
	}));
}

/** The scenario as a learner under `policy` meets it: each reachable state and where each of its events leads. */
function walk(machine: AnyStateMachine, policy: Organisation) {
	const adjacency = getAdjacencyMap(machine, {
		input: { policy },
		events: eventsOf(machine) as never,
		serializeState: (snapshot) => String(snapshot.value),
	});
	const edges = new Map<string, Map<string, string>>();
	for (const [state, { transitions }] of Object.entries(adjacency)) {
		const taken = Object.values(transitions) as Array<{ event: { type: string }; state: { value: unknown } }>;
		edges.set(state, new Map(taken.map(({ event, state: next }) => [event.type, String(next.value)])));
	}
	const snapshots = new Map(Object.entries(adjacency).map(([state, { state: snapshot }]) => [state, snapshot]));
	/** Every state reachable from `state` (itself included), by xstate/graph's shortest paths. */
	const reachableFrom = (state: string) =>
		new Set(
			getShortestPaths(machine, {
				input: { policy },
				events: eventsOf(machine) as never,
				fromState: snapshots.get(state) as never,
			}).map((path) => String(path.state.value)),
		);
	const next = (state: string, event: string) => edges.get(state)!.get(event)!;
	const quality = (turn: string, reply: string) => (metaOf(machine, next(turn, reply)) as ReplyMeta).quality;
	const turns = [...edges.keys()].filter((state) => kindOf(machine, state) === 'turn');
	return { edges, next, quality, turns, reachableFrom };
}

/** Every conversation under `policy` in which each reply chosen is good: the turns it passes and where it ends. */
function goodConversations(machine: AnyStateMachine, policy: Organisation) {
	const { quality } = walk(machine, policy);
	const goodEvents = (snapshot: { value: unknown }) =>
		eventsOf(machine)(snapshot).filter(
			({ type }) => type === continueEvent || kindOf(machine, snapshot.value as string) !== 'turn' || quality(snapshot.value as string, type) === 'good',
		);
	return getSimplePaths(machine, { input: { policy }, events: goodEvents as never, serializeState: (snapshot) => String(snapshot.value) })
		.filter((path) => path.state.status === 'done')
		.map((path) => {
			const visited = path.steps.map((step) => String(step.state.value));
			return { ending: String(path.state.value), turns: visited.filter((state) => kindOf(machine, state) === 'turn') };
		});
}

describe('the scenarios', () => {
	test('there are eight, each in its own file, with its id, built with practiceSetup and the policy guards', () => {
		expect(scenarioIds).toHaveLength(8);
		expect(Object.keys(scenarios).sort()).toEqual([...scenarioIds].sort());
		for (const id of scenarioIds) {
			expect(id).toMatch(kebab);
			expect(existsSync(`${root}src/machines/practice/${id}.ts`), id).toBe(true);
			expect(scenarios[id].id).toBe(id);
			expect(Object.keys(scenarios[id].implementations.guards), id).toEqual(
				expect.arrayContaining(['mayRefund', 'mayDiscount', 'mayGiveVoucher', 'mayReplace', 'mayReplaceAndDeliverFree']),
			);
		}
	});

	test.each([...scenarioIds])('"%s": every state is a turn, a feedback or an ending, shaped as setup.ts says', (id) => {
		const machine = scenarios[id];
		const states = declared(machine);
		const byId = new Map(states.map((state) => [state.id, state]));
		const scenario = scenarioMeta(machine);
		expect(scenario.kind).toBe('scenario');
		expect(scenario.topics.length).toBeGreaterThan(0);
		for (const topic of scenario.topics) expect(practiceTopics).toContain(topic);
		expect(practiceChannels).toContain(scenario.channel);
		expect(scenario.pages.length).toBeGreaterThan(0);
		for (const page of scenario.pages) expect(practiceLinkSlugs).toContain(page);

		const turns = states.filter((state) => state.meta?.kind === 'turn');
		const feedbacks = states.filter((state) => state.meta?.kind === 'feedback');
		const endings = states.filter((state) => state.meta?.kind === 'ending');
		expect(turns.length, id).toBeGreaterThanOrEqual(3);
		expect(feedbacks.length, id).toBeGreaterThanOrEqual(turns.length * 2);
		expect(endings.length, id).toBeGreaterThanOrEqual(2);
		expect(turns.length + feedbacks.length + endings.length, `${id}: states of no known kind`).toBe(states.length);
		expect(byId.get(startOf(machine))?.meta?.kind, `${id}: it starts with a turn`).toBe('turn');

		const repliedTo = new Map<string, string>();
		for (const turn of turns) {
			const where = `${id}, turn "${turn.id}"`;
			expect(turn.id, where).toMatch(kebab);
			expect(turn.id, where).not.toContain('--');
			expect(turn.final, where).toBe(false);
			expect(['main', 'recovery'], where).toContain((turn.meta as TurnMeta).track);
			expect(turn.events.length, `${where}: 2–4 replies`).toBeGreaterThanOrEqual(2);
			expect(turn.events.length, `${where}: 2–4 replies`).toBeLessThanOrEqual(4);
			for (const reply of turn.events) {
				expect(reply.event, where).toMatch(kebab);
				expect(reply.event, where).not.toContain('--');
				expect(reply.event, where).not.toBe(continueEvent);
				// A policy-dependent reply has one feedback per variant; any other reply exactly one feedback.
				expect(reply.targets.length, `${where}, reply "${reply.event}"`).toBe(reply.guarded ? new Set(reply.targets).size : 1);
				if (reply.guarded) expect(reply.targets.length, `${where}, reply "${reply.event}"`).toBeGreaterThanOrEqual(2);
				for (const target of reply.targets) {
					expect(byId.get(target)?.meta?.kind, `${where}, reply "${reply.event}" → "${target}"`).toBe('feedback');
					const named = parseFeedbackId(target);
					expect(named, target).toBeDefined();
					expect({ turn: named!.turn, reply: named!.reply }, target).toEqual({ turn: turn.id, reply: reply.event });
					expect(named!.variant === undefined, `${target}: a variant suffix exactly when the reply is policy-dependent`).toBe(!reply.guarded);
					if (named!.variant !== undefined) expect(named!.variant, target).toMatch(kebab);
					expect(feedbackId(named!.turn, named!.reply, named!.variant), target).toBe(target);
					expect(repliedTo.has(target), `${target} is the feedback of more than one reply`).toBe(false);
					repliedTo.set(target, turn.id);
				}
			}
		}
		for (const feedback of feedbacks) {
			const where = `${id}, feedback "${feedback.id}"`;
			const meta = feedback.meta as ReplyMeta;
			expect(repliedTo.has(feedback.id), `${where}: no reply leads to it`).toBe(true);
			expect(feedback.final, where).toBe(false);
			expect(replyQualities, where).toContain(meta.quality);
			expect(meta.links.length, where).toBeGreaterThan(0);
			for (const link of meta.links) expect(practiceLinkSlugs, where).toContain(link);
			expect(feedback.events.map((event) => [event.event, event.targets.length, event.guarded]), where).toEqual([[continueEvent, 1, false]]);
			expect(['turn', 'ending'], `${where}: continue leads to a turn or an ending`).toContain(byId.get(feedback.events[0]!.targets[0]!)?.meta?.kind);
		}
		for (const ending of endings) {
			const where = `${id}, ending "${ending.id}"`;
			const meta = ending.meta as PracticeEndingMeta;
			expect(ending.id, where).toMatch(kebab);
			expect(ending.final, where).toBe(true);
			expect(ending.events, where).toEqual([]);
			expect(endingOutcomes, where).toContain(meta.outcome);
			expect(meta.links.length, where).toBeGreaterThan(0);
			for (const link of meta.links) expect(practiceLinkSlugs, where).toContain(link);
		}
		// The pages a scenario claims to rehearse are the ones its feedback explains.
		const linked = new Set(feedbacks.flatMap((feedback) => (feedback.meta as ReplyMeta).links));
		for (const page of scenario.pages) expect(linked.has(page), `${id}: page "${page}" is not linked by any feedback`).toBe(true);
	});

	test.each([...scenarioIds])('"%s": a conversation only moves forward (no state can be reached twice)', (id) => {
		const states = declared(scenarios[id]);
		const waysOn = new Map(states.map((state) => [state.id, state.events.flatMap((event) => event.targets)]));
		const onPath = new Set<string>();
		const done = new Set<string>();
		const visit = (state: string): void => {
			expect(onPath.has(state), `${id}: a loop through "${state}"`).toBe(false);
			if (done.has(state)) return;
			onPath.add(state);
			for (const next of waysOn.get(state)!) visit(next);
			onPath.delete(state);
			done.add(state);
		};
		visit(startOf(scenarios[id]));
		expect(done.size).toBe(states.length);
	});

	test('across the policy variants every declared state is reachable', () => {
		for (const id of scenarioIds) {
			const machine = scenarios[id];
			const reached = new Set(policies.flatMap(({ organisation }) => [...walk(machine, organisation).edges.keys()]));
			expect(reached.size, id).toBeGreaterThan(0);
			expect([...reached].sort(), id).toEqual(declared(machine).map((state) => state.id).sort());
		}
	});

	test('every main turn is on a conversation where every reply is good, under some policy variant', () => {
		for (const id of scenarioIds) {
			const machine = scenarios[id];
			const onGoodPaths = new Set(policies.flatMap(({ organisation }) => goodConversations(machine, organisation).flatMap((path) => path.turns)));
			const mainTurns = declared(machine).filter((state) => state.meta?.kind === 'turn' && (state.meta as TurnMeta).track === 'main');
			expect(mainTurns.length, id).toBeGreaterThanOrEqual(3);
			for (const turn of mainTurns) expect(onGoodPaths.has(turn.id), `${id}: main turn "${turn.id}"`).toBe(true);
		}
	});

	test('the settings steer replies: some replies lead to a different feedback, of a different quality, under different policies', () => {
		const dependent: string[] = [];
		for (const id of scenarioIds) {
			const machine = scenarios[id];
			const walks = policies.map(({ organisation }) => walk(machine, organisation));
			for (const turn of declared(machine).filter((state) => state.meta?.kind === 'turn'))
				for (const { event } of turn.events) {
					const outcomes = walks.filter((w) => w.edges.has(turn.id)).map((w) => w.next(turn.id, event));
					if (new Set(outcomes).size > 1) {
						dependent.push(`${id}/${turn.id}/${event}`);
						const qualities = new Set(outcomes.map((feedback) => (metaOf(machine, feedback) as ReplyMeta).quality));
						expect(qualities.size, `${id}/${turn.id}/${event}: the policy changes its feedback but not its quality`).toBeGreaterThan(1);
					}
				}
		}
		expect(dependent).toEqual(
			expect.arrayContaining([
				'faulty-item/what-happened/refund-now',
				'faulty-item/what-happened/ask-in-charge',
				'late-delivery/stuck-at-depot/send-new-one',
				'late-delivery/lost-day/offer-voucher',
				'haggler/what-to-offer/offer-discount',
			]),
		);
	});

	test('together they cover every channel at least twice and every topic', () => {
		const metas = scenarioIds.map((id) => scenarioMeta(scenarios[id]));
		expect(metas).toHaveLength(8);
		for (const channel of practiceChannels)
			expect(metas.filter((meta) => meta.channel === channel).length, channel).toBeGreaterThanOrEqual(2);
		expect(new Set(metas.flatMap((meta) => meta.topics))).toEqual(new Set(practiceTopics));
	});
});

describe.each(policies)('under policy "$name"', ({ organisation }) => {
	test.each([...scenarioIds])('"%s": each turn offers 2–4 replies, at least one of them good', (id: ScenarioId) => {
		const machine = scenarios[id];
		const { edges, quality, turns } = walk(machine, organisation);
		expect(turns.length).toBeGreaterThanOrEqual(3);
		for (const turn of turns) {
			const replies = [...edges.get(turn)!.keys()];
			expect(replies.length, turn).toBeGreaterThanOrEqual(2);
			expect(replies.length, turn).toBeLessThanOrEqual(4);
			expect(replies.filter((reply) => quality(turn, reply) === 'good').length, `${id}, turn "${turn}": no good reply`).toBeGreaterThan(0);
		}
	});

	test.each([...scenarioIds])('"%s": good replies keep it on track, poor ones make it worse, and a first mistake never ends it', (id: ScenarioId) => {
		const machine = scenarios[id];
		const { next, quality, turns } = walk(machine, organisation);
		let poorFromMain = 0;
		for (const turn of turns) {
			const track = (metaOf(machine, turn) as TurnMeta).track;
			for (const reply of eventsOf(machine)({ value: turn }).map((event) => event.type)) {
				const where = `${id}, turn "${turn}", reply "${reply}" (${quality(turn, reply)})`;
				const after = next(next(turn, reply), continueEvent);
				const meta = metaOf(machine, after)!;
				const lands = meta.kind === 'turn' ? `${(meta as TurnMeta).track} turn` : `${(meta as PracticeEndingMeta).outcome} ending`;
				if (quality(turn, reply) === 'poor') {
					// Worse: a recovery turn, or (only after an earlier poor reply) the end of the conversation.
					expect(track === 'main' ? ['recovery turn'] : ['recovery turn', 'worse ending'], where).toContain(lands);
					if (track === 'main') poorFromMain += 1;
				} else expect(['main turn', 'calmed ending', 'escalated-safely ending'], where).toContain(lands);
			}
		}
		expect(poorFromMain, `${id}: no poor reply to learn from`).toBeGreaterThan(0);
	});

	test.each([...scenarioIds])('"%s": every state can reach an ending, every turn a good one, every poor reply on a main turn too', (id: ScenarioId) => {
		const machine = scenarios[id];
		const { edges, next, quality, turns, reachableFrom } = walk(machine, organisation);
		const goodEnding = (states: Set<string>) =>
			[...states].some((state) => kindOf(machine, state) === 'ending' && goodOutcomes.has((metaOf(machine, state) as PracticeEndingMeta).outcome));
		const states = [...edges.keys()];
		expect(states.length).toBeGreaterThan(turns.length);
		for (const state of states) expect([...reachableFrom(state)].some((s) => kindOf(machine, s) === 'ending'), `${id}, "${state}"`).toBe(true);
		for (const turn of turns) expect(goodEnding(reachableFrom(turn)), `${id}, turn "${turn}": no good ending ahead`).toBe(true);
		const firstMistakes = turns
			.filter((turn) => (metaOf(machine, turn) as TurnMeta).track === 'main')
			.flatMap((turn) => [...edges.get(turn)!.keys()].filter((reply) => quality(turn, reply) === 'poor').map((reply) => next(turn, reply)));
		expect(firstMistakes.length).toBeGreaterThan(0);
		for (const feedback of firstMistakes) expect(goodEnding(reachableFrom(feedback)), `${id}, after "${feedback}"`).toBe(true);
	});

	test.each([...scenarioIds])('"%s": with every reply good it takes 3–6 turns and ends well', (id: ScenarioId) => {
		const machine = scenarios[id];
		const conversations = goodConversations(machine, organisation);
		expect(conversations.length, id).toBeGreaterThan(0);
		for (const { ending, turns } of conversations) {
			expect(goodOutcomes.has((metaOf(machine, ending) as PracticeEndingMeta).outcome), `${id}: ${turns.join(' → ')} → ${ending}`).toBe(true);
			expect(turns.length, `${id}: ${turns.join(' → ')}`).toBeGreaterThanOrEqual(3);
			expect(turns.length, `${id}: ${turns.join(' → ')}`).toBeLessThanOrEqual(6);
		}
	});
});

test('every scenario can end badly under some policy, so the summary has something to teach', () => {
	for (const id of scenarioIds) {
		const machine = scenarios[id];
		const outcomes = new Set(
			policies.flatMap(({ organisation }) =>
				[...walk(machine, organisation).edges.keys()].filter((s) => kindOf(machine, s) === 'ending').map((s) => (metaOf(machine, s) as PracticeEndingMeta).outcome),
			),
		);
		expect(outcomes.size, id).toBeGreaterThan(0);
		expect(outcomes.has('worse'), id).toBe(true);
	}
});

describe('the writers\' brief (docs/editorial/practice.md)', () => {
	const brief = readFileSync(`${root}docs/editorial/practice.md`, 'utf8');
	/** The text from a heading to the next heading of the same or a higher level. */
	const under = (text: string, heading: string) => {
		const start = text.indexOf(`${heading}\n`);
		if (start < 0) return undefined;
		const level = heading.indexOf(' ');
		const rest = text.slice(start + heading.length);
		const end = rest.search(new RegExp(`\\n#{1,${level}} `));
		return end < 0 ? rest : rest.slice(0, end);
	};

	test('it has one section per scenario and lists each with its channel', () => {
		expect(brief.match(/^## Scenario `/gm)?.length).toBe(scenarioIds.length);
		for (const id of scenarioIds) {
			expect(under(brief, `## Scenario \`${id}\``), id).toBeDefined();
			expect(brief, id).toContain(`| \`${id}\` | ${scenarioMeta(scenarios[id]).channel}`);
		}
	});

	test.each([...scenarioIds])('it names every turn, reply, feedback and ending of "%s" as the machine has them', (id) => {
		const machine = scenarios[id];
		const section = under(brief, `## Scenario \`${id}\``)!;
		const states = declared(machine);
		const byId = new Map(states.map((state) => [state.id, state]));
		const turns = states.filter((state) => state.meta?.kind === 'turn');
		const endings = states.filter((state) => state.meta?.kind === 'ending');
		const feedbacks = states.filter((state) => state.meta?.kind === 'feedback');
		expect(turns.length).toBeGreaterThan(0);
		expect(section.match(/^### Turn `/gm)?.length, id).toBe(turns.length);
		expect(section.match(/^### Ending `/gm)?.length, id).toBe(endings.length);
		expect(section.match(/^ {2}- Feedback `/gm)?.length, id).toBe(feedbacks.length);
		for (const turn of turns) {
			const text = under(section, `### Turn \`${turn.id}\` (${(turn.meta as TurnMeta).track})`);
			expect(text, `${id}: turn "${turn.id}" with its track`).toBeDefined();
			expect(text!.match(/^- Reply `/gm)?.length, `${id}, turn "${turn.id}"`).toBe(turn.events.length);
			for (const reply of turn.events) {
				expect(text, `${id}, turn "${turn.id}"`).toContain(`- Reply \`${reply.event}\``);
				for (const feedback of reply.targets) {
					const meta = byId.get(feedback)!.meta as ReplyMeta;
					const next = byId.get(feedback)!.events[0]!.targets[0]!;
					const line = text!.split('\n').find((l) => l.includes(`Feedback \`${feedback}\``));
					expect(line, `${id}: feedback "${feedback}" under turn "${turn.id}"`).toBeDefined();
					expect(line, feedback).toContain(`**${meta.quality}**, continue to \`${next}\`. Links: ${meta.links.join(', ')}.`);
				}
			}
		}
		for (const ending of endings) {
			const meta = ending.meta as PracticeEndingMeta;
			const text = under(section, `### Ending \`${ending.id}\` (${meta.outcome})`);
			expect(text, `${id}: ending "${ending.id}" with its outcome`).toBeDefined();
			expect(text, `${id}: ending "${ending.id}"`).toContain(`Links: ${meta.links.join(', ')}.`);
		}
	});
});
