/**
 * What every decision-tree machine shares: its input (the organisation's policy), the metadata an
 * ending carries, and the guards that read the policy. Each tree is one machine in its own file, built
 * with `treeSetup` so the trees are typed alike and any tree may use any policy guard.
 */
import { setup } from 'xstate';
import { channels, type Channel, isChannel } from '../channels/channels';
import type { SafetyFact } from '../config/safety';
import type { Organisation } from '../config/schema';
import type { RightsShown } from '../rights/view';

/** Every tree, in the order the pocket card and the sidebar list them: where to start, then safety first. */
export const treeIds = ['entry', 'safety', 'listening', 'resolving', 'escalating', 'compensating', 'boundaries'] as const;
export type TreeId = (typeof treeIds)[number];

/** Guidance pages an ending may link to (slugs under src/content/docs/<locale>/). */
export const guidanceSlugs = [
	'calm',
	'listen',
	'resolve',
	'escalate',
	'compensate',
	'boundaries',
	'customer-types',
	'never-do',
	'online-shop',
	'self-care',
	'safety',
	'another-approach',
	'incident-note',
	'rights',
] as const;
export type GuidanceSlug = (typeof guidanceSlugs)[number];

/** Structure an ending carries besides its words (which live in the catalogs). */
export interface EndingMeta {
	/** Guidance pages that explain why; at least one. */
	links: readonly GuidanceSlug[];
	/** Another tree to continue with (the entry tree's endings). */
	next?: TreeId;
	/** Show who to call in and how to reach them, from the settings. */
	contact?: boolean;
	/** The customer is asked to wait: at the counter, on hold on the line, or for the next message. */
	waits?: boolean;
	/** Staff promise to get back to the customer later: a call back, or a reply in writing. */
	callback?: boolean;
	/**
	 * Show these safety facts from the settings in a box of their own (the emergency number always first
	 * and largest); an optional fact the organisation has not set for an edition is left out.
	 */
	safety?: readonly SafetyFact[];
	/**
	 * Show these facts of the edition's jurisdiction (the `jurisdiction` setting, src/rights/) in a box of
	 * their own, with the day they were checked; `bodies` lists the outside bodies a customer may turn to.
	 */
	rights?: readonly RightsShown[];
	/**
	 * The ways of contact the ending is for, when it is not for all of them (e.g. ending a threatening call
	 * or chat). Absent: the ending serves the counter, the phone and written contact alike. Its lines per
	 * channel have a variant for these channels only (`endingChannels`).
	 */
	channels?: readonly Channel[];
}

/**
 * Why an ending's words must differ per channel (src/channels/channels.ts): calling someone in, asking the
 * customer to wait and promising to get back are said differently at the counter, on the phone and in
 * writing. Validation requires each such ending to have at least one line per channel.
 */
export const channelMeta = {
	contact: 'calls someone in',
	waits: 'asks the customer to wait',
	callback: 'promises to get back to the customer',
} as const satisfies Partial<Record<keyof EndingMeta, string>>;

/** The channels an ending serves: its `meta.channels` (e.g. a threat on the phone or in writing), else every channel. */
export function endingChannels(meta: unknown): readonly Channel[] {
	const listed = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>).channels : undefined;
	return Array.isArray(listed) && listed.length > 0 && listed.every(isChannel) ? listed : channels;
}

/**
 * The reasons, in `channelMeta`, an ending with this meta needs lines per channel (none: its lines may all
 * be shared). An ending that serves one channel only says everything one way.
 */
export function channelReasons(meta: unknown): Array<keyof typeof channelMeta> {
	const record = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
	if (endingChannels(meta).length < 2) return [];
	return (Object.keys(channelMeta) as Array<keyof typeof channelMeta>).filter((key) => record[key] === true);
}

export interface TreeInput {
	policy: Organisation;
}

type Context = TreeInput;
const may = (remedy: keyof Organisation['remedies']) => ({ context }: { context: Context }) =>
	context.policy.remedies[remedy].staffMayGive;

/** The guards that read the policy; shared with the practice scenarios (src/machines/practice/setup.ts). */
export const policyGuards = {
	mayReplace: may('replacement'),
	mayDeliverFree: may('freeDelivery'),
	mayRefund: may('refund'),
	mayDiscount: may('discount'),
	mayGiveVoucher: may('voucher'),
	mayReplaceAndDeliverFree: ({ context }: { context: Context }) =>
		context.policy.remedies.replacement.staffMayGive && context.policy.remedies.freeDelivery.staffMayGive,
};

export const treeSetup = setup({
	types: {
		input: {} as TreeInput,
		context: {} as Context,
		meta: {} as EndingMeta,
	},
	guards: policyGuards,
});

/** The context every tree starts with: the policy it was given. */
export const policyContext = ({ input }: { input: TreeInput }): Context => ({ policy: input.policy });
