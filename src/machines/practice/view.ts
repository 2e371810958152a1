/**
 * What the PracticeScenario component renders: a scenario's graph under the configured policy (the
 * trees' own traversal, ../graph.ts) joined with its words in one language, placeholders filled, links
 * relative to the page. Pure data; the component only turns it into markup. The summary at an ending is
 * computed from the route (`practiceSummary`, README "The summary"); the component gives each feedback
 * the pieces the browser script puts together for the route actually taken.
 */
import type { Organisation } from '../../config/schema';
import type { Locale } from '../../locales';
import { fill, policyValues } from '../catalog';
import { stepFragment, treeGraph } from '../graph';
import { type Link, relativeHref, type StepView, type TreeView } from '../view';
import { type FeedbackMessages, type PracticeCatalog, type PracticeEndingMessages, rawPracticeCatalogs, type TurnMessages } from './catalog';
import { scenarios, type ScenarioId } from './index';
import {
	comingSlugs,
	type EndingOutcome,
	parseFeedbackId,
	type PracticeChannel,
	type PracticeEndingMeta,
	type PracticeLink,
	type PracticeMeta,
	type PracticeTopic,
	type ReplyMeta,
	type ReplyQuality,
	type ScenarioMeta,
} from './setup';
import { validateScenario } from './validate';

export interface ReplyView {
	id: string;
	/** The reply's words (a line in quotation marks) or an action (`isAction`: no quotation marks). */
	label: string;
	isAction: boolean;
	/** The feedback it leads to under the policy: `#<scenario>/<feedback>`. */
	href: string;
	feedback: string;
	quality: ReplyQuality;
}

export interface TurnView {
	id: string;
	fragment: string;
	/** The turn's place in the conversation (1 for the first), counted along the shortest way to it. */
	number: number;
	scene?: string;
	says: string;
	/** In a stable order that does not depend on quality (`replyOrder`). */
	replies: ReplyView[];
}

export interface BetterReply {
	label: string;
	isAction: boolean;
	lesson: string;
}

export interface FeedbackView {
	id: string;
	fragment: string;
	turn: string;
	turnNumber: number;
	reply: string;
	replyLabel: string;
	isAction: boolean;
	quality: ReplyQuality;
	why: string;
	lesson: string;
	links: Link[];
	/** For a mixed or poor reply: the good replies of the same turn under the policy, with their lessons. */
	better: BetterReply[];
	/** Where `continue` leads: a turn or an ending. */
	next: { href: string; state: string; kind: 'turn' | 'ending'; number?: number; title?: string };
}

export interface EndingView {
	id: string;
	fragment: string;
	title: string;
	text: string;
	outcome: EndingOutcome;
	links: Link[];
}

export interface ScenarioView {
	id: ScenarioId;
	name: string;
	situation: string;
	topics: readonly PracticeTopic[];
	channel: PracticeChannel;
	start: string;
	startFragment: string;
	turns: TurnView[];
	feedbacks: FeedbackView[];
	endings: EndingView[];
	/** The guidance pages the scenario rehearses. */
	pages: Link[];
}

