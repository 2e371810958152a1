/**
 * A long, rambling complaint on the phone: the real problem (charged twice, no call back) comes out only
 * at the end. Let them finish, sum up and check, own the fix and the callback, and close kindly when
 * the talk wanders on.
 */
import { practiceContext, practiceSetup } from './setup';

export const ramblingCallerMachine = practiceSetup.createMachine({
	id: 'rambling-caller',
	meta: { kind: 'scenario', topics: ['listening', 'resolving'], channel: 'phone', pages: ['listen', 'resolve', 'customer-types'] },
	context: practiceContext,
	initial: 'opening',
	states: {
		opening: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'let-them-finish': 'opening--let-them-finish', 'guess-and-solve': 'opening--guess-and-solve', 'get-to-the-point': 'opening--get-to-the-point' },
		},
		'opening--let-them-finish': { meta: { kind: 'feedback', quality: 'good', links: ['listen'] }, on: { continue: 'the-point' } },
		'opening--guess-and-solve': { meta: { kind: 'feedback', quality: 'mixed', links: ['listen'] }, on: { continue: 'the-point' } },
		'opening--get-to-the-point': { meta: { kind: 'feedback', quality: 'poor', links: ['listen', 'calm'] }, on: { continue: 'nobody-listens' } },

		'nobody-listens': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'apologise-and-listen': 'nobody-listens--apologise-and-listen', 'hurry-again': 'nobody-listens--hurry-again' },
		},
		'nobody-listens--apologise-and-listen': { meta: { kind: 'feedback', quality: 'good', links: ['listen', 'resolve'] }, on: { continue: 'the-point' } },
		'nobody-listens--hurry-again': { meta: { kind: 'feedback', quality: 'poor', links: ['listen'] }, on: { continue: 'hung-up' } },

		'the-point': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'sum-up-and-check': 'the-point--sum-up-and-check', 'straight-to-fix': 'the-point--straight-to-fix', 'blame-colleague': 'the-point--blame-colleague' },
		},
		'the-point--sum-up-and-check': { meta: { kind: 'feedback', quality: 'good', links: ['listen', 'resolve'] }, on: { continue: 'fix' } },
		'the-point--straight-to-fix': { meta: { kind: 'feedback', quality: 'mixed', links: ['listen', 'resolve'] }, on: { continue: 'fix' } },
		'the-point--blame-colleague': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve'] }, on: { continue: 'broken-promises' } },

		'broken-promises': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'own-it': 'broken-promises--own-it', excuses: 'broken-promises--excuses' },
		},
		'broken-promises--own-it': { meta: { kind: 'feedback', quality: 'good', links: ['resolve'] }, on: { continue: 'fix' } },
		'broken-promises--excuses': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve'] }, on: { continue: 'hung-up' } },

		fix: {
			meta: { kind: 'turn', track: 'main' },
			on: { 'own-the-callback': 'fix--own-the-callback', 'call-billing-yourself': 'fix--call-billing-yourself' },
		},
		'fix--own-the-callback': { meta: { kind: 'feedback', quality: 'good', links: ['resolve'] }, on: { continue: 'new-tangent' } },
		'fix--call-billing-yourself': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve'] }, on: { continue: 'fourth-call' } },

		'fourth-call': {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'take-it-on': 'fourth-call--take-it-on', 'insist-on-number': 'fourth-call--insist-on-number' },
		},
		'fourth-call--take-it-on': { meta: { kind: 'feedback', quality: 'good', links: ['resolve'] }, on: { continue: 'new-tangent' } },
		'fourth-call--insist-on-number': { meta: { kind: 'feedback', quality: 'poor', links: ['resolve', 'never-do'] }, on: { continue: 'hung-up' } },

		'new-tangent': {
			meta: { kind: 'turn', track: 'main' },
			on: { 'kind-close': 'new-tangent--kind-close', 'listen-on': 'new-tangent--listen-on', 'cut-off': 'new-tangent--cut-off' },
		},
		'new-tangent--kind-close': { meta: { kind: 'feedback', quality: 'good', links: ['customer-types', 'listen'] }, on: { continue: 'sorted' } },
		'new-tangent--listen-on': { meta: { kind: 'feedback', quality: 'mixed', links: ['customer-types', 'boundaries'] }, on: { continue: 'sorted' } },
		'new-tangent--cut-off': { meta: { kind: 'feedback', quality: 'poor', links: ['customer-types', 'calm'] }, on: { continue: 'hurt' } },

		hurt: {
			meta: { kind: 'turn', track: 'recovery' },
			on: { 'warm-recap': 'hurt--warm-recap', 'rush-off': 'hurt--rush-off' },
		},
		'hurt--warm-recap': { meta: { kind: 'feedback', quality: 'good', links: ['customer-types', 'listen'] }, on: { continue: 'sorted' } },
		'hurt--rush-off': { meta: { kind: 'feedback', quality: 'poor', links: ['customer-types', 'calm'] }, on: { continue: 'left-hurt' } },

		sorted: { type: 'final', meta: { kind: 'ending', outcome: 'calmed', links: ['listen', 'resolve'] } },
		'hung-up': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['listen', 'resolve'] } },
		'left-hurt': { type: 'final', meta: { kind: 'ending', outcome: 'worse', links: ['customer-types', 'listen'] } },
	},
});
