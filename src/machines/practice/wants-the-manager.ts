/**
 * A caller who demands the manager and threatens to complain. Speaking to the person in charge and
 * complaining are the customer's rights, not threats: help them do it, hand over with the whole story,
 * and promise only what is yours to promise (the callback, not the outcome).
 */
import { practiceContext, practiceSetup } from './setup';

export const wantsTheManagerMachine = practiceSetup.createMachine({
	id: 'wants-the-manager',
	meta: { kind: 'scenario', topics: ['escalating', 'calm'], channel: 'phone', pages: ['escalate', 'calm', 'rights'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'of-course-and-ask': 'opening--of-course-and-ask',
				'put-straight-through': 'opening--put-straight-through',
				'no-need': 'opening--no-need',
			},
		},
		'opening--of-course-and-ask': { meta: { kind: 'feedback', quality: 'good', links: ['escalate', 'calm'] }, on: { continue: 'not-available' } },
		'opening--put-straight-through': { meta: { kind: 'feedback', quality: 'mixed', links: ['escalate'] }, on: { continue: 'not-available' } },
		'opening--no-need': { meta: { kind: 'feedback', quality: 'poor', links: ['escalate', 'calm'] }, on: { continue: 'refused' } },

		refused: {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'name-and-right': 'refused--name-and-right', 'hang-up': 'refused--hang-up' },
		},
		'refused--name-and-right': { meta: { kind: 'feedback', quality: 'good', links: ['escalate', 'calm'] }, on: { continue: 'not-available' } },
		'refused--hang-up': { meta: { kind: 'feedback', quality: 'poor', links: ['escalate', 'boundaries'] }, on: { continue: 'complaint-in-anger' } },

		'not-available': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'their-right': 'not-available--their-right', 'please-dont': 'not-available--please-dont', 'go-ahead': 'not-available--go-ahead' },
		},
		'not-available--their-right': { meta: { kind: 'feedback', quality: 'good', links: ['escalate', 'rights'] }, on: { continue: 'the-story' } },
		'not-available--please-dont': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'escalate'] }, on: { continue: 'taken-badly' } },
		'not-available--go-ahead': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'escalate'] }, on: { continue: 'taken-badly' } },

		'taken-badly': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'reset-calmly': 'taken-badly--reset-calmly', 'argue-back': 'taken-badly--argue-back' },
		},
		'taken-badly--reset-calmly': { meta: { kind: 'feedback', quality: 'good', links: ['calm', 'escalate', 'rights'] }, on: { continue: 'the-story' } },
		'taken-badly--argue-back': { meta: { kind: 'feedback', quality: 'poor', links: ['calm', 'never-do'] }, on: { continue: 'complaint-in-anger' } },

		'the-story': {
			meta: { kind: 'turn', track: 'main' },
			on: {
				'summarise-and-arrange': 'the-story--summarise-and-arrange',
				'questions-first': 'the-story--questions-first',
				'promise-the-outcome': 'the-story--promise-the-outcome',
			},
		},
		'the-story--summarise-and-arrange': { meta: { kind: 'feedback', quality: 'good', links: ['escalate', 'listen', 'resolve'] }, on: { continue: 'handed-over' } },
		'the-story--questions-first': { meta: { kind: 'feedback', quality: 'mixed', links: ['listen'] }, on: { continue: 'handed-over' } },
		'the-story--promise-the-outcome': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'a-promise' } },

		'a-promise': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'correct-it': 'a-promise--correct-it', 'double-down': 'a-promise--double-down' },
		},
		'a-promise--correct-it': { meta: { kind: 'feedback', quality: 'good', links: ['compensate', 'escalate'] }, on: { continue: 'handed-over' } },
		'a-promise--double-down': { meta: { kind: 'feedback', quality: 'poor', links: ['compensate', 'escalate'] }, on: { continue: 'complaint-in-anger' } },

		'handed-over': { type: 'final', meta: { kind: 'ending', outcome: 'escalated-safely', links: ['escalate', 'rights'] } },
		'complaint-in-anger': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['escalate', 'calm'] } },
	},
});
