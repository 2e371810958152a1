/**
 * A late online order on the phone, held up at the delivery firm's depot. Own the partner's fault;
 * promise only what you control. Two replies read the policy: sending a new one with free delivery
 * (mayReplaceAndDeliverFree) and a voucher for the day the customer lost (mayGiveVoucher).
 */
import { practiceContext, practiceSetup } from './setup';

export const lateDeliveryMachine = practiceSetup.createMachine({
	id: 'late-delivery',
	meta: { kind: 'scenario', topics: ['resolving', 'compensating'], channel: 'phone', pages: ['resolve', 'online-shop', 'compensate'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'apologise-and-look': 'opening--apologise-and-look',
				'check-tracking': 'opening--check-tracking',
				'blame-courier': 'opening--blame-courier',
			},
		},
		'opening--apologise-and-look': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'listen'] }, on: { continue: 'stuck-at-depot' } },
		'opening--check-tracking': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve', 'online-shop'] }, on: { continue: 'stuck-at-depot' } },
		'opening--blame-courier': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'online-shop'] }, on: { continue: 'bought-from-you' } },

		'bought-from-you': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'own-it': 'bought-from-you--own-it', 'give-their-number': 'bought-from-you--give-their-number' },
		},
		'bought-from-you--own-it': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'online-shop'] }, on: { continue: 'stuck-at-depot' } },
		'bought-from-you--give-their-number': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'online-shop'] }, on: { continue: 'lost-customer' } },

		'stuck-at-depot': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'chase-and-call-back': 'stuck-at-depot--chase-and-call-back',
				'send-new-one': [
					{ guard: 'mayReplaceAndDeliverFree', target: 'stuck-at-depot--send-new-one--allowed' },
					{ target: 'stuck-at-depot--send-new-one--not-allowed' },
				],
				'promise-the-day': 'stuck-at-depot--promise-the-day',
			},
		},
		'stuck-at-depot--chase-and-call-back': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'online-shop'] }, on: { continue: 'lost-day' } },
		'stuck-at-depot--send-new-one--allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'online-shop'] }, on: { continue: 'lost-day' } },
		'stuck-at-depot--send-new-one--not-allowed': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'no-trust' } },
		'stuck-at-depot--promise-the-day': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'online-shop'] }, on: { continue: 'no-trust' } },

		'no-trust': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'be-honest': 'no-trust--be-honest', 'trust-me': 'no-trust--trust-me' },
		},
		'no-trust--be-honest': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'compensate'] }, on: { continue: 'lost-day' } },
		'no-trust--trust-me': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'compensate'] }, on: { continue: 'lost-customer' } },

		'lost-day': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'offer-voucher': [
					{ guard: 'mayGiveVoucher', target: 'lost-day--offer-voucher--allowed' },
					{ target: 'lost-day--offer-voucher--not-allowed' },
				],
				'ask-in-charge': [
					{ guard: 'mayGiveVoucher', target: 'lost-day--ask-in-charge--allowed' },
					{ target: 'lost-day--ask-in-charge--not-allowed' },
				],
				'refuse-flat': 'lost-day--refuse-flat',
			},
		},
		'lost-day--offer-voucher--allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate'] }, on: { continue: 'kept' } },
		'lost-day--offer-voucher--not-allowed': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'review-threat' } },
		'lost-day--ask-in-charge--allowed': { meta: { kind: 'feedback', quality: 'mixed', links: ['compensate', 'escalate'] }, on: { continue: 'kept' } },
		'lost-day--ask-in-charge--not-allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate'] }, on: { continue: 'kept' } },
		'lost-day--refuse-flat': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'resolve'] }, on: { continue: 'review-threat' } },

		'review-threat': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'hear-and-hand-over': 'review-threat--hear-and-hand-over', 'dare-them': 'review-threat--dare-them' },
		},
		'review-threat--hear-and-hand-over': { meta: { kind: 'feedback', quality: 'good', links: ['escalate', 'online-shop'] }, on: { continue: 'handed-over' } },
		'review-threat--dare-them': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'never-do', 'online-shop'] }, on: { continue: 'lost-customer' } },

		kept: { type: 'final', meta: { kind: 'ending', outcome: 'calmed', links: ['resolve', 'online-shop'] } },
		'handed-over': { type: 'final', meta: { kind: 'ending', outcome: 'escalated-safely', links: ['escalate', 'compensate'] } },
		'lost-customer': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['online-shop', 'resolve'] } },
	},
});
