/** Every decision tree by id. The machine is the single source of a tree's structure. */
import { boundariesMachine } from './boundaries';
import { compensatingMachine } from './compensating';
import { entryMachine } from './entry';
import { escalatingMachine } from './escalating';
import { listeningMachine } from './listening';
import { resolvingMachine } from './resolving';
import { safetyMachine } from './safety';
import type { TreeId } from './tree';

export const machines = {
	entry: entryMachine,
	safety: safetyMachine,
	listening: listeningMachine,
	resolving: resolvingMachine,
	escalating: escalatingMachine,
	compensating: compensatingMachine,
	boundaries: boundariesMachine,
} as const satisfies Record<TreeId, unknown>;

export type TreeMachine = (typeof machines)[TreeId];
export { treeIds, type TreeId } from './tree';
