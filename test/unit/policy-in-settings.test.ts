import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import organisation from '../../src/config/organisation';
import alternative from '../fixtures/organisation/alternative';
import { localeCodes } from '../../src/locales';
import { docsDir, root } from '../support/paths';

/**
 * What staff may offer, up to what, whom they call and how soon they call back, the emergency number,
 * how to raise the alarm and where to report come from the organisation's settings (src/config/organisation.ts), never from the words of a page or a tree: a
 * team that changes its settings must not find an old figure or name left in the text. The built pages
 * are checked against another settings file in test/browser/organisation.test.ts; this reads the sources.
 */
const amount = /\d[\d\s.,]*\s?(€|eur\b|euro|евро|лв|лева|rm\b|%|kn\b|kun)|(€|rm)\s?\d/iu;
const duration = /\d+\s?(tunti|tunni|h\b|sat[ia]?\b|sati\b|час|jam\b|päivä|dan[a]?\b|дни|ден|hari\b|minuut|minut|минут)/iu;

function sources(locale: string): Array<[file: string, text: string]> {
	const pages = readdirSync(`${docsDir}${locale}`, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => `src/content/docs/${locale}/${file}`);
	const catalogs = readdirSync(`${root}src/machines/messages/${locale}`)
		.filter((file) => file.endsWith('.json'))
		.map((file) => `src/machines/messages/${locale}/${file}`);
	return [...pages, ...catalogs, `src/content/i18n/${locale}.json`].map((file) => [file, readFileSync(`${root}${file}`, 'utf8')]);
}

describe.each(localeCodes)('the %s pages, tree catalogs and interface strings', (locale) => {
	const texts = sources(locale);

	test('are all read: every page, every tree catalog and the interface strings', () => {
		expect(texts.length).toBeGreaterThanOrEqual(19 + 6 + 1);
	});

	test('write no amount, percentage or time limit of their own', () => {
		const problems = texts.flatMap(([file, text]) =>
			text.split('\n').flatMap((line, index) =>
				[amount, duration].flatMap((pattern) => {
					const found = pattern.exec(line)?.[0];
					return found ? [`${file}:${index + 1}: "${found}" belongs in src/config/organisation.ts`] : [];
				}),
			),
		);
		expect(problems).toEqual([]);
	});

	test('write no emergency number of their own (shipped or another team\'s)', () => {
		const numbers = [...new Set([organisation, alternative].flatMap((settings) => Object.values(settings.safety.emergencyNumber)))];
		expect(numbers).toContain('112');
		const pattern = new RegExp(`(?<![\\d+])(${numbers.join('|')})(?!\\d)`);
		const problems = texts.flatMap(([file, text]) =>
			text.split('\n').flatMap((line, index) => {
				const found = pattern.exec(line)?.[0];
				return found ? [`${file}:${index + 1}: "${found}" belongs in src/config/organisation.ts (safety.emergencyNumber)`] : [];
			}),
		);
		expect(problems).toEqual([]);
	});

	test('name no escalation role or contact, nor alarm, reporting route or support, of the settings (shipped or another team\'s)', () => {
		const safetyTexts = (settings: typeof organisation) =>
			[settings.safety.alarm, settings.safety.reportingRoute, settings.safety.supportService, settings.safety.crisisLine].flatMap((texts) => texts?.[locale] ?? []);
		const names = [organisation, alternative].flatMap((settings) => [settings.escalation.role[locale], settings.escalation.contact[locale], ...safetyTexts(settings)]);
		expect(names.length).toBeGreaterThan(4);
		const problems = texts.flatMap(([file, text]) =>
			names.filter((name) => text.toLowerCase().includes(name.toLowerCase())).map((name) => `${file}: "${name}" comes from the settings`),
		);
		expect(problems).toEqual([]);
	});
});
