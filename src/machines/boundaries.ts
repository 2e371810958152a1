/** Setting boundaries: from a calm word about tone to ending the relationship with the person in charge. */
import { policyContext, treeSetup } from './tree';

export const boundariesMachine = treeSetup.createMachine({
	id: 'boundaries',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { rude: 'first-time', threatening: 'get-help-now', testing: 'channels-hours', 'takes-all-time': 'talked-to-charge' } },
		'first-time': { on: { yes: 'name-it-calmly', no: 'set-limit' } },
		'talked-to-charge': { on: { no: 'talk-to-charge', yes: 'cut-losses' } },
		'name-it-calmly': { type: 'final', meta: { links: ['boundaries', 'calm'] } },
		'set-limit': { type: 'final', meta: { contact: true, links: ['boundaries', 'escalate'] } },
		'get-help-now': { type: 'final', meta: { contact: true, links: ['escalate', 'self-care'] } },
		'channels-hours': { type: 'final', meta: { links: ['boundaries', 'online-shop'] } },
		'talk-to-charge': { type: 'final', meta: { contact: true, links: ['boundaries', 'escalate'] } },
		'cut-losses': { type: 'final', meta: { contact: true, links: ['boundaries', 'self-care'] } },
	},
});
