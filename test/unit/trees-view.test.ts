/**
 * What the DecisionTree component renders, as data: words filled from the policy, escalation endings
 * naming the configured role and contact, links relative to the page so any base path works.
 */
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { relativeHref, treeView, type TreeViewOptions } from '../../src/machines/view';
import { treeIds } from '../../src/machines';
import { configured, generous, strict } from '../support/machines-policies';

const options = (overrides: Partial<TreeViewOptions> = {}): TreeViewOptions => ({
	tree: 'compensating',
	locale: 'fi',
	organisation: configured.organisation,
	pagePath: '/fi/decide/compensating/',
	base: '/',
	titleOf: (slug) => `title of ${slug}`,
	...overrides,
});

describe('relative links', () => {
	test.each([
		['/fi/decide/compensating/', '/fi/compensate/', '../../compensate/'],
		['/kb/fi/decide/compensating/', '/kb/fi/compensate/', '../../compensate/'],
		['/fi/decide/', '/fi/decide/listening/', 'listening/'],
		['/fi/decide/listening/', '/fi/decide/', '../'],
		['/fi/calm/', '/fi/calm/', './'],
	])('from %s to %s is %s', (from, to, expected) => expect(relativeHref(from, to)).toBe(expected));
});

describe('the tree view', () => {
	test('every step of every tree in every locale has a heading; questions have answers, endings words and links', () => {
		for (const locale of localeCodes)
			for (const tree of treeIds) {
				const view = treeView(options({ tree, locale, pagePath: `/${locale}/decide/${tree}/` }));
				expect(view.name).not.toBe('');
				expect(view.steps.length, tree).toBeGreaterThan(2);
				expect(view.startFragment).toBe(`${tree}/start`);
				for (const step of view.steps) {
					expect(step.fragment).toBe(`${tree}/${step.id}`);
					expect(step.heading.trim()).not.toBe('');
					if (step.kind === 'question') {
						expect(step.answers.length).toBeGreaterThan(0);
						for (const answer of step.answers) expect(answer.href).toMatch(new RegExp(`^#${tree}/[a-z-]+$`));
					} else {
						expect(step.ending!.action).not.toBe('');
						expect(step.ending!.say.length).toBeGreaterThan(0);
						for (const line of step.ending!.say) expect(line.text.trim()).not.toBe('');
						expect(step.ending!.links.length).toBeGreaterThan(0);
					}
				}
			}
	});

	test('escalation endings name the role and contact the settings give, per locale', () => {
		const needsApproval = (organisation = configured.organisation, locale: 'fi' | 'bg' = 'fi') =>
			treeView(options({ tree: 'escalating', organisation, locale })).steps.find((s) => s.id === 'needs-approval')!.ending!.contact;
		expect(needsApproval()).toEqual({ role: 'vuoropäällikkö', contact: 'sisäinen puhelin 200' });
		expect(needsApproval(strict.organisation)).toEqual({ role: 'myymäläpäällikkö', contact: 'puhelin 555 0101' });
		expect(needsApproval(strict.organisation, 'bg')).toEqual({ role: 'управител на магазина', contact: 'телефон 555 0101' });
	});

	test('compensation endings state the amount staff may give under the policy', () => {
		const view = treeView(options({ organisation: generous.organisation, locale: 'hr' }));
		expect(view.steps.find((s) => s.id === 'give-refund')!.ending!.action).toMatch(/50,00\s€/);
		expect(view.steps.find((s) => s.id === 'voucher-amount')!.heading).toMatch(/30,00\s€/);
		expect(view.steps.find((s) => s.id === 'refund-not-allowed')).toBeUndefined();
		const strictView = treeView(options({ organisation: strict.organisation }));
		expect(strictView.steps.map((s) => s.id)).toContain('refund-not-allowed');
		expect(strictView.steps.map((s) => s.id)).not.toContain('give-refund');
	});

	test('a line said per channel is one entry per channel, in a row; a shared line is for all', () => {
		const needsApproval = treeView(options({ tree: 'escalating', locale: 'bg' })).steps.find((s) => s.id === 'needs-approval')!.ending!;
		expect(needsApproval.say.map((line) => line.channel)).toEqual(['counter', 'phone', 'written']);
		expect(new Set(needsApproval.say.map((line) => line.text)).size).toBe(3);
		const giveRoom = treeView(options({ tree: 'listening', locale: 'hr' })).steps.find((s) => s.id === 'give-room')!.ending!;
		expect(giveRoom.say.length).toBeGreaterThan(0);
		for (const line of giveRoom.say) expect(line.channel).toBe('all');
	});

	test('links go to guidance pages and trees relative to the page, under any base', () => {
		const view = treeView(options({ tree: 'entry', pagePath: '/kb/ms/decide/', base: '/kb/', locale: 'ms' }));
		const ending = view.steps.find((s) => s.id === 'go-compensating')!.ending!;
		expect(ending.next).toEqual({ href: 'compensating/', label: 'title of decide/compensating' });
		expect(ending.links).toEqual([{ href: '../compensate/', label: 'title of compensate' }]);
	});

	test('answers carry the number of the step they lead to, for the printed outline', () => {
		const view = treeView(options());
		const numbers = new Map(view.steps.map((s) => [s.id, s.number]));
		expect(view.steps.length).toBeGreaterThan(2);
		expect(view.steps.map((s) => s.number)).toEqual(view.steps.map((_, i) => i + 1));
		for (const step of view.steps) for (const answer of step.answers) expect(answer.targetNumber).toBe(numbers.get(answer.href.split('/')[1]!));
	});
});

