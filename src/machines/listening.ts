/** Listening: let the customer finish, give emotions room, find the real cause. */
import { policyContext, treeSetup } from './tree';

export const listeningMachine = treeSetup.createMachine({
	id: 'listening',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { 'still-talking': 'let-them-finish', finished: 'emotional' } },
		emotional: { on: { yes: 'feels-personal', no: 'cause-known' } },
		'feels-personal': { on: { yes: 'not-personal', no: 'give-room' } },
		'cause-known': { on: { no: 'ask-open', yes: 'summarise' } },
		'let-them-finish': { type: 'final', meta: { links: ['listen', 'calm'] } },
		'not-personal': { type: 'final', meta: { links: ['calm', 'self-care'] } },
		'give-room': { type: 'final', meta: { links: ['listen', 'calm'] } },
		'ask-open': { type: 'final', meta: { links: ['listen', 'customer-types'] } },
		summarise: { type: 'final', meta: { next: 'resolving', links: ['listen', 'resolve'] } },
	},
});
