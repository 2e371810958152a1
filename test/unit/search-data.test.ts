import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadAnalyser } from '../../src/search/languages/index';
import { words } from '../../src/search/normalise';
import { root } from '../support/paths';
import { localeCodes } from '../support/site';

const dataDir = `${root}src/search/data/`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8'));

describe.each(localeCodes)('%s search data', async (locale) => {
	const analyser = await loadAnalyser(locale);
	const synonymsFile = `synonyms/${locale}.json`;
	const synonyms = readJson(synonymsFile) as string[][];
	const stopwords = readJson(`stopwords/${locale}.json`) as string[];

	test(`${synonymsFile} is a list of groups of two or more phrases`, () => {
		expect(Array.isArray(synonyms)).toBe(true);
		expect(synonyms.length, synonymsFile).toBeGreaterThanOrEqual(10);
		synonyms.forEach((group, i) => {
			expect(Array.isArray(group) && group.length >= 2, `${synonymsFile} group ${i}`).toBe(true);
			for (const phrase of group) expect(typeof phrase === 'string' && phrase.trim() !== '', `${synonymsFile} group ${i}: ${JSON.stringify(phrase)}`).toBe(true);
		});
	});

	test(`no phrase of ${synonymsFile} is in two groups or made of stop words only`, () => {
		// The stop words as the analyser reads them: words, not terms (a stop word has no term).
		const stop = new Set(stopwords.flatMap((word) => words(word)));
		expect(stop.size, `stopwords/${locale}.json`).toBeGreaterThanOrEqual(10);
		const owner = new Map<string, number>();
		synonyms.forEach((group, i) => {
			for (const phrase of group) {
				const key = analyser.terms(phrase).join(' ');
				const problem = `${synonymsFile} group ${i} ("${group[0]}"): "${phrase}"`;
				expect(owner.has(key) && owner.get(key) !== i, `${problem} is also in group ${owner.get(key)}`).toBe(false);
				expect(words(phrase).every((word) => stop.has(word)), `${problem} is only stop words`).toBe(false);
				expect(key, `${problem} leaves no term to search for`).not.toBe('');
				owner.set(key, i);
			}
		});
	});

	test('every group of synonyms finds each of its phrases from any other', () => {
		expect(synonyms.length).toBeGreaterThanOrEqual(10);
		for (const group of synonyms) {
			const expected = group.map((phrase) => analyser.terms(phrase));
			for (const phrase of group) {
				const concepts = analyser.concepts(phrase);
				expect(concepts, `${locale}: "${phrase}"`).toHaveLength(1);
				for (const alternative of expected) expect(concepts[0], `${locale}: "${phrase}"`).toContainEqual(alternative);
			}
		}
	});
});

test('the Malay roots are unique lower-case words', () => {
	const roots = readJson('ms-roots.json') as string[];
	expect(roots.length).toBeGreaterThanOrEqual(50);
	for (const root of roots) expect(root, `ms-roots.json: "${root}"`).toMatch(/^[a-z]+$/);
	expect(new Set(roots).size, 'ms-roots.json has duplicates').toBe(roots.length);
});

describe('query concepts', () => {
	test('a synonym phrase inside a query brings its whole group; stop words are dropped', async () => {
		const fi = await loadAnalyser('fi');
		const concepts = fi.concepts('Miten asiakas saa rahat takaisin esimieheltä?');
		expect(concepts).toHaveLength(3); // asiakas (with its synonyms), the refund group, the manager group
		expect(concepts[0]).toContainEqual(fi.terms('ostaja'));
		expect(concepts[1]).toContainEqual(fi.terms('hyvitys'));
		expect(concepts[2]).toContainEqual(fi.terms('pomo'));
		// "Miten" is what the length leaves out: a stop word, no term of its own.
		expect(fi.terms('miten')).toEqual([]);
	});

	test('Malay: "tidak sopan" (rude) is a phrase, "sopan" (polite) alone is not rude', async () => {
		const ms = await loadAnalyser('ms');
		expect(ms.concepts('pelanggan tidak sopan')[1]).toContainEqual(ms.terms('biadab'));
		expect(ms.concepts('sopan').flat()).not.toContainEqual(ms.terms('biadab'));
	});

	test('stop words are neither indexed nor searched for, but still part of a phrase', async () => {
		const hr = await loadAnalyser('hr');
		expect(hr.terms('kako vratiti novac')).toEqual(hr.terms('vratiti novac'));
		expect(hr.concepts('kako')).toEqual([]);
		// "ne morate trpjeti" (a boundaries phrase) is matched whole, and searched without "ne".
		expect(hr.concepts('ne morate trpjeti')[0]).toContainEqual(hr.terms('granica'));
		expect(hr.concepts('morate trpjeti').flat()).not.toContainEqual(hr.terms('granica'));
	});

	test('where a phrase hinges on its stop words, the page\'s words for it lead, not the one word left', async () => {
		const hr = await loadAnalyser('hr');
		// "jesam li ja problem" (am I the problem) is more than "problem": the page's "problem možda u vama" leads.
		const [isItMe] = hr.concepts('jesam li ja problem a ne kupac');
		expect(isItMe[0]).toEqual(hr.terms('problem možda u vama'));
		expect(isItMe).toContainEqual(hr.terms('problem'));
		// So does "ne morate trpjeti" (you need not put up with it): without "ne" it says the opposite.
		expect(hr.concepts('ne morate trpjeti')[0][0]).toEqual(hr.terms('granica'));
		// A phrase whose every word is searched keeps what was typed first.
		expect(hr.concepts('vraćanje novca')[0][0]).toEqual(hr.terms('vraćanje novca'));
		expect(hr.concepts('problem')).toEqual([[hr.terms('problem')]]);
	});

	test('text with no words gives no concepts', async () => {
		const bg = await loadAnalyser('bg');
		expect(bg.concepts(' <> !? ')).toEqual([]);
	});
});
