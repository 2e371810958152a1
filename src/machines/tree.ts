/**
 * What every decision-tree machine shares: its input (the organisation's policy), the metadata an
 * ending carries, and the guards that read the policy. Each tree is one machine in its own file, built
 * with `treeSetup` so the trees are typed alike and any tree may use any policy guard.
 */
import { setup } from 'xstate';
import type { Organisation } from '../config/schema';

export const treeIds = ['entry', 'listening', 'resolving', 'escalating', 'compensating', 'boundaries'] as const;
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
}

export interface TreeInput {
	policy: Organisation;
}

type Context = TreeInput;
const may = (remedy: keyof Organisation['remedies']) => ({ context }: { context: Context }) =>
	context.policy.remedies[remedy].staffMayGive;

export const treeSetup = setup({
	types: {
		input: {} as TreeInput,
		context: {} as Context,
		meta: {} as EndingMeta,
	},
	guards: {
		mayReplace: may('replacement'),
		mayDeliverFree: may('freeDelivery'),
		mayRefund: may('refund'),
		mayDiscount: may('discount'),
		mayGiveVoucher: may('voucher'),
		mayReplaceAndDeliverFree: ({ context }) =>
			context.policy.remedies.replacement.staffMayGive && context.policy.remedies.freeDelivery.staffMayGive,
	},
});

/** The context every tree starts with: the policy it was given. */
export const policyContext = ({ input }: { input: TreeInput }): Context => ({ policy: input.policy });
