/**
 * A furious e-mail in capitals: the wrong size delivered for the second time. Answer the problem in a
 * calm, normal tone, show you read it, find the real cause (a date that matters) and say what happens.
 */
import { practiceContext, practiceSetup } from './setup';

export const capitalsEmailMachine = practiceSetup.createMachine({
	id: 'capitals-email',
	meta: { kind: 'scenario', topics: ['calm', 'listening', 'resolving'], channel: 'written', pages: ['calm', 'listen', 'resolve', 'online-shop'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'calm-reply': 'opening--calm-reply',
				'fix-only': 'opening--fix-only',
				'mirror-tone': 'opening--mirror-tone',
				template: 'opening--template',
			},
		},
		'opening--calm-reply': { meta: { kind: 'feedback', quality: 'good', links: ['calm', 'listen', 'resolve'] }, on: { continue: 'calmer-mail' } },
		'opening--fix-only': { meta: { kind: 'feedback', quality: 'mixed', links: ['listen', 'resolve'] }, on: { continue: 'calmer-mail' } },
		'opening--mirror-tone': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'never-do'] }, on: { continue: 'angrier-mail' } },
		'opening--template': { meta: { kind: 'feedback', quality: 'poor', links: ['listen', 'online-shop'] }, on: { continue: 'angrier-mail' } },

		'angrier-mail': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'personal-reply': 'angrier-mail--personal-reply', 'demand-politeness': 'angrier-mail--demand-politeness' },
		},
		'angrier-mail--personal-reply': { meta: { kind: 'feedback', quality: 'good', links: ['calm', 'listen', 'resolve'] }, on: { continue: 'calmer-mail' } },
		'angrier-mail--demand-politeness': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'boundaries'] }, on: { continue: 'gone-public' } },

		'calmer-mail': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'summarise-and-plan': 'calmer-mail--summarise-and-plan',
				'explain-system': 'calmer-mail--explain-system',
				'we-will-try': 'calmer-mail--we-will-try',
			},
		},
		'calmer-mail--summarise-and-plan': { meta: { kind: 'feedback', quality: 'good', links: ['listen', 'resolve', 'online-shop'] }, on: { continue: 'last-question' } },
		'calmer-mail--explain-system': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve'] }, on: { continue: 'last-question' } },
		'calmer-mail--we-will-try': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'online-shop'] }, on: { continue: 'need-to-know' } },

		'need-to-know': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'check-and-commit': 'need-to-know--check-and-commit', 'out-of-our-hands': 'need-to-know--out-of-our-hands' },
		},
		'need-to-know--check-and-commit': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'online-shop'] }, on: { continue: 'last-question' } },
		'need-to-know--out-of-our-hands': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'online-shop'] }, on: { continue: 'gone-public' } },

		'last-question': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'pass-it-on': 'last-question--pass-it-on', 'errors-happen': 'last-question--errors-happen' },
		},
		'last-question--pass-it-on': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'online-shop'] }, on: { continue: 'resolved' } },
		'last-question--errors-happen': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve', 'online-shop'] }, on: { continue: 'resolved' } },

		resolved: { type: 'final', meta: { kind: 'ending', outcome: 'calmed', links: ['listen', 'online-shop'] } },
		'gone-public': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['online-shop', 'calm'] } },
	},
});
