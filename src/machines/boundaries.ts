/**
 * Setting boundaries: from a calm word about tone to ending the relationship with the person in charge.
 * A threat is a safety matter: its ending shows the emergency number and alarm and leads on to the safety tree.
 */
import { policyContext, treeSetup } from './tree';

export const boundariesMachine = treeSetup.createMachine({
	id: 'boundaries',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { rude: 'first-time', threatening: 'get-help-now', testing: 'channels-hours', 'takes-all-time': 'talked-to-charge' } },
		'first-time': { on: { yes: 'name-it-calmly', no: 'set-limit' } },
		'talked-to-charge': { on: { no: 'talk-to-charge', yes: 'plan-tried' } },
		// One talk with the person in charge is not yet "nothing else has helped" (the page): only an agreed
		// way of handling the customer, tried and failed, leads to ending the relationship.
		'plan-tried': { on: { 'not-agreed': 'talk-to-charge', trying: 'follow-plan', 'still-going': 'cut-losses' } },
		'name-it-calmly': { type: 'final', meta: { links: ['boundaries', 'calm'] } },
		'set-limit': { type: 'final', meta: { contact: true, links: ['boundaries', 'escalate'] } },
		'get-help-now': { type: 'final', meta: { next: 'safety', contact: true, safety: ['emergencyNumber', 'alarm'], links: ['safety', 'escalate'] } },
		'channels-hours': { type: 'final', meta: { callback: true, links: ['boundaries', 'online-shop'] } },
		'talk-to-charge': { type: 'final', meta: { contact: true, links: ['boundaries', 'escalate'] } },
		'follow-plan': { type: 'final', meta: { links: ['boundaries', 'escalate'] } },
		'cut-losses': { type: 'final', meta: { contact: true, links: ['boundaries', 'self-care'] } },
	},
});
