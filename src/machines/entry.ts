/** "What is happening right now?": routes staff to the tree that fits. */
import { policyContext, treeSetup } from './tree';

export const entryMachine = treeSetup.createMachine({
	id: 'entry',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { abusive: 'go-boundaries', upset: 'problem-clear', demanding: 'problem-clear' } },
		'problem-clear': {
			on: { 'not-yet': 'go-listening', fix: 'go-resolving', compensation: 'go-compensating', beyond: 'go-escalating' },
		},
		'go-listening': { type: 'final', meta: { next: 'listening', links: ['listen', 'calm'] } },
		'go-resolving': { type: 'final', meta: { next: 'resolving', links: ['resolve'] } },
		'go-compensating': { type: 'final', meta: { next: 'compensating', links: ['compensate'] } },
		'go-escalating': { type: 'final', meta: { next: 'escalating', links: ['escalate'], contact: true } },
		'go-boundaries': { type: 'final', meta: { next: 'boundaries', links: ['boundaries', 'self-care'] } },
	},
});
