/**
 * "What is happening right now?": routes staff to the tree that fits. Danger comes first: its ending
 * already shows the emergency number and the alarm, and leads on to the safety tree. A customer who seems
 * unwell, confused or does not understand is routed to the page on customers who need another approach.
 */
import { policyContext, treeSetup } from './tree';

export const entryMachine = treeSetup.createMachine({
	id: 'entry',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { danger: 'go-safety', abusive: 'go-boundaries', upset: 'problem-clear', demanding: 'problem-clear', unwell: 'go-another-approach' } },
		'problem-clear': {
			on: { 'not-yet': 'go-listening', fix: 'go-resolving', compensation: 'go-compensating', beyond: 'go-escalating' },
		},
		'go-listening': { type: 'final', meta: { next: 'listening', links: ['listen', 'calm'] } },
		'go-resolving': { type: 'final', meta: { next: 'resolving', links: ['resolve'] } },
		'go-compensating': { type: 'final', meta: { next: 'compensating', links: ['compensate'] } },
		'go-escalating': { type: 'final', meta: { next: 'escalating', links: ['escalate'], contact: true, waits: true } },
		'go-boundaries': { type: 'final', meta: { next: 'boundaries', links: ['boundaries', 'self-care'] } },
		'go-safety': { type: 'final', meta: { next: 'safety', safety: ['emergencyNumber', 'alarm'], links: ['safety'] } },
		'go-another-approach': { type: 'final', meta: { links: ['another-approach', 'listen'] } },
	},
});
