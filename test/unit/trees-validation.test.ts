/**
 * Validation fires on each kind of broken tree (item 8): deliberately broken fixture machines and
 * catalogs, each problem named with tree, step and (for catalogs) locale.
 */
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/locales';
import { declaredSteps } from '../../src/machines/graph';
import { policyContext, treeSetup } from '../../src/machines/tree';
import { validateTree, validateTrees } from '../../src/machines/validate';
import { machines, treeIds } from '../../src/machines';
import { type Catalog, type EndingMessages, rawCatalogs } from '../../src/machines/catalog';
import { channelReasons, endingChannels } from '../../src/machines/tree';
import type { AnyStateMachine } from 'xstate';
import { configured, generous, strict } from '../support/machines-policies';

const ending = { type: 'final' as const, meta: { links: ['calm' as const] } };

/** A sound little tree: start → (yes) done | (no) more → (ok) done. */
const sound = () =>
	treeSetup.createMachine({
		id: 'fixture',
		context: policyContext,
		initial: 'start',
		states: {
			start: { on: { yes: 'done', no: 'more' } },
			more: { on: { ok: 'done' } },
			done: ending,
		},
	});

/** A complete catalog for a machine in every locale, so each test breaks exactly one thing. */
function catalogsFor(machine: AnyStateMachine): Record<Locale, Record<string, unknown>> {
	const steps = Object.fromEntries(
		declaredSteps(machine).map((step) => [
			step.id,
			step.final
				? { title: `T ${step.id}`, action: `A ${step.id}`, say: [`S ${step.id}`] }
				: { question: `Q ${step.id}?`, answers: Object.fromEntries(step.answers.map((a) => [a.id, `A ${a.id}`])) },
		]),
	);
	return Object.fromEntries(localeCodes.map((locale) => [locale, structuredClone({ name: 'N', steps }) as Record<string, unknown>])) as Record<
		Locale,
		Record<string, unknown>
	>;
}

const check = (machine: AnyStateMachine, catalogs = catalogsFor(machine), policies = [configured]) =>
	validateTree({ tree: 'fixture', machine, catalogs, policies });

const stepsOf = (catalog: Record<string, unknown>) => catalog.steps as Record<string, Record<string, unknown>>;

