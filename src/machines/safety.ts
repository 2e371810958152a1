/**
 * When it is dangerous: immediate danger first (get away, raise the alarm when it is safe, call the
 * emergency number), then threats without violence, harassment, threats and abuse on the phone or in
 * writing, a customer in crisis, and what to do once it has happened. Endings show the emergency number,
 * the alarm and the reporting route from the settings (meta.safety). The first answer leads straight to
 * the danger ending: from the header link on any page, two taps. Threats and harassment face to face and a
 * customer in crisis beside staff are counter endings; threats and abuse on the phone or in writing have
 * endings of their own (meta.channels), whose words differ between the two.
 */
import { policyContext, treeSetup } from './tree';

export const safetyMachine = treeSetup.createMachine({
	id: 'safety',
	context: policyContext,
	initial: 'start',
	states: {
		start: {
			on: {
				danger: 'danger-now',
				threat: 'threat-escalating',
				harassment: 'harassment-kind',
				remote: 'remote-kind',
				crisis: 'customer-crisis',
				after: 'after-hurt',
			},
		},
		'threat-escalating': { on: { yes: 'danger-now', no: 'threat-distance' } },
		'harassment-kind': { on: { physical: 'harassment-physical', words: 'harassment-words' } },
		'remote-kind': { on: { abuse: 'end-contact', threat: 'remote-threat' } },
		'after-hurt': { on: { yes: 'after-injured', no: 'after-record' } },
		'danger-now': { type: 'final', meta: { safety: ['emergencyNumber', 'alarm'], links: ['safety', 'incident-note'] } },
		'threat-distance': { type: 'final', meta: { channels: ['counter'], contact: true, safety: ['alarm', 'emergencyNumber'], links: ['safety', 'incident-note'] } },
		'harassment-physical': { type: 'final', meta: { channels: ['counter'], contact: true, safety: ['alarm', 'emergencyNumber', 'reportingRoute'], links: ['safety', 'incident-note'] } },
		'harassment-words': { type: 'final', meta: { channels: ['counter'], contact: true, safety: ['reportingRoute'], links: ['safety', 'incident-note'] } },
		'end-contact': {
			type: 'final',
			meta: { channels: ['phone', 'written'], safety: ['reportingRoute'], links: ['safety', 'incident-note'] },
		},
		'remote-threat': {
			type: 'final',
			meta: { channels: ['phone', 'written'], contact: true, safety: ['emergencyNumber', 'reportingRoute'], links: ['safety', 'incident-note'] },
		},
		'customer-crisis': { type: 'final', meta: { channels: ['counter'], contact: true, safety: ['emergencyNumber', 'crisisLine'], links: ['another-approach', 'safety'] } },
		'after-injured': {
			type: 'final',
			meta: { safety: ['emergencyNumber', 'reportingRoute', 'supportService'], links: ['incident-note', 'safety', 'self-care'] },
		},
		'after-record': { type: 'final', meta: { safety: ['reportingRoute', 'supportService'], links: ['incident-note', 'safety', 'self-care'] } },
	},
});
