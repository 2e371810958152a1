/**
 * An abusive chat: a slow refund, then insults aimed at the learner. Answer the matter, name the
 * behaviour once, warn once that you will end the chat, then end it as warned, as the workplace's
 * guideline allows; note it, tell the person in charge, take a break.
 */
import { practiceContext, practiceSetup } from './setup';

export const abusiveChatMachine = practiceSetup.createMachine({
	id: 'abusive-chat',
	meta: { kind: 'scenario', topics: ['boundaries', 'safety', 'calm'], channel: 'written', pages: ['boundaries', 'safety', 'self-care'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'check-and-tell': 'opening--check-and-tell', 'sorry-only': 'opening--sorry-only', 'paste-policy': 'opening--paste-policy' },
		},
		'opening--check-and-tell': { meta: { kind: 'feedback', quality: 'good', links: ['resolve', 'online-shop'] }, on: { continue: 'insult' } },
		'opening--sorry-only': { meta: { kind: 'feedback', quality: 'mixed', links: ['resolve'] }, on: { continue: 'insult' } },
		'opening--paste-policy': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'swearing' } },

		swearing: {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'warn-once': 'swearing--warn-once', 'trade-barbs': 'swearing--trade-barbs' },
		},
		'swearing--warn-once': { meta: { kind: 'feedback', quality: 'good', links: ['boundaries', 'safety'] }, on: { continue: 'last-insult' } },
		'swearing--trade-barbs': { meta: { kind: 'feedback', quality: 'poor', links: ['boundaries', 'calm'] }, on: { continue: 'dragged-down' } },

		insult: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'name-it': 'insult--name-it', 'ignore-it': 'insult--ignore-it', 'snap-back': 'insult--snap-back' },
		},
		'insult--name-it': { meta: { kind: 'feedback', quality: 'good', links: ['boundaries', 'calm'] }, on: { continue: 'carries-on' } },
		'insult--ignore-it': { meta: { kind: 'feedback', quality: 'mixed', links: ['boundaries'] }, on: { continue: 'carries-on' } },
		'insult--snap-back': { meta: { kind: 'feedback', quality: 'poor', links: ['boundaries', 'calm'] }, on: { continue: 'swearing' } },

		'carries-on': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'warn-once': 'carries-on--warn-once', 'take-it': 'carries-on--take-it' },
		},
		'carries-on--warn-once': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'boundaries'] }, on: { continue: 'last-insult' } },
		'carries-on--take-it': { meta: { kind: 'feedback', quality: 'poor', links: ['boundaries', 'self-care'] }, on: { continue: 'worn-down' } },

		'last-insult': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'end-it': 'last-insult--end-it', 'one-more-chance': 'last-insult--one-more-chance' },
		},
		'last-insult--end-it': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'boundaries', 'self-care'] }, on: { continue: 'chat-ended' } },
		'last-insult--one-more-chance': { meta: { kind: 'feedback', quality: 'poor', links: ['safety', 'boundaries'] }, on: { continue: 'worn-down' } },

		'worn-down': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'end-it-now': 'worn-down--end-it-now', 'keep-answering': 'worn-down--keep-answering' },
		},
		'worn-down--end-it-now': { meta: { kind: 'feedback', quality: 'good', links: ['safety', 'self-care'] }, on: { continue: 'chat-ended' } },
		'worn-down--keep-answering': { meta: { kind: 'feedback', quality: 'poor', links: ['boundaries', 'self-care'] }, on: { continue: 'dragged-down' } },

		'chat-ended': { type: 'final', meta: { kind: 'ending', outcome: 'escalated-safely', links: ['safety', 'self-care'] } },
		'dragged-down': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['boundaries', 'self-care'] } },
	},
});
