/** Resolving: fix it now if you can; otherwise establish what happened and agree the way forward. */
import { policyContext, treeSetup } from './tree';

export const resolvingMachine = treeSetup.createMachine({
	id: 'resolving',
	context: policyContext,
	initial: 'start',
	states: {
		start: { on: { yes: 'fix-now', no: 'what-happened' } },
		'what-happened': { on: { 'not-clear': 'establish-facts', 'our-side': 'needs-time', misunderstood: 'correct-kindly', disagrees: 'agree-then-steer' } },
		'needs-time': { on: { yes: 'agree-callback', no: 'offer-options' } },
		'fix-now': { type: 'final', meta: { links: ['resolve', 'listen'] } },
		'establish-facts': { type: 'final', meta: { links: ['resolve', 'listen'] } },
		'agree-then-steer': { type: 'final', meta: { links: ['resolve', 'never-do'] } },
		'correct-kindly': { type: 'final', meta: { links: ['never-do', 'resolve'] } },
		'agree-callback': { type: 'final', meta: { callback: true, links: ['resolve', 'online-shop'] } },
		'offer-options': { type: 'final', meta: { next: 'compensating', links: ['resolve', 'compensate'] } },
	},
});
