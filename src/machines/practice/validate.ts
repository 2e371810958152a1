/**
 * Checks the practice scenarios as ../validate.ts checks the trees, and names every problem with
 * scenario, state and locale (and the catalog file): unreachable states, states with no way on that are
 * not endings, states from which no ending can be reached, replies that lead nowhere under a policy;
 * missing catalog files, missing, empty or unused keys (every turn's `says` and each reply's text, each
 * feedback's `why` and `lesson`, each ending's `title` and `text`), unknown placeholders, a limit
 * placeholder outside the `--allowed` feedback it belongs to, and placeholders a policy leaves empty on a
 * state it reaches. Every scenario must have a catalog in every site locale.
 */
import type { AnyStateMachine } from 'xstate';
import { isLocale, localeCodes, type Locale } from '../../locales';
import { placeholderNames, placeholdersIn, policyValues } from '../catalog';
import { declaredSteps, treeGraph, type DeclaredStep } from '../graph';
import { type NamedPolicy, stuckSteps } from '../validate';
import { limitPlaceholders, practiceCatalogFile, type RawPracticeCatalogs } from './catalog';
import { parseFeedbackId, type PracticeMeta } from './setup';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (step: DeclaredStep) => (isRecord(step.meta) ? (step.meta as Partial<PracticeMeta>).kind : undefined);

function checkStructure(scenario: string, machine: AnyStateMachine, steps: DeclaredStep[]): string[] {
	const problems: string[] = [];
	const where = (state: string) => `scenario "${scenario}", state "${state}"`;
	if (machine.id !== scenario) problems.push(`scenario "${scenario}": the machine's id is "${machine.id}"; it must be the scenario id`);
	const byId = new Map(steps.map((step) => [step.id, step]));
	for (const step of steps) {
		const kind = kindOf(step);
		if (kind !== 'turn' && kind !== 'feedback' && kind !== 'ending') problems.push(`${where(step.id)}: meta.kind must be "turn", "feedback" or "ending"`);
		if ((kind === 'ending') !== step.final) problems.push(`${where(step.id)}: an ending, and only an ending, is type: 'final'`);
		if (kind === 'feedback' && !parseFeedbackId(step.id)) problems.push(`${where(step.id)}: a feedback's id must be <turn>--<reply>[--<variant>]`);
		if (!step.final && step.answers.length === 0) problems.push(`${where(step.id)}: has no way on and is not an ending`);
		for (const answer of step.answers)
			if (answer.targets.length === 0 || answer.targets.includes(step.id)) problems.push(`${where(step.id)}: reply "${answer.id}" leads nowhere`);
	}
	const start = String(machine.root.initial?.target?.[0]?.key ?? '');
	const reached = new Set([start]);
	for (const id of reached) for (const answer of byId.get(id)?.answers ?? []) for (const target of answer.targets) reached.add(target);
	for (const step of steps) if (!reached.has(step.id)) problems.push(`${where(step.id)}: is unreachable from the start ("${start}")`);
	const stuck = stuckSteps(
		steps.filter((step) => reached.has(step.id)).map((step) => step.id),
		(id) => byId.get(id)!.answers.flatMap((answer) => answer.targets),
		(id) => byId.get(id)!.final,
	);
	for (const id of stuck) if (!byId.get(id)!.final) problems.push(`${where(id)}: no ending can be reached from it`);
	return problems;
}

function checkPolicy(scenario: string, machine: AnyStateMachine, { name, organisation }: NamedPolicy): string[] {
	return treeGraph(machine, organisation).steps.flatMap((step) =>
		step.answers
			.filter((answer) => answer.target === null)
			.map((answer) => `scenario "${scenario}", state "${step.id}", policy "${name}": reply "${answer.id}" leads nowhere (no guard matches)`),
	);
}

/** Keys each kind of state's messages may have. */
const keysByKind = { turn: ['scene', 'says', 'replies'], feedback: ['why', 'lesson'], ending: ['title', 'text'] } as const;

