/**
 * Escalating: whether to call someone in, and whom. Whether staff may decide a remedy themselves, and
 * up to what amount, comes from the policy (guards), so a stricter or looser policy reroutes the tree.
 */
import { policyContext, treeSetup } from './tree';

export const escalatingMachine = treeSetup.createMachine({
	id: 'escalating',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { decision: 'which-decision', 'too-much': 'help-available', complain: 'complaint-right' } },
		'which-decision': {
			on: {
				refund: [{ guard: 'mayRefund', target: 'refund-amount' }, { target: 'needs-approval' }],
				discount: [{ guard: 'mayDiscount', target: 'discount-amount' }, { target: 'needs-approval' }],
				voucher: [{ guard: 'mayGiveVoucher', target: 'voucher-amount' }, { target: 'needs-approval' }],
				other: 'needs-approval',
			},
		},
		'refund-amount': { on: { within: 'decide-yourself', above: 'needs-approval' } },
		'discount-amount': { on: { within: 'decide-yourself', above: 'needs-approval' } },
		'voucher-amount': { on: { within: 'decide-yourself', above: 'needs-approval' } },
		'help-available': { on: { yes: 'hand-over', no: 'take-details' } },
		'decide-yourself': { type: 'final', meta: { next: 'compensating', links: ['compensate', 'escalate'] } },
		'needs-approval': { type: 'final', meta: { contact: true, waits: true, links: ['escalate', 'compensate'] } },
		'hand-over': { type: 'final', meta: { contact: true, waits: true, links: ['escalate', 'boundaries'] } },
		// Reached when the customer is too agitated or abusive and no one can take over: a boundary, not a
		// decision, so no call back is promised; the boundaries tree goes on from here.
		'take-details': { type: 'final', meta: { next: 'boundaries', contact: true, links: ['boundaries', 'escalate'] } },
		// "I'll complain" or "I'll report you": the customer's right, with the edition's outside bodies named.
		'complaint-right': { type: 'final', meta: { contact: true, rights: ['bodies'], links: ['escalate', 'rights', 'calm'] } },
	},
});
