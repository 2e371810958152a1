import { describe, expect, test } from 'vitest';
import { localeCodes, locales } from '../../src/locales';
import { sidebar, sidebarGroups } from '../../src/sidebar';

/**
 * The order a conversation with an upset customer takes, written out here rather than read from
 * src/sidebar.ts, so that reordering the sidebar fails this test. The browser test
 * (test/browser/sidebar.test.ts) checks the built sidebar follows src/sidebar.ts in every language.
 */
const conversation = ['calm', 'listen', 'resolve', 'escalate', 'compensate', 'boundaries'];
const trees = ['safety', 'listening', 'resolving', 'escalating', 'compensating', 'boundaries'];

describe('the sidebar', () => {
	test('opens with the start page, then the decision trees, then the steps of a conversation', () => {
		expect(sidebar[0]).toEqual({ slug: 'index' });
		const [whatNow, steps] = sidebarGroups;
		expect(whatNow.items.filter((slug) => slug.startsWith('decide/'))).toEqual(trees.map((tree) => `decide/${tree}`));
		expect(whatNow.items[0]).toBe('decide');
		expect(steps.items).toEqual(conversation);
	});

	test('danger comes first: the safety tree and the safety page right after the start; the incident note and pocket card close the group', () => {
		const [whatNow, , more] = sidebarGroups;
		expect(whatNow.items.slice(0, 3)).toEqual(['decide', 'decide/safety', 'safety']);
		expect(whatNow.items.slice(-2)).toEqual(['incident-note', 'pocket-card']);
		// Customers who need another approach sit beside the kinds of difficult customer.
		expect(more.items.slice(0, 2)).toEqual(['customer-types', 'another-approach']);
		// Customers' rights come right after, with the background (issue 13).
		expect(more.items[2]).toBe('rights');
	});

	test.each(localeCodes.filter((code) => code !== 'fi'))('every group label is translated for %s', (locale) => {
		for (const { label, translations } of sidebarGroups) {
			const translated = translations[locales[locale].lang];
			expect(translated, `src/sidebar.ts: group "${label}" has no label for locale "${locale}"`).toBeTruthy();
			expect(translated, `src/sidebar.ts: group "${label}" keeps the Finnish label in "${locale}"`).not.toBe(label);
		}
	});
});
