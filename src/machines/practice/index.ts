/** Every practice scenario by id. The machine is the single source of a scenario's structure. */
import { abusiveChatMachine } from './abusive-chat';
import { capitalsEmailMachine } from './capitals-email';
import { faultyItemMachine } from './faulty-item';
import { hagglerMachine } from './haggler';
import { lateDeliveryMachine } from './late-delivery';
import { ramblingCallerMachine } from './rambling-caller';
import { threatAtCounterMachine } from './threat-at-counter';
import { wantsTheManagerMachine } from './wants-the-manager';

/** In the order the practice index lists them: everyday first, danger last. */
export const scenarioIds = [
	'faulty-item',
	'late-delivery',
	'capitals-email',
	'rambling-caller',
	'haggler',
	'wants-the-manager',
	'abusive-chat',
	'threat-at-counter',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export const scenarios = {
	'faulty-item': faultyItemMachine,
	'late-delivery': lateDeliveryMachine,
	'capitals-email': capitalsEmailMachine,
	'rambling-caller': ramblingCallerMachine,
	haggler: hagglerMachine,
	'wants-the-manager': wantsTheManagerMachine,
	'abusive-chat': abusiveChatMachine,
	'threat-at-counter': threatAtCounterMachine,
} as const satisfies Record<ScenarioId, unknown>;

export type ScenarioMachine = (typeof scenarios)[ScenarioId];
export * from './setup';
