/**
 * A faulty item at the counter: the customer wants their money back and expects a fight. A faulty
 * product is the customer's right, not a favour; whether staff may refund it themselves is the policy's
 * (mayRefund): with it, refunding now is good; without it, the good reply is to call the person in charge.
 */
import { practiceContext, practiceSetup } from './setup';

export const faultyItemMachine = practiceSetup.createMachine({
	id: 'faulty-item',
	meta: { kind: 'scenario', topics: ['compensating', 'resolving'], channel: 'counter', pages: ['compensate', 'resolve', 'rights'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				acknowledge: 'opening--acknowledge',
				'ask-if-dropped': 'opening--ask-if-dropped',
				'returns-policy': 'opening--returns-policy',
				manufacturer: 'opening--manufacturer',
			},
		},
		'opening--acknowledge': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'rights'] }, on: { continue: 'what-happened' } },
		'opening--ask-if-dropped': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve'] }, on: { continue: 'what-happened' } },
		'opening--returns-policy': { meta: { kind: 'feedback', quality: 'poor', links: ['rights', 'resolve', 'never-do'] }, on: { continue: 'knows-rights' } },
		'opening--manufacturer': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'rights'] }, on: { continue: 'knows-rights' } },

		'knows-rights': {
			meta: { kind: 'turn', track: 'recovery' },
			on: {
				'agree-and-steer': 'knows-rights--agree-and-steer',
				'ask-in-charge': 'knows-rights--ask-in-charge',
				'argue-terms': 'knows-rights--argue-terms',
			},
		},
		'knows-rights--agree-and-steer': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'rights'] }, on: { continue: 'what-happened' } },
		'knows-rights--ask-in-charge': { meta: { kind: 'feedback', quality: 'good', links: ['rights', 'escalate'] }, on: { continue: 'handed-over' } },
		'knows-rights--argue-terms': { meta: { kind: 'feedback', quality: 'poor', links: ['rights', 'never-do'] }, on: { continue: 'walked-out' } },

		'what-happened': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'refund-now': [
					{ guard: 'mayRefund', target: 'what-happened--refund-now--allowed' },
					{ target: 'what-happened--refund-now--not-allowed' },
				],
				'ask-in-charge': [
					{ guard: 'mayRefund', target: 'what-happened--ask-in-charge--allowed' },
					{ target: 'what-happened--ask-in-charge--not-allowed' },
				],
			},
		},
		'what-happened--refund-now--allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'resolve'] }, on: { continue: 'sorting-out' } },
		'what-happened--refund-now--not-allowed': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'promise-broken' } },
		'what-happened--ask-in-charge--allowed': { meta: { kind: 'feedback', quality: 'mixed', links: ['compensate', 'resolve'] }, on: { continue: 'sorting-out' } },
		'what-happened--ask-in-charge--not-allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate'] }, on: { continue: 'sorting-out' } },

		'promise-broken': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'own-the-slip': 'promise-broken--own-the-slip', 'blame-rules': 'promise-broken--blame-rules' },
		},
		'promise-broken--own-the-slip': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate', 'resolve'] }, on: { continue: 'handed-over' } },
		'promise-broken--blame-rules': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'walked-out' } },

		'sorting-out': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'thank-and-help': 'sorting-out--thank-and-help',
				upsell: 'sorting-out--upsell',
				'defend-product': 'sorting-out--defend-product',
			},
		},
		'sorting-out--thank-and-help': { meta: { kind: 'feedback', quality: 'good', links: ['resolve'] }, on: { continue: 'settled' } },
		'sorting-out--upsell': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve', 'customer-types'] }, on: { continue: 'settled' } },
		'sorting-out--defend-product': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'still-sour' } },

		'still-sour': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'apologise-plainly': 'still-sour--apologise-plainly', insist: 'still-sour--insist' },
		},
		'still-sour--apologise-plainly': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'calm'] }, on: { continue: 'settled' } },
		'still-sour--insist': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'calm'] }, on: { continue: 'walked-out' } },

		settled: { type: 'final', meta: { kind: 'ending', outcome: 'calmed', links: ['resolve', 'compensate'] } },
		'handed-over': { type: 'final', meta: { kind: 'ending', outcome: 'escalated-safely', links: ['escalate', 'rights'] } },
		'walked-out': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['rights', 'resolve', 'never-do'] } },
	},
});
