/**
 * A threat at the counter: a refused age-restricted sale turns into a threat, and the customer starts
 * to come round the counter. Keep your distance and the counter between you, do not stay alone, raise
 * the alarm, let nothing be worth your safety; afterwards write it down, report it and talk it over.
 * Every reply rests on docs/editorial/sources/safety.md (the writers' brief names the source of each).
 */
import { practiceContext, practiceSetup } from './setup';

export const threatAtCounterMachine = practiceSetup.createMachine({
	id: 'threat-at-counter',
	meta: { kind: 'scenario', topics: ['safety', 'escalating'], channel: 'counter', pages: ['safety', 'escalate', 'self-care'] },
	context: practiceContext,
	initial: 'refused',
	states: {
		refused: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'calm-same-rule': 'refused--calm-same-rule', 'explain-at-length': 'refused--explain-at-length', mock: 'refused--mock' },
		},
		'refused--calm-same-rule': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'calm'] }, on: { continue: 'threat' } },
		'refused--explain-at-length': { meta: { kind: 'feedback', quality: 'mixed', links: ['calm', 'safety'] }, on: { continue: 'threat' } },
		'refused--mock': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'never-do', 'safety'] }, on: { continue: 'closer' } },

		threat: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'name-it-call-colleague': 'threat--name-it-call-colleague',
				'laugh-it-off': 'threat--laugh-it-off',
				'square-up': 'threat--square-up',
			},
		},
		'threat--name-it-call-colleague': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'escalate'] }, on: { continue: 'comes-round' } },
		'threat--laugh-it-off': { meta: { kind: 'feedback', quality: 'poor', links: ['safety'] }, on: { continue: 'closer' } },
		'threat--square-up': { meta: { kind: 'feedback', quality: 'poor', links: ['safety', 'calm'] }, on: { continue: 'closer' } },

		closer: {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'step-back-get-help': 'closer--step-back-get-help', 'hold-your-ground': 'closer--hold-your-ground' },
		},
		'closer--step-back-get-help': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'escalate'] }, on: { continue: 'comes-round' } },
		'closer--hold-your-ground': { meta: { kind: 'feedback', quality: 'poor', links: ['safety'] }, on: { continue: 'in-your-face' } },

		'comes-round': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'distance-and-alarm': 'comes-round--distance-and-alarm', 'block-him': 'comes-round--block-him', 'guard-the-till': 'comes-round--guard-the-till' },
		},
		'comes-round--distance-and-alarm': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'escalate'] }, on: { continue: 'aftermath' } },
		'comes-round--block-him': { meta: { kind: 'feedback', quality: 'poor', links: ['safety'] }, on: { continue: 'in-your-face' } },
		'comes-round--guard-the-till': { meta: { kind: 'feedback', quality: 'poor', links: ['safety'] }, on: { continue: 'in-your-face' } },

		'in-your-face': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'get-away-alarm': 'in-your-face--get-away-alarm', 'talk-him-down': 'in-your-face--talk-him-down' },
		},
		'in-your-face--get-away-alarm': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'escalate'] }, on: { continue: 'aftermath' } },
		'in-your-face--talk-him-down': { meta: { kind: 'feedback', quality: 'poor', links: ['safety'] }, on: { continue: 'at-risk' } },

		aftermath: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'note-and-report': 'aftermath--note-and-report', 'carry-on': 'aftermath--carry-on' },
		},
		'aftermath--note-and-report': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'self-care'] }, on: { continue: 'looked-after' } },
		'aftermath--carry-on': { meta: { kind: 'feedback', quality: 'poor', links: ['safety', 'self-care'] }, on: { continue: 'next-day' } },

		'next-day': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'tell-in-charge': 'next-day--tell-in-charge', 'keep-quiet': 'next-day--keep-quiet' },
		},
		'next-day--tell-in-charge': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'self-care', 'escalate'] }, on: { continue: 'looked-after' } },
		'next-day--keep-quiet': { meta: { kind: 'feedback', quality: 'poor', links: ['self-care', 'safety'] }, on: { continue: 'alone-with-it' } },

		'looked-after': { type: 'final', meta: { kind: 'ending', outcome: 'escalated-safely', links: ['safety', 'self-care'] } },
		'at-risk': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['safety'] } },
		'alone-with-it': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['self-care', 'safety'] } },
	},
});
