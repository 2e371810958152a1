/**
 * Compensating: what staff may give on their own, and up to what amount, straight from the policy.
 * Guards pick the branch, so `src/config/organisation.ts` changes the tree without touching this file.
 * It first asks whether the case may be the customer's right in law (a faulty product, an online or
 * phone purchase within the withdrawal period): a right is not a favour, so it leads to `legal-right`
 * (the edition's jurisdiction's facts, src/rights/) before any remedy at the staff's discretion.
 */
import { policyContext, treeSetup } from './tree';

export const compensatingMachine = treeSetup.createMachine({
	id: 'compensating',
	context: policyContext,
	initial: 'start',
	states: {
		start: {
			on: { faulty: 'legal-right', distance: 'legal-right', neither: 'which-remedy' },
		},
		'which-remedy': {
			on: {
				replacement: [
					{ guard: 'mayReplaceAndDeliverFree', target: 'replace-deliver-free' },
					{ guard: 'mayReplace', target: 'replace' },
					{ target: 'replacement-not-allowed' },
				],
				refund: [{ guard: 'mayRefund', target: 'refund-amount' }, { target: 'refund-not-allowed' }],
				discount: 'discount-reason',
				voucher: 'voucher-reason',
			},
		},
		'discount-reason': {
			on: {
				loss: [{ guard: 'mayDiscount', target: 'discount-amount' }, { target: 'discount-not-allowed' }],
				pressure: 'no-pressure',
			},
		},
		'voucher-reason': {
			on: {
				loss: [{ guard: 'mayGiveVoucher', target: 'voucher-amount' }, { target: 'voucher-not-allowed' }],
				pressure: 'no-pressure',
			},
		},
		'refund-amount': { on: { within: 'give-refund', above: 'above-limit' } },
		'discount-amount': { on: { within: 'give-discount', above: 'above-limit' } },
		'voucher-amount': { on: { within: 'give-voucher', above: 'above-limit' } },
		'legal-right': {
			type: 'final',
			meta: { contact: true, waits: true, rights: ['guarantee', 'remedies', 'distance'], links: ['rights', 'compensate'] },
		},
		'replace-deliver-free': { type: 'final', meta: { links: ['compensate', 'online-shop'] } },
		replace: { type: 'final', meta: { links: ['compensate', 'online-shop'] } },
		'give-refund': { type: 'final', meta: { links: ['compensate'] } },
		'give-discount': { type: 'final', meta: { links: ['compensate'] } },
		'give-voucher': { type: 'final', meta: { links: ['compensate'] } },
		'replacement-not-allowed': { type: 'final', meta: { contact: true, waits: true, links: ['compensate', 'escalate'] } },
		'refund-not-allowed': { type: 'final', meta: { contact: true, waits: true, links: ['compensate', 'escalate'] } },
		'discount-not-allowed': { type: 'final', meta: { contact: true, waits: true, links: ['compensate', 'escalate'] } },
		'voucher-not-allowed': { type: 'final', meta: { contact: true, waits: true, links: ['compensate', 'escalate'] } },
		'above-limit': { type: 'final', meta: { contact: true, waits: true, links: ['compensate', 'escalate'] } },
		'no-pressure': { type: 'final', meta: { links: ['compensate', 'boundaries'] } },
	},
});
