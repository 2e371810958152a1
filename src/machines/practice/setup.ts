/**
 * What every practice scenario shares: its input (the organisation's policy, as for the trees), the
 * metadata each kind of state carries, and the policy guards (the trees' own, imported, so a setting
 * steers a scenario exactly as it steers a tree). Each scenario is one machine in its own file, built
 * with `practiceSetup`. The format is described in ./README.md.
 *
 * A scenario is flat, like a tree: every state is a top-level state of one of three kinds.
 *   turn      the customer says or does something; its events are the replies the learner may pick
 *   feedback  why the reply picked was good, mixed or poor; its one event, `continue`, leads on
 *   ending    where the conversation stops (`type: 'final'`)
 * A feedback state's id is `<turn>--<reply>`, or `<turn>--<reply>--<variant>` when a policy guard
 * picks between feedbacks for the same reply, so every turn and every feedback has its own address.
 */
import { setup } from 'xstate';
import { guidanceSlugs, policyGuards, type TreeInput } from '../tree';

/** What a scenario rehearses: the site's five decision areas, plus calm and safety. */
export const practiceTopics = ['calm', 'listening', 'resolving', 'escalating', 'compensating', 'boundaries', 'safety'] as const;
export type PracticeTopic = (typeof practiceTopics)[number];

/** Where the conversation happens: face to face, on the phone, or in writing (e-mail, chat, messages). */
export const practiceChannels = ['counter', 'phone', 'written'] as const;
export type PracticeChannel = (typeof practiceChannels)[number];

/**
 * Pages being added by other work, not yet in `guidanceSlugs`, that scenarios may link already. None
 * now: `safety`, `another-approach` (issue 16) and `rights` (issue 13) are in `guidanceSlugs`.
 */
export const comingSlugs = [] as const;

/** Guidance pages a scenario, a feedback or an ending may link to (slugs under src/content/docs/<locale>/). */
export const practiceLinkSlugs = [...guidanceSlugs, ...comingSlugs] as const;
export type PracticeLink = (typeof practiceLinkSlugs)[number];

/** How good a reply is. Good calms or settles things; mixed helps but misses something; poor makes it worse. */
export const replyQualities = ['good', 'mixed', 'poor'] as const;
export type ReplyQuality = (typeof replyQualities)[number];

/**
 * How a conversation ends. `calmed`: the customer is calmer and the matter is settled or on its way.
 * `escalated-safely`: the matter went to the person in charge, or the contact was ended or left, the
 * proper and safe way. `worse`: the conversation broke down (only ever after a second poor reply).
 */
export const endingOutcomes = ['calmed', 'escalated-safely', 'worse'] as const;
export type EndingOutcome = (typeof endingOutcomes)[number];

/** The machine's root: what the scenario is about, for the practice index and the guidance pages' links. */
export interface ScenarioMeta {
	kind: 'scenario';
	/** What it rehearses; the practice index lists it under each. */
	topics: readonly PracticeTopic[];
	channel: PracticeChannel;
	/** The guidance pages it rehearses: each of them links this scenario. */
	pages: readonly PracticeLink[];
}

/**
 * A customer turn. `main`: on the way a good conversation goes (reachable by good replies only).
 * `recovery`: where a poor reply leads; the customer is harder to reach, a good reply still brings the
 * conversation back, and another poor reply may end it.
 */
export interface TurnMeta {
	kind: 'turn';
	track: 'main' | 'recovery';
}

/** The feedback on one reply: the reply's quality and the pages the feedback links (at least one). */
export interface ReplyMeta {
	kind: 'feedback';
	quality: ReplyQuality;
	links: readonly PracticeLink[];
}

/** Where the conversation stops, how it went, and the pages the ending links (at least one). */
export interface PracticeEndingMeta {
	kind: 'ending';
	outcome: EndingOutcome;
	links: readonly PracticeLink[];
}

export type PracticeMeta = ScenarioMeta | TurnMeta | ReplyMeta | PracticeEndingMeta;

/** The event a feedback state takes the learner on with. */
export const continueEvent = 'continue';

/** Events: a reply's id (from a turn) or `continue` (from a feedback); ids are per scenario, so a plain string. */
export interface PracticeEvent {
	type: string;
}

type Context = TreeInput;

export const practiceSetup = setup({
	types: {
		input: {} as TreeInput,
		context: {} as Context,
		meta: {} as PracticeMeta,
		events: {} as PracticeEvent,
	},
	guards: policyGuards,
});

/** The context every scenario starts with: the policy it was given. */
export const practiceContext = ({ input }: { input: TreeInput }): Context => ({ policy: input.policy });

/** Separates turn, reply and variant in a feedback state's id; turn, reply and variant ids never contain it. */
export const feedbackSeparator = '--';

/** The id of the feedback state for a reply: `opening--acknowledge`, `what-happened--refund-now--allowed`. */
export function feedbackId(turn: string, reply: string, variant?: string): string {
	return [turn, reply, ...(variant === undefined ? [] : [variant])].join(feedbackSeparator);
}

/** The turn, reply and (for a policy-dependent reply) variant a feedback state's id names; undefined if it is not one. */
export function parseFeedbackId(id: string): { turn: string; reply: string; variant?: string } | undefined {
	const parts = id.split(feedbackSeparator);
	if (parts.length < 2 || parts.length > 3 || parts.some((part) => part === '')) return undefined;
	const [turn, reply, variant] = parts as [string, string, string?];
	return variant === undefined ? { turn, reply } : { turn, reply, variant };
}