describe('validation of a tree', () => {
	test('a sound tree and complete catalogs pass', () => {
		expect(check(sound())).toEqual([]);
	});

	test('an ending\'s safety facts and channels must be known ones', () => {
		const withMeta = (meta: Record<string, unknown>) =>
			treeSetup.createMachine({
				id: 'fixture',
				context: policyContext,
				initial: 'start',
				states: { start: { on: { yes: 'done' } }, done: { type: 'final', meta: { links: ['safety'], ...meta } as never } },
			});
		expect(check(withMeta({ safety: ['emergencyNumber', 'reportingRoute'], channels: ['phone', 'written'] }))).toEqual([]);
		expect(check(withMeta({ safety: ['emergencyNumber', 'panicRoom'] }))).toEqual(['tree "fixture", step "done": meta.safety has unknown fact "panicRoom"']);
		expect(check(withMeta({ safety: [] }))).toEqual(['tree "fixture", step "done": meta.safety must list at least one safety fact']);
		expect(check(withMeta({ channels: ['fax'] }))).toEqual(['tree "fixture", step "done": meta.channels has unknown channel "fax"']);
	});

	test('an unreachable step is reported with tree and step', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: { start: { on: { yes: 'done' } }, orphan: { on: { go: 'done' } }, done: ending },
		});
		expect(check(machine)).toEqual([expect.stringMatching(/tree "fixture", step "orphan": is unreachable/)]);
	});

	test('a step with no way on that is not an ending is reported', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: { start: { on: { yes: 'done', no: 'stuck' } }, stuck: {}, done: ending },
		});
		expect(check(machine)).toContainEqual(expect.stringMatching(/tree "fixture", step "stuck": has no way on and is not an ending/));
	});

	test('an answer with no target, or back to its own step, leads nowhere', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: { start: { on: { yes: 'done', blank: {}, again: 'start' } }, done: ending },
		});
		const problems = check(machine);
		expect(problems).toContainEqual(expect.stringMatching(/tree "fixture", step "start": answer "blank" leads nowhere \(no target\)/));
		expect(problems).toContainEqual(expect.stringMatching(/tree "fixture", step "start": answer "again" leads nowhere \(back to the same step\)/));
	});

	test('an answer whose guards all fail under a policy leads nowhere under that policy', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: { start: { on: { refund: { guard: 'mayRefund', target: 'done' }, other: 'done' } }, done: ending },
		});
		expect(check(machine, undefined, [generous])).toEqual([]);
		expect(check(machine, undefined, [strict])).toEqual([
			expect.stringMatching(/tree "fixture", step "start", policy "strict": answer "refund" leads nowhere \(no guard matches\)/),
		]);
	});

	test('an answer to a step that does not exist stops the machine being built, naming tree and step', () => {
		expect(() =>
			treeSetup.createMachine({ id: 'fixture', context: policyContext, initial: 'start', states: { start: { on: { go: 'nowhere' } } } }),
		).toThrow(/fixture\.start[\s\S]*nowhere/);
	});

	test('a loop with no way out is reported with its steps', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: {
				start: { on: { yes: 'done', no: 'ping' } },
				ping: { on: { next: 'pong' } },
				pong: { on: { next: 'ping' } },
				done: ending,
			},
		});
		expect(check(machine)).toEqual([expect.stringMatching(/tree "fixture", steps "ping", "pong": a loop with no way out/)]);
	});

	test('a loop whose only way out a policy closes is reported under that policy', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: {
				start: { on: { yes: 'done', no: 'ping' } },
				ping: { on: { next: 'pong' } },
				pong: { on: { back: 'ping', out: [{ guard: 'mayRefund', target: 'done' }, { target: 'ping' }] } },
				done: ending,
			},
		});
		// Every declared step can reach "done"; only under "strict" does "out" fall back into the loop.
		expect(check(machine, undefined, [generous])).toEqual([]);
		expect(check(machine, undefined, [strict])).toEqual([
			expect.stringMatching(/tree "fixture", steps "ping", "pong", policy "strict": a loop with no way out/),
		]);
	});

	test('an ending needs links to known guidance pages, and "next" must name a tree', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: {
				start: { on: { a: 'bare', b: 'wrong' } },
				bare: { type: 'final' },
				wrong: { type: 'final', meta: { links: ['nowhere' as never], next: 'forest' as never } },
			},
		});
		const problems = check(machine);
		expect(problems).toContainEqual(expect.stringMatching(/step "bare": an ending needs meta.links/));
		expect(problems).toContainEqual(expect.stringMatching(/step "wrong": meta.links has unknown page "nowhere"/));
		expect(problems).toContainEqual(expect.stringMatching(/step "wrong": meta.next names unknown tree "forest"/));
	});

	test('the machine id must be the tree id', () => {
		expect(validateTree({ tree: 'other', machine: sound(), catalogs: catalogsFor(sound()), policies: [] })).toContainEqual(
			expect.stringMatching(/tree "other": the machine's id is "fixture"/),
		);
	});
});

