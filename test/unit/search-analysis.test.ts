import { describe, expect, test } from 'vitest';
import { fold, words } from '../../src/search/normalise';
import { loadAnalyser } from '../../src/search/languages/index';
import { localeCodes } from '../support/site';
import { differentWords, sameWord } from '../fixtures/search/word-forms';

describe('folding', () => {
	test('drops the diacritics staff leave out when typing, keeping Cyrillic letters', () => {
		expect(fold('Čekajte, ŠEF će doći; Žao mi je, Đurđa')).toBe('cekajte, sef ce doci; zao mi je, durda');
		expect(fold('Tärkeää: älä hermostu, töykeä')).toBe('tarkeaa: ala hermostu, toykea');
		expect(fold('Най-важното: ѝ каза, спокойно')).toBe('най-важното: и каза, спокойно');
		expect(fold('Й й')).toBe('й й');
	});

	test('splits words at hyphens and keeps apostrophes inside a word', () => {
		expect(words("kanak-kanak vaa'an asiakaspalvelu-ohje")).toEqual(['kanak', 'kanak', 'vaaan', 'asiakaspalvelu', 'ohje']);
	});
});

describe.each(localeCodes)('%s analysis', async (locale) => {
	const analyser = await loadAnalyser(locale);
	const term = (word: string) => analyser.terms(word)[0];

	test('has groups of forms and pairs of words to check', () => {
		expect(sameWord[locale].length).toBeGreaterThanOrEqual(5);
		expect(differentWords[locale].length).toBeGreaterThanOrEqual(3);
	});

	test.each(sameWord[locale].map((group) => [group[0], group] as const))('forms of "%s" reach one term', (_, group) => {
		const terms = Object.fromEntries(group.map((form) => [form, term(form)]));
		expect(group.length).toBeGreaterThan(1);
		// Each form has a term: a group of stop words would reach "one term", none, and prove nothing.
		expect(Object.entries(terms).filter(([, found]) => !found), 'forms without a term').toEqual([]);
		expect(new Set(Object.values(terms)).size, JSON.stringify(terms)).toBe(1);
	});

	test.each(differentWords[locale])('"%s" and "%s" stay apart', (a, b) => {
		expect({ [a]: term(a), [b]: term(b) }).toEqual({ [a]: expect.any(String), [b]: expect.any(String) });
		expect(term(a)).not.toBe(term(b));
		expect(term(b).startsWith(term(a)), `${term(a)} is a prefix of ${term(b)}`).toBe(false);
	});
});
