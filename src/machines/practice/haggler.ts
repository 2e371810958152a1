/**
 * A haggler at the counter: a small scratch on the last display model, and a demand for a big
 * discount, charm first, pressure after. A real flaw may earn a reduction, within what staff may give
 * (mayDiscount; otherwise the person in charge decides); pressure earns nothing more.
 */
import { practiceContext, practiceSetup } from './setup';

export const hagglerMachine = practiceSetup.createMachine({
	id: 'haggler',
	meta: { kind: 'scenario', topics: ['compensating', 'boundaries'], channel: 'counter', pages: ['compensate', 'boundaries', 'customer-types'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'look-at-scratch': 'opening--look-at-scratch',
				'joke-back': 'opening--joke-back',
				'never-discount': 'opening--never-discount',
				'agree-to-half': 'opening--agree-to-half',
			},
		},
		'opening--look-at-scratch': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'resolve'] }, on: { continue: 'what-to-offer' } },
		'opening--joke-back': { meta: { kind: 'feedback', quality: 'mixed', links: ['calm', 'compensate'] }, on: { continue: 'what-to-offer' } },
		'opening--never-discount': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'damaged-goods' } },
		'opening--agree-to-half': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'you-said-yes' } },

		'damaged-goods': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { reconsider: 'damaged-goods--reconsider', 'repeat-no': 'damaged-goods--repeat-no' },
		},
		'damaged-goods--reconsider': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'compensate'] }, on: { continue: 'what-to-offer' } },
		'damaged-goods--repeat-no': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'walked-off' } },

		'what-to-offer': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'offer-discount': [
					{ guard: 'mayDiscount', target: 'what-to-offer--offer-discount--allowed' },
					{ target: 'what-to-offer--offer-discount--not-allowed' },
				],
				'ask-in-charge': [
					{ guard: 'mayDiscount', target: 'what-to-offer--ask-in-charge--allowed' },
					{ target: 'what-to-offer--ask-in-charge--not-allowed' },
				],
			},
		},
		'what-to-offer--offer-discount--allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate'] }, on: { continue: 'pushes' } },
		'what-to-offer--offer-discount--not-allowed': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'you-said-yes' } },
		'what-to-offer--ask-in-charge--allowed': { meta: { kind: 'feedback', quality: 'mixed', links: ['compensate', 'escalate'] }, on: { continue: 'pushes' } },
		'what-to-offer--ask-in-charge--not-allowed': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate'] }, on: { continue: 'pushes' } },

		'you-said-yes': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'own-and-ask': 'you-said-yes--own-and-ask', 'blame-the-boss': 'you-said-yes--blame-the-boss' },
		},
		'you-said-yes--own-and-ask': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate'] }, on: { continue: 'pushes' } },
		'you-said-yes--blame-the-boss': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'compensate'] }, on: { continue: 'walked-off' } },

		pushes: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'hold-friendly': 'pushes--hold-friendly', 'give-a-bit-more': 'pushes--give-a-bit-more', 'buy-it-online-then': 'pushes--buy-it-online-then' },
		},
		'pushes--hold-friendly': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'boundaries'] }, on: { continue: 'fair-deal' } },
		'pushes--give-a-bit-more': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'boundaries'] }, on: { continue: 'more-demands' } },
		'pushes--buy-it-online-then': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'customer-types'] }, on: { continue: 'offended' } },

		'more-demands': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'draw-the-line': 'more-demands--draw-the-line', 'give-it-all': 'more-demands--give-it-all' },
		},
		'more-demands--draw-the-line': { meta: { kind: 'feedback', quality: 'good', links: ['boundaries', 'compensate'] }, on: { continue: 'fair-deal' } },
		'more-demands--give-it-all': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'boundaries'] }, on: { continue: 'gave-it-away' } },

		offended: {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'take-it-back': 'offended--take-it-back', 'show-the-door': 'offended--show-the-door' },
		},
		'offended--take-it-back': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'boundaries'] }, on: { continue: 'fair-deal' } },
		'offended--show-the-door': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'walked-off' } },

		'fair-deal': { type: 'final', meta: { kind: 'ending', outcome: 'calmed', links: ['compensate', 'customer-types'] } },
		'gave-it-away': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['compensate', 'boundaries'] } },
		'walked-off': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['resolve', 'customer-types'] } },
	},
});