describe('validation of the catalogs', () => {
	test('a missing key is reported with tree, step, locale and file', () => {
		const catalogs = catalogsFor(sound());
		delete stepsOf(catalogs.hr).more!.question;
		delete (stepsOf(catalogs.bg).start!.answers as Record<string, string>).no;
		delete stepsOf(catalogs.ms).done!.say;
		delete stepsOf(catalogs.fi).done;
		expect(check(sound(), catalogs).sort()).toEqual(
			[
				'tree "fixture", step "more", locale "hr": missing key "steps.more.question" (src/machines/messages/hr/fixture.json)',
				'tree "fixture", step "start", locale "bg": missing key "steps.start.answers.no" (src/machines/messages/bg/fixture.json)',
				'tree "fixture", step "done", locale "ms": missing key "steps.done.say" (src/machines/messages/ms/fixture.json)',
				'tree "fixture", step "done", locale "fi": missing key "steps.done" (src/machines/messages/fi/fixture.json)',
			].sort(),
		);
	});

	test('an unused key is reported: a step, an answer or a field the machine does not have', () => {
		const catalogs = catalogsFor(sound());
		stepsOf(catalogs.fi).ghost = { question: 'Q?', answers: {} };
		(stepsOf(catalogs.hr).start!.answers as Record<string, string>).maybe = 'Možda';
		stepsOf(catalogs.bg).done!.hint = 'x';
		catalogs.ms.title = 'x';
		expect(check(sound(), catalogs).sort()).toEqual(
			[
				'tree "fixture", step "ghost", locale "fi": unused key "steps.ghost": the machine has no such step (src/machines/messages/fi/fixture.json)',
				'tree "fixture", step "start", locale "hr": unused key "steps.start.answers.maybe": the step has no such answer (src/machines/messages/hr/fixture.json)',
				'tree "fixture", step "done", locale "bg": unused key "steps.done.hint" (src/machines/messages/bg/fixture.json)',
				'tree "fixture", locale "ms": unused key "title" (src/machines/messages/ms/fixture.json)',
			].sort(),
		);
	});

	test('an empty text, a missing file and a non-object are reported', () => {
		const catalogs = catalogsFor(sound()) as Record<Locale, unknown>;
		(stepsOf(catalogs.fi as Record<string, unknown>).done as Record<string, unknown>).action = '  ';
		catalogs.hr = undefined;
		catalogs.bg = ['not', 'an', 'object'];
		const problems = check(sound(), catalogs as Record<Locale, Record<string, unknown>>);
		expect(problems).toContainEqual(expect.stringMatching(/step "done", locale "fi": key "steps.done.action" must be a non-empty text/));
		expect(problems).toContainEqual(expect.stringMatching(/tree "fixture", locale "hr": the catalog file is missing/));
		expect(problems).toContainEqual(expect.stringMatching(/tree "fixture", locale "bg": the catalog must be a JSON object/));
	});

	test('an unknown placeholder, and one the policy gives no value, are reported', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: {
				start: { on: { refund: [{ guard: 'mayRefund', target: 'amount' }, { target: 'done' }] } },
				amount: { on: { ok: 'done' } },
				done: ending,
			},
		});
		const catalogs = catalogsFor(machine);
		stepsOf(catalogs.fi).amount!.question = 'Enintään {{refundLimit}}?';
		stepsOf(catalogs.fi).done!.action = 'Soita: {{rol}}.';
		stepsOf(catalogs.hr).done!.action = 'Najviše {{refundLimit}}.';
		// Under a policy allowing refunds, "amount" may use the limit; "done" (reached either way) may not.
		const problems = check(machine, catalogs, [generous, strict]);
		expect(problems).toContainEqual(expect.stringMatching(/step "done", locale "fi": key "steps.done.action" uses unknown placeholder \{\{rol\}\}/));
		expect(problems).toContainEqual(expect.stringMatching(/step "done", locale "hr": key "steps.done.action" uses \{\{refundLimit\}\}, which policy "strict" leaves without a value/));
		expect(problems.filter((p) => p.includes('"amount"'))).toEqual([]);
	});
});

describe('validation of all trees', () => {
	test('the real trees pass; a catalog for no tree or no locale is reported', () => {
		expect(validateTrees(machines, rawCatalogs, [configured])).toEqual([]);
		const extra = { ...rawCatalogs, fi: { ...rawCatalogs.fi, forest: {} }, xx: { entry: {} } };
		expect(validateTrees(machines, extra, [configured])).toEqual([
			'src/machines/messages/fi/forest.json: unused catalog: there is no tree "forest"',
			'src/machines/messages/xx/entry.json: unused catalog: "xx" is not a site locale',
		]);
	});

	test('a real catalog missing one key fails, naming tree, step and locale', () => {
		const broken = structuredClone(rawCatalogs);
		delete ((broken.hr!.compensating as { steps: Record<string, { say?: unknown }> }).steps['refund-not-allowed']!).say;
		expect(validateTrees(machines, broken, [configured])).toEqual([
			'tree "compensating", step "refund-not-allowed", locale "hr": missing key "steps.refund-not-allowed.say" (src/machines/messages/hr/compensating.json)',
		]);
	});
});