function checkCatalog(scenario: string, locale: Locale, catalog: unknown, steps: DeclaredStep[], policies: NamedPolicy[], machine: AnyStateMachine): string[] {
	const file = practiceCatalogFile(locale, scenario);
	const problems: string[] = [];
	const report = (state: string | undefined, message: string) =>
		problems.push(`scenario "${scenario}"${state ? `, state "${state}"` : ''}, locale "${locale}": ${message} (${file})`);
	if (catalog === undefined) {
		report(undefined, 'the catalog file is missing');
		return problems;
	}
	if (!isRecord(catalog)) {
		report(undefined, 'the catalog must be a JSON object');
		return problems;
	}
	const texts: Array<{ state: string | undefined; kind: string; key: string; text: string }> = [];
	const text = (state: string | undefined, kind: string, key: string, value: unknown, optional = false) => {
		if (value === undefined) {
			if (!optional) report(state, `missing key "${key}"`);
		} else if (typeof value !== 'string' || !value.trim()) report(state, `key "${key}" must be a non-empty text`);
		else texts.push({ state, kind, key, text: value });
	};
	text(undefined, 'scenario', 'name', catalog.name);
	text(undefined, 'scenario', 'situation', catalog.situation);
	for (const key of Object.keys(catalog)) if (!['name', 'situation', 'steps'].includes(key)) report(undefined, `unused key "${key}"`);
	if (!isRecord(catalog.steps)) report(undefined, 'missing key "steps" (an object)');
	const stepMessages = isRecord(catalog.steps) ? catalog.steps : {};
	const declared = new Map(steps.map((step) => [step.id, step]));
	for (const id of Object.keys(stepMessages)) if (!declared.has(id)) report(id, `unused key "steps.${id}": the scenario has no such state`);
	for (const step of steps) {
		const kind = kindOf(step);
		if (kind !== 'turn' && kind !== 'feedback' && kind !== 'ending') continue;
		const prefix = `steps.${step.id}`;
		const messages = stepMessages[step.id];
		if (!isRecord(messages)) {
			report(step.id, `missing key "${prefix}"`);
			continue;
		}
		const expected: readonly string[] = keysByKind[kind];
		for (const key of Object.keys(messages)) if (!expected.includes(key)) report(step.id, `unused key "${prefix}.${key}"`);
		if (kind === 'turn') {
			text(step.id, kind, `${prefix}.scene`, messages.scene, true);
			text(step.id, kind, `${prefix}.says`, messages.says);
			if (!isRecord(messages.replies)) report(step.id, `missing key "${prefix}.replies" (an object)`);
			const replies = isRecord(messages.replies) ? messages.replies : {};
			for (const answer of step.answers) text(step.id, 'reply', `${prefix}.replies.${answer.id}`, replies[answer.id]);
			const known = new Set(step.answers.map((answer) => answer.id));
			for (const key of Object.keys(replies)) if (!known.has(key)) report(step.id, `unused key "${prefix}.replies.${key}": the turn has no such reply`);
		} else for (const key of expected) text(step.id, kind, `${prefix}.${key}`, messages[key]);
	}
	for (const { state, kind, key, text: value } of texts)
		for (const name of placeholdersIn(value)) {
			if (!(placeholderNames as readonly string[]).includes(name))
				report(state, `key "${key}" uses unknown placeholder {{${name}}}; known: ${placeholderNames.join(', ')}`);
			else if ((limitPlaceholders as readonly string[]).includes(name) && !(kind === 'feedback' && parseFeedbackId(state!)?.variant === 'allowed'))
				report(state, `key "${key}" uses {{${name}}}, a limit with no value when staff may not give it: only an "--allowed" feedback may use it`);
		}
	for (const { name, organisation } of policies) {
		const values = policyValues(organisation, locale);
		const reachable = new Set(treeGraph(machine, organisation).steps.map((step) => step.id));
		for (const { state, key, text: value } of texts)
			for (const placeholder of placeholdersIn(value))
				if (placeholder in values && values[placeholder as keyof typeof values] === undefined && (state === undefined || reachable.has(state)))
					report(state, `key "${key}" uses {{${placeholder}}}, which policy "${name}" leaves without a value`);
	}
	return problems;
}

export interface ScenarioToCheck {
	scenario: string;
	machine: AnyStateMachine;
	/** The scenario's raw catalog per locale, as stored (undefined: the file is missing). */
	catalogs: Partial<Record<Locale, unknown>>;
	policies: NamedPolicy[];
}

/** Every problem with one scenario, its catalogs in the locales given and its behaviour under every policy. */
export function validateScenario({ scenario, machine, catalogs, policies }: ScenarioToCheck): string[] {
	const steps = declaredSteps(machine);
	const structure = checkStructure(scenario, machine, steps);
	const problems = [...structure];
	if (structure.length === 0) for (const policy of policies) problems.push(...checkPolicy(scenario, machine, policy));
	for (const [locale, catalog] of Object.entries(catalogs))
		if (isLocale(locale)) problems.push(...checkCatalog(scenario, locale, catalog, steps, structure.length ? [] : policies, machine));
	return problems;
}

/**
 * Every scenario in every site locale (a missing catalog is a problem), plus catalog files that belong
 * to no scenario or no locale. An empty list means the scenarios are sound under every policy given.
 */
export function validateScenarios(machines: Record<string, AnyStateMachine>, catalogs: RawPracticeCatalogs, policies: NamedPolicy[]): string[] {
	const problems = Object.entries(machines).flatMap(([scenario, machine]) =>
		validateScenario({
			scenario,
			machine,
			catalogs: Object.fromEntries(localeCodes.map((locale) => [locale, catalogs[locale]?.[scenario]])),
			policies,
		}),
	);
	for (const [locale, byScenario] of Object.entries(catalogs))
		for (const scenario of Object.keys(byScenario ?? {}))
			if (!isLocale(locale) || !Object.hasOwn(machines, scenario))
				problems.push(`${practiceCatalogFile(locale, scenario)}: unused catalog: ${isLocale(locale) ? `there is no scenario "${scenario}"` : `"${locale}" is not a site locale`}`);
	return problems;
}