/** A stable 32-bit FNV-1a hash: the same input gives the same order on every build, with or without JS. */
function stableHash(text: string): number {
	let hash = 0x811c9dc5;
	for (const char of text) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** A turn's replies in the order the learner sees them: by a hash of scenario, turn and reply, so the good one is not always first. */
export function replyOrder(scenario: string, turn: string, replies: readonly string[]): string[] {
	return [...replies].sort((a, b) => stableHash(`${scenario}/${turn}/${a}`) - stableHash(`${scenario}/${turn}/${b}`) || a.localeCompare(b));
}

/** Opening quotation marks of the four editions (and straight ones): a reply starting with one is said; any other is done. */
const openingQuotes = ['”', '„', '“', '"', '«'];
export const isActionReply = (text: string) => !openingQuotes.includes(text.trimStart()[0] ?? '');

const checked = new Set<string>();
/** Stops the build, listing every problem, if the scenario or its catalog in this locale is broken under the policy. */
export function assertScenarioValid(scenario: ScenarioId, locale: Locale, organisation: Organisation, catalog: unknown = rawPracticeCatalogs[locale]?.[scenario]): void {
	const key = `${scenario}/${locale}/${JSON.stringify(organisation)}`;
	if (checked.has(key)) return;
	const problems = validateScenario({
		scenario,
		machine: scenarios[scenario],
		catalogs: { [locale]: catalog },
		policies: [{ name: 'src/config/organisation.ts', organisation }],
	});
	if (problems.length) throw new Error(`Practice scenario "${scenario}" is broken:\n  ${problems.join('\n  ')}`);
	checked.add(key);
}

export interface ScenarioViewOptions {
	scenario: ScenarioId;
	locale: Locale;
	organisation: Organisation;
	/** The path of the page the scenario is on, e.g. `/kb/fi/practice/faulty-item/`. */
	pagePath: string;
	/** The site's base path with a trailing slash. */
	base: string;
	/** The title of a page of this locale by slug, undefined if the locale has no such page. */
	titleOf: (slug: string) => string | undefined;
	/** The catalog to use instead of the stored one (tests). */
	catalog?: unknown;
}

export function scenarioView({ scenario, locale, organisation, pagePath, base, titleOf, catalog: given }: ScenarioViewOptions): ScenarioView {
	const raw = given ?? rawPracticeCatalogs[locale]?.[scenario];
	assertScenarioValid(scenario, locale, organisation, raw);
	const catalog = raw as PracticeCatalog;
	const machine = scenarios[scenario];
	const values = policyValues(organisation, locale);
	const text = (value: string) => fill(value, values);
	const graph = treeGraph(machine, organisation);
	const metaOf = (state: string) => (machine.root.states as Record<string, { meta?: PracticeMeta }>)[state]?.meta as PracticeMeta;
	const fragment = (state: string) => stepFragment(scenario, state);
	const pageLinks = (slugs: readonly PracticeLink[]): Link[] =>
		slugs.flatMap((slug) => {
			const label = titleOf(slug);
			if (label !== undefined) return [{ href: relativeHref(pagePath, `${base}${locale}/${slug}/`), label }];
			// Pages another issue is still adding are linked once they exist; any other missing page is an error.
			if ((comingSlugs as readonly string[]).includes(slug)) return [];
			throw new Error(`Practice scenario "${scenario}" on ${pagePath}: links to page "${slug}", which locale "${locale}" does not have`);
		});
	const turnNumber = (state: string) => 1 + graph.steps.find((step) => step.id === state)!.path.filter((hop) => metaOf(hop.step).kind === 'turn').length;

	const turnSteps = graph.steps.filter((step) => metaOf(step.id).kind === 'turn');
	const replyOf = (turn: string, reply: string) => {
		const step = turnSteps.find((candidate) => candidate.id === turn)!;
		const feedback = step.answers.find((answer) => answer.id === reply)!.target!;
		const label = text((catalog.steps[turn] as TurnMessages).replies[reply]!);
		return { feedback, label, isAction: isActionReply(label), quality: (metaOf(feedback) as ReplyMeta).quality };
	};
	const turns = turnSteps.map((step): TurnView => {
		const messages = catalog.steps[step.id] as TurnMessages;
		return {
			id: step.id,
			fragment: fragment(step.id),
			number: turnNumber(step.id),
			scene: messages.scene === undefined ? undefined : text(messages.scene),
			says: text(messages.says),
			replies: replyOrder(
				scenario,
				step.id,
				step.answers.map((answer) => answer.id),
			).map((reply) => {
				const { feedback, label, isAction, quality } = replyOf(step.id, reply);
				return { id: reply, label, isAction, href: `#${fragment(feedback)}`, feedback, quality };
			}),
		};
	});
	const endingTitle = (state: string) => text((catalog.steps[state] as PracticeEndingMessages).title);
	const feedbacks = graph.steps
		.filter((step) => metaOf(step.id).kind === 'feedback')
		.map((step): FeedbackView => {
			const meta = metaOf(step.id) as ReplyMeta;
			const messages = catalog.steps[step.id] as FeedbackMessages;
			const { turn, reply } = parseFeedbackId(step.id)!;
			const chosen = replyOf(turn, reply);
			const next = step.answers[0]!.target!;
			const nextIsTurn = metaOf(next).kind === 'turn';
			const turnView = turns.find((candidate) => candidate.id === turn)!;
			return {
				id: step.id,
				fragment: fragment(step.id),
				turn,
				turnNumber: turnView.number,
				reply,
				replyLabel: chosen.label,
				isAction: chosen.isAction,
				quality: meta.quality,
				why: text(messages.why),
				lesson: text(messages.lesson),
				links: pageLinks(meta.links),
				better:
					meta.quality === 'good'
						? []
						: turnView.replies
								.filter((candidate) => candidate.quality === 'good')
								.map((candidate) => ({
									label: candidate.label,
									isAction: candidate.isAction,
									lesson: text((catalog.steps[candidate.feedback] as FeedbackMessages).lesson),
								})),
				next: nextIsTurn
					? { href: `#${fragment(next)}`, state: next, kind: 'turn', number: turnNumber(next) }
					: { href: `#${fragment(next)}`, state: next, kind: 'ending', title: endingTitle(next) },
			};
		});
	const endings = graph.steps
		.filter((step) => metaOf(step.id).kind === 'ending')
		.map((step): EndingView => {
			const meta = metaOf(step.id) as PracticeEndingMeta;
			const messages = catalog.steps[step.id] as PracticeEndingMessages;
			return { id: step.id, fragment: fragment(step.id), title: text(messages.title), text: text(messages.text), outcome: meta.outcome, links: pageLinks(meta.links) };
		});
	const meta = machine.root.meta as ScenarioMeta;
	return {
		id: scenario,
		name: text(catalog.name),
		situation: text(catalog.situation),
		topics: meta.topics,
		channel: meta.channel,
		start: graph.start,
		startFragment: fragment(graph.start),
		turns,
		feedbacks,
		endings,
		pages: pageLinks(meta.pages),
	};
}

export interface PracticeSummary {
	/** The lesson of each good reply chosen, in the order chosen. */
	wentWell: string[];
	/** Each mixed or poor reply chosen, with the good replies of its turn and their lessons. */
	tryInstead: Array<{ chosen: string; quality: ReplyQuality; better: BetterReply[] }>;
	/** The links of the mixed and poor feedbacks, then the ending's, then the scenario's, without repeats. */
	pages: Link[];
}

/** The summary of a route (the states visited, in order, ending with an ending). */
export function practiceSummary(view: ScenarioView, route: readonly string[]): PracticeSummary {
	const chosen = route.flatMap((state) => view.feedbacks.filter((feedback) => feedback.id === state));
	const ending = view.endings.find((candidate) => candidate.id === route.at(-1));
	const pages = new Map<string, Link>();
	for (const link of [...chosen.filter((feedback) => feedback.quality !== 'good').flatMap((feedback) => feedback.links), ...(ending?.links ?? []), ...view.pages])
		if (!pages.has(link.href)) pages.set(link.href, link);
	return {
		wentWell: chosen.filter((feedback) => feedback.quality === 'good').map((feedback) => feedback.lesson),
		tryInstead: chosen
			.filter((feedback) => feedback.quality !== 'good')
			.map((feedback) => ({ chosen: feedback.replyLabel, quality: feedback.quality, better: feedback.better })),
		pages: [...pages.values()],
	};
}

/**
 * A scenario as the trees' diagram draws it (../diagram.ts): one box per turn and ending, one arrow per
 * reply to where its feedback continues, labelled with the reply's letter and quality.
 */
export function practiceDiagramView(view: ScenarioView, words: { turn: (number: number) => string; quality: (quality: ReplyQuality) => string }): TreeView {
	const nodes = [...view.turns.map((turn) => turn.id), ...view.endings.map((ending) => ending.id)];
	const numberOf = (state: string) => nodes.indexOf(state) + 1;
	const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
	const steps: StepView[] = [
		...view.turns.map(
			(turn): StepView => ({
				id: turn.id,
				fragment: turn.fragment,
				number: numberOf(turn.id),
				kind: 'question',
				heading: `${words.turn(turn.number)}: ${excerpt(turn.says)}`,
				answers: turn.replies.map((reply, index) => {
					const next = view.feedbacks.find((feedback) => feedback.id === reply.feedback)!.next.state;
					return { id: reply.id, href: reply.href, label: `${String.fromCharCode(65 + index)}: ${words.quality(reply.quality)}`, targetNumber: numberOf(next) };
				}),
			}),
		),
		...view.endings.map((ending): StepView => ({ id: ending.id, fragment: ending.fragment, number: numberOf(ending.id), kind: 'ending', heading: ending.title, answers: [] })),
	];
	return { tree: view.id as unknown as TreeView['tree'], name: view.name, startFragment: view.startFragment, steps };
}