describe('safety facts in the tree view', () => {
	const safetyView = (organisation = configured.organisation, locale: (typeof localeCodes)[number] = 'fi') =>
		treeView(options({ tree: 'safety', locale, organisation, pagePath: `/${locale}/decide/safety/` }));

	test('the danger ending shows the emergency number first, then the alarm, from the settings of each edition', () => {
		for (const locale of localeCodes) {
			const danger = safetyView(configured.organisation, locale).steps.find((step) => step.id === 'danger-now')!;
			expect(danger.ending!.safety).toEqual([
				{ fact: 'emergencyNumber', value: configured.organisation.safety.emergencyNumber[locale] },
				{ fact: 'alarm', value: configured.organisation.safety.alarm![locale] },
			]);
			expect(danger.heading).toContain(configured.organisation.safety.emergencyNumber[locale]);
		}
		expect(safetyView(configured.organisation, 'ms').steps.find((step) => step.id === 'danger-now')!.ending!.safety![0]!.value).toBe('999');
	});

	test('a fact the settings leave out is left out of the box; another policy\'s number replaces the shipped one', () => {
		const danger = safetyView(strict.organisation).steps.find((step) => step.id === 'danger-now')!;
		expect(danger.ending!.safety).toEqual([{ fact: 'emergencyNumber', value: '911' }]);
		expect(danger.heading).toContain('911');
		expect(danger.heading).not.toContain('112');
		const after = safetyView(strict.organisation).steps.find((step) => step.id === 'after-record')!;
		expect(after.ending!.safety!.map(({ fact }) => fact)).toEqual(['reportingRoute']);
		// The shipped settings name a support service for fi, none for bg.
		expect(safetyView(configured.organisation, 'fi').steps.find((step) => step.id === 'after-record')!.ending!.safety!.map(({ fact }) => fact)).toEqual(['reportingRoute', 'supportService']);
		expect(safetyView(configured.organisation, 'bg').steps.find((step) => step.id === 'after-record')!.ending!.safety!.map(({ fact }) => fact)).toEqual(['reportingRoute']);
		expect(generous.organisation.safety).toEqual(configured.organisation.safety);
	});

	test('endings without safety facts carry none', () => {
		const view = treeView(options());
		for (const step of view.steps) if (step.ending) expect(step.ending.safety, step.id).toBeUndefined();
	});
});