describe('lines per channel', () => {
	/** start → (a) calls | (b) waits | (c) promises | (d) plain: one ending per reason to speak per channel, and one without. */
	const channelled = () =>
		treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: {
				start: { on: { a: 'calls', b: 'waits', c: 'promises', d: 'plain' } },
				calls: { type: 'final', meta: { links: ['escalate'], contact: true } },
				waits: { type: 'final', meta: { links: ['escalate'], waits: true } },
				promises: { type: 'final', meta: { links: ['resolve'], callback: true } },
				plain: ending,
			},
		});
	const variants = (step: string) => ({ counter: `C ${step}`, phone: `P ${step}`, written: `W ${step}` });
	/** Sound catalogs: each ending that needs it has a per-channel line beside a shared one. */
	const channelledCatalogs = () => {
		const catalogs = catalogsFor(channelled());
		for (const locale of localeCodes)
			for (const step of ['calls', 'waits', 'promises']) stepsOf(catalogs[locale])[step]!.say = [`S ${step}`, variants(step)];
		return catalogs;
	};

	test('an ending that calls someone in, asks to wait or promises a call back passes with a line per channel', () => {
		expect(check(channelled(), channelledCatalogs())).toEqual([]);
	});

	test('such an ending with only shared lines is reported, naming tree, step, locale and why', () => {
		const catalogs = channelledCatalogs();
		stepsOf(catalogs.fi).calls!.say = ['S calls'];
		stepsOf(catalogs.hr).waits!.say = ['S waits', 'S again'];
		stepsOf(catalogs.ms).promises!.say = ['S promises'];
		expect(check(channelled(), catalogs).sort()).toEqual(
			[
				'tree "fixture", step "calls", locale "fi": the ending calls someone in (meta.contact), so "steps.calls.say" needs a line with a variant for each channel (counter, phone, written) (src/machines/messages/fi/fixture.json)',
				'tree "fixture", step "waits", locale "hr": the ending asks the customer to wait (meta.waits), so "steps.waits.say" needs a line with a variant for each channel (counter, phone, written) (src/machines/messages/hr/fixture.json)',
				'tree "fixture", step "promises", locale "ms": the ending promises to get back to the customer (meta.callback), so "steps.promises.say" needs a line with a variant for each channel (counter, phone, written) (src/machines/messages/ms/fixture.json)',
			].sort(),
		);
	});

	test('a per-channel line missing a variant, with an empty one or an unknown channel, is reported with its channel', () => {
		const catalogs = channelledCatalogs();
		delete (stepsOf(catalogs.hr).calls!.say as Array<Record<string, string>>)[1]!.phone;
		(stepsOf(catalogs.bg).waits!.say as Array<Record<string, string>>)[1]!.written = ' ';
		(stepsOf(catalogs.fi).promises!.say as Array<Record<string, string>>)[1]!.email = 'E';
		// Per-channel lines are welcome where they are not required, and checked the same way.
		stepsOf(catalogs.ms).plain!.say = [{ counter: 'C', written: 'W' }];
		expect(check(channelled(), catalogs).sort()).toEqual(
			[
				'tree "fixture", step "calls", locale "hr", channel "phone": missing variant "steps.calls.say.1.phone" (src/machines/messages/hr/fixture.json)',
				'tree "fixture", step "waits", locale "bg", channel "written": key "steps.waits.say.1.written" must be a non-empty text (src/machines/messages/bg/fixture.json)',
				'tree "fixture", step "promises", locale "fi", channel "email": unknown channel in "steps.promises.say.1"; known: counter, phone, written (src/machines/messages/fi/fixture.json)',
				'tree "fixture", step "plain", locale "ms", channel "phone": missing variant "steps.plain.say.0.phone" (src/machines/messages/ms/fixture.json)',
			].sort(),
		);
	});

	test('an ending for some channels only (meta.channels) needs variants for those, and takes no others', () => {
		/** start → (a) a threat on the phone or in writing, calling someone in | (b) one face to face. */
		const scoped = () =>
			treeSetup.createMachine({
				id: 'fixture',
				context: policyContext,
				initial: 'start',
				states: {
					start: { on: { a: 'remote', b: 'counter' } },
					remote: { type: 'final', meta: { links: ['escalate'], contact: true, channels: ['phone', 'written'] } },
					counter: { type: 'final', meta: { links: ['escalate'], contact: true, channels: ['counter'] } },
				},
			});
		const catalogs = catalogsFor(scoped());
		for (const locale of localeCodes) stepsOf(catalogs[locale]).remote!.say = [{ phone: 'P', written: 'W' }];
		// One channel only: shared lines are all it says.
		expect(check(scoped(), catalogs)).toEqual([]);
		stepsOf(catalogs.fi).remote!.say = ['S'];
		stepsOf(catalogs.hr).remote!.say = [{ counter: 'C', phone: 'P', written: 'W' }];
		stepsOf(catalogs.bg).remote!.say = [{ phone: 'P' }];
		expect(check(scoped(), catalogs).sort()).toEqual(
			[
				'tree "fixture", step "remote", locale "fi": the ending calls someone in (meta.contact), so "steps.remote.say" needs a line with a variant for each channel (phone, written) (src/machines/messages/fi/fixture.json)',
				'tree "fixture", step "remote", locale "hr", channel "counter": unused variant "steps.remote.say.0.counter": the ending serves phone, written only (meta.channels) (src/machines/messages/hr/fixture.json)',
				'tree "fixture", step "remote", locale "bg", channel "written": missing variant "steps.remote.say.0.written" (src/machines/messages/bg/fixture.json)',
			].sort(),
		);
	});

	test('a line that is neither a text nor per-channel variants is reported', () => {
		const catalogs = channelledCatalogs();
		stepsOf(catalogs.fi).plain!.say = [['C', 'P', 'W']];
		expect(check(channelled(), catalogs)).toEqual([
			'tree "fixture", step "plain", locale "fi": key "steps.plain.say.0" must be a text, or an object with a variant per channel (counter, phone, written) (src/machines/messages/fi/fixture.json)',
		]);
	});

	test('placeholders in a variant are checked like any text', () => {
		const catalogs = channelledCatalogs();
		(stepsOf(catalogs.fi).calls!.say as Array<Record<string, string>>)[1]!.phone = 'Soita: {{rol}}';
		expect(check(channelled(), catalogs)).toEqual([
			expect.stringMatching(/step "calls", locale "fi": key "steps.calls.say.1.phone" uses unknown placeholder \{\{rol\}\}/),
		]);
	});

	test('meta.contact, meta.waits and meta.callback must be true or false', () => {
		const machine = treeSetup.createMachine({
			id: 'fixture',
			context: policyContext,
			initial: 'start',
			states: { start: { on: { go: 'done' } }, done: { type: 'final', meta: { links: ['calm'], waits: 'yes' as never } } },
		});
		expect(check(machine)).toContainEqual('tree "fixture", step "done": meta.waits must be true or false');
	});

	test('a real catalog missing one channel fails, naming tree, step, locale and channel', () => {
		const broken = structuredClone(rawCatalogs);
		const say = (broken.hr!.escalating as { steps: Record<string, { say: Array<string | Record<string, string>> }> }).steps['needs-approval']!.say;
		const line = say.findIndex((entry) => typeof entry === 'object');
		delete (say[line] as Record<string, string>).phone;
		expect(validateTrees(machines, broken, [configured])).toEqual([
			`tree "escalating", step "needs-approval", locale "hr", channel "phone": missing variant "steps.needs-approval.say.${line}.phone" (src/machines/messages/hr/escalating.json)`,
		]);
	});

	test('every ending of the real trees that calls someone in, asks to wait or promises a call back has lines per channel in every locale', () => {
		const needing = treeIds.flatMap((tree) =>
			declaredSteps(machines[tree])
				.filter((step) => step.final && channelReasons(step.meta).length > 0)
				.map((step) => ({ tree, step: step.id })),
		);
		// The trees have such endings: escalating, compensating and boundaries call someone in; resolving promises a call back.
		expect(needing.length).toBeGreaterThanOrEqual(16);
		for (const tree of ['entry', 'resolving', 'escalating', 'compensating', 'boundaries']) expect(needing.map((n) => n.tree)).toContain(tree);
		for (const { tree, step } of needing)
			for (const locale of localeCodes) {
				const say = ((rawCatalogs[locale]![tree] as Catalog).steps[step] as EndingMessages).say;
				const perChannel = say.filter((line) => typeof line === 'object');
				expect(perChannel.length, `${tree}/${step} in ${locale}`).toBeGreaterThan(0);
				// A variant for each channel the ending serves: all three, or those its meta.channels lists.
				const served = endingChannels(declaredSteps(machines[tree]).find((declared) => declared.id === step)!.meta);
				for (const line of perChannel) expect(Object.keys(line).sort(), `${tree}/${step} in ${locale}`).toEqual([...served].sort());
			}
	});
});
