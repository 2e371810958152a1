/**
 * Checks a tree's machine and its catalogs, and reports every problem naming tree, step and locale (and
 * channel, for a line said per channel): unreachable steps, steps with no way on that are not endings,
 * answers that lead nowhere, loops with no way out, missing, empty or unused message keys, endings that
 * need lines per channel and have none, per-channel lines missing a channel, unknown placeholders and
 * placeholders the policy gives no value. The component runs it at build time (the build stops); the
 * unit tests run it under several policies and against deliberately broken fixtures.
 */
import type { AnyStateMachine } from 'xstate';
import { channels } from '../channels/channels';
import type { Organisation } from '../config/schema';
import { isLocale, localeCodes, type Locale } from '../locales';
import { catalogFile, type RawCatalogs, placeholderNames, placeholdersIn, policyValues } from './catalog';
import { declaredSteps, treeGraph, type DeclaredStep } from './graph';
import { isSafetyFact } from '../config/safety';
import { isRightsShown } from '../rights/view';
import { channelMeta, channelReasons, endingChannels, guidanceSlugs, treeIds } from './tree';

export interface NamedPolicy {
	/** How problems name it, e.g. "src/config/organisation.ts" or "refunds not allowed". */
	name: string;
	organisation: Organisation;
}

export interface TreeToCheck {
	tree: string;
	machine: AnyStateMachine;
	/** The tree's raw catalog per locale, as stored (undefined: the file is missing). */
	catalogs: Record<Locale, unknown>;
	policies: NamedPolicy[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Steps from which no ending can be reached, given each step's ways on. */
export function stuckSteps(steps: Iterable<string>, waysOn: (step: string) => string[], isEnding: (step: string) => boolean): string[] {
	const all = [...steps];
	const canFinish = new Set(all.filter(isEnding));
	for (let changed = true; changed; ) {
		changed = false;
		for (const step of all)
			if (!canFinish.has(step) && waysOn(step).some((next) => canFinish.has(next))) {
				canFinish.add(step);
				changed = true;
			}
	}
	return all.filter((step) => !canFinish.has(step));
}

function checkStructure(tree: string, machine: AnyStateMachine, steps: DeclaredStep[]): string[] {
	const problems: string[] = [];
	const where = (step: string) => `tree "${tree}", step "${step}"`;
	if (machine.id !== tree) problems.push(`tree "${tree}": the machine's id is "${machine.id}"; it must be the tree id`);
	const byId = new Map(steps.map((step) => [step.id, step]));
	for (const step of steps) {
		if (!step.final && step.answers.length === 0) problems.push(`${where(step.id)}: has no way on and is not an ending (type: 'final')`);
		for (const answer of step.answers) {
			if (answer.targets.length === 0) problems.push(`${where(step.id)}: answer "${answer.id}" leads nowhere (no target)`);
			else if (answer.targets.includes(step.id)) problems.push(`${where(step.id)}: answer "${answer.id}" leads nowhere (back to the same step)`);
		}
		if (step.final) {
			const meta = isRecord(step.meta) ? step.meta : {};
			const links = meta.links;
			if (!Array.isArray(links) || links.length === 0) problems.push(`${where(step.id)}: an ending needs meta.links to at least one guidance page`);
			else for (const link of links) if (!(guidanceSlugs as readonly unknown[]).includes(link)) problems.push(`${where(step.id)}: meta.links has unknown page "${String(link)}"`);
			if (meta.next !== undefined && !(treeIds as readonly unknown[]).includes(meta.next)) problems.push(`${where(step.id)}: meta.next names unknown tree "${String(meta.next)}"`);
			for (const flag of Object.keys(channelMeta))
				if (meta[flag] !== undefined && typeof meta[flag] !== 'boolean') problems.push(`${where(step.id)}: meta.${flag} must be true or false`);
			if (meta.safety !== undefined) {
				if (!Array.isArray(meta.safety) || meta.safety.length === 0) problems.push(`${where(step.id)}: meta.safety must list at least one safety fact`);
				else for (const fact of meta.safety) if (!isSafetyFact(fact)) problems.push(`${where(step.id)}: meta.safety has unknown fact "${String(fact)}"`);
			}
			if (meta.rights !== undefined) {
				if (!Array.isArray(meta.rights) || meta.rights.length === 0) problems.push(`${where(step.id)}: meta.rights must list at least one fact`);
				else for (const fact of meta.rights) if (typeof fact !== 'string' || !isRightsShown(fact)) problems.push(`${where(step.id)}: meta.rights has unknown fact "${String(fact)}"`);
			}
			if (meta.channels !== undefined) {
				if (!Array.isArray(meta.channels) || meta.channels.length === 0) problems.push(`${where(step.id)}: meta.channels must list at least one channel`);
				else for (const channel of meta.channels) if (!(channels as readonly unknown[]).includes(channel)) problems.push(`${where(step.id)}: meta.channels has unknown channel "${String(channel)}"`);
			}
		}
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
	const inLoops = stuck.filter((id) => byId.get(id)!.answers.length > 0);
	if (inLoops.length) problems.push(`tree "${tree}", steps ${inLoops.map((id) => `"${id}"`).join(', ')}: a loop with no way out to an ending`);
	return problems;
}

function checkPolicy(tree: string, machine: AnyStateMachine, { name, organisation }: NamedPolicy): string[] {
	const problems: string[] = [];
	const graph = treeGraph(machine, organisation);
	for (const step of graph.steps)
		for (const answer of step.answers)
			if (answer.target === null) problems.push(`tree "${tree}", step "${step.id}", policy "${name}": answer "${answer.id}" leads nowhere (no guard matches)`);
	const byId = new Map(graph.steps.map((step) => [step.id, step]));
	const stuck = stuckSteps(
		byId.keys(),
		(id) => byId.get(id)!.answers.flatMap((answer) => (answer.target ? [answer.target] : [])),
		(id) => byId.get(id)!.kind === 'ending',
	);
	const inLoops = stuck.filter((id) => byId.get(id)!.answers.some((answer) => answer.target !== null));
	if (inLoops.length) problems.push(`tree "${tree}", steps ${inLoops.map((id) => `"${id}"`).join(', ')}, policy "${name}": a loop with no way out to an ending`);
	return problems;
}

/** Keys a step's messages must have, by kind. */
const questionKeys = ['question', 'answers'];
const endingKeys = ['title', 'action', 'say'];

function checkCatalog(tree: string, locale: Locale, catalog: unknown, steps: DeclaredStep[], policies: NamedPolicy[], machine: AnyStateMachine): string[] {
	const file = catalogFile(locale, tree);
	const problems: string[] = [];
	const report = (step: string | undefined, message: string, channel?: string) =>
		problems.push(`tree "${tree}"${step ? `, step "${step}"` : ''}, locale "${locale}"${channel ? `, channel "${channel}"` : ''}: ${message} (${file})`);
	if (catalog === undefined) {
		report(undefined, 'the catalog file is missing');
		return problems;
	}
	if (!isRecord(catalog)) {
		report(undefined, 'the catalog must be a JSON object');
		return problems;
	}
	const texts: Array<{ step: string | undefined; key: string; text: string }> = [];
	const text = (step: string | undefined, key: string, value: unknown, channel?: string) => {
		if (value === undefined) report(step, channel ? `missing variant "${key}"` : `missing key "${key}"`, channel);
		else if (typeof value !== 'string' || !value.trim()) report(step, `key "${key}" must be a non-empty text`, channel);
		else texts.push({ step, key, text: value });
	};
	/** A line to say: one text for every channel, or an object with a variant per channel the ending serves. */
	const sayLine = (step: DeclaredStep, key: string, line: unknown) => {
		if (typeof line === 'string') return text(step.id, key, line);
		const served = endingChannels(step.meta);
		if (!isRecord(line)) return report(step.id, `key "${key}" must be a text, or an object with a variant per channel (${served.join(', ')})`);
		for (const channel of served) text(step.id, `${key}.${channel}`, line[channel], channel);
		for (const channel of Object.keys(line))
			if (!(channels as readonly string[]).includes(channel)) report(step.id, `unknown channel in "${key}"; known: ${channels.join(', ')}`, channel);
			else if (!(served as readonly string[]).includes(channel))
				report(step.id, `unused variant "${key}.${channel}": the ending serves ${served.join(', ')} only (meta.channels)`, channel);
	};
	text(undefined, 'name', catalog.name);
	for (const key of Object.keys(catalog)) if (key !== 'name' && key !== 'steps') report(undefined, `unused key "${key}"`);
	const stepMessages = isRecord(catalog.steps) ? catalog.steps : {};
	if (!isRecord(catalog.steps)) report(undefined, 'missing key "steps" (an object)');
	const declared = new Map(steps.map((step) => [step.id, step]));
	for (const id of Object.keys(stepMessages)) if (!declared.has(id)) report(id, `unused key "steps.${id}": the machine has no such step`);
	for (const step of steps) {
		const prefix = `steps.${step.id}`;
		const messages = stepMessages[step.id];
		if (!isRecord(messages)) {
			report(step.id, `missing key "${prefix}"`);
			continue;
		}
		const expected = step.final ? endingKeys : questionKeys;
		for (const key of Object.keys(messages)) if (!expected.includes(key)) report(step.id, `unused key "${prefix}.${key}"`);
		if (step.final) {
			text(step.id, `${prefix}.title`, messages.title);
			text(step.id, `${prefix}.action`, messages.action);
			if (messages.say === undefined) report(step.id, `missing key "${prefix}.say"`);
			else if (!Array.isArray(messages.say) || messages.say.length === 0) report(step.id, `key "${prefix}.say" must be a list of at least one text`);
			else {
				messages.say.forEach((line, index) => sayLine(step, `${prefix}.say.${index}`, line));
				const reasons = channelReasons(step.meta);
				if (reasons.length && !messages.say.some(isRecord))
					report(
						step.id,
						`the ending ${reasons.map((reason) => channelMeta[reason]).join(' and ')} (${reasons.map((reason) => `meta.${reason}`).join(', ')}), so "${prefix}.say" needs a line with a variant for each channel (${endingChannels(step.meta).join(', ')})`,
					);
			}
		} else {
			text(step.id, `${prefix}.question`, messages.question);
			const answers = isRecord(messages.answers) ? messages.answers : {};
			if (!isRecord(messages.answers)) report(step.id, `missing key "${prefix}.answers" (an object)`);
			for (const answer of step.answers) text(step.id, `${prefix}.answers.${answer.id}`, answers[answer.id]);
			const declaredAnswers = new Set(step.answers.map((answer) => answer.id));
			for (const key of Object.keys(answers)) if (!declaredAnswers.has(key)) report(step.id, `unused key "${prefix}.answers.${key}": the step has no such answer`);
		}
	}
	for (const { step, key, text: value } of texts)
		for (const name of placeholdersIn(value))
			if (!(placeholderNames as readonly string[]).includes(name))
				report(step, `key "${key}" uses unknown placeholder {{${name}}}; known: ${placeholderNames.join(', ')}`);
	// A placeholder the policy leaves empty (a limit on something staff may not give) must not be on a step it reaches.
	for (const { name, organisation } of policies) {
		const values = policyValues(organisation, locale);
		const reachable = new Set(treeGraph(machine, organisation).steps.map((step) => step.id));
		for (const { step, key, text: value } of texts)
			for (const placeholder of placeholdersIn(value))
				if (placeholder in values && values[placeholder as keyof typeof values] === undefined && (step === undefined || reachable.has(step)))
					report(step, `key "${key}" uses {{${placeholder}}}, which policy "${name}" leaves without a value`);
	}
	return problems;
}

/** Every problem with a tree, its catalogs in every locale, and its behaviour under every policy given. */
export function validateTree({ tree, machine, catalogs, policies }: TreeToCheck): string[] {
	const steps = declaredSteps(machine);
	const structure = checkStructure(tree, machine, steps);
	const problems = [...structure];
	// Walking the machine under a policy only makes sense once its structure holds.
	if (structure.length === 0) for (const policy of policies) problems.push(...checkPolicy(tree, machine, policy));
	for (const [locale, catalog] of Object.entries(catalogs))
		if (isLocale(locale)) problems.push(...checkCatalog(tree, locale, catalog, steps, structure.length ? [] : policies, machine));
	return problems;
}

/**
 * Every tree in every locale, plus catalog files that belong to no tree or no locale. An empty list
 * means the trees are sound under every policy given.
 */
export function validateTrees(machines: Record<string, AnyStateMachine>, catalogs: RawCatalogs, policies: NamedPolicy[]): string[] {
	const problems = Object.entries(machines).flatMap(([tree, machine]) =>
		validateTree({
			tree,
			machine,
			catalogs: Object.fromEntries(localeCodes.map((locale) => [locale, catalogs[locale]?.[tree]])) as Record<Locale, unknown>,
			policies,
		}),
	);
	for (const [locale, trees] of Object.entries(catalogs))
		for (const tree of Object.keys(trees ?? {}))
			if (!isLocale(locale) || !Object.hasOwn(machines, tree))
				problems.push(`${catalogFile(locale, tree)}: unused catalog: ${isLocale(locale) ? `there is no tree "${tree}"` : `"${locale}" is not a site locale`}`);
	return problems;
}
