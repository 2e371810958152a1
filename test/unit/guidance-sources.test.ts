import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editionCountry, guidanceSources, safetyIds, sourceSchema, type SafetyId } from '../../src/guidance/sources';
import { localeCodes } from '../../src/locales';
import { root } from '../support/paths';

/** Each problem names the source, so a bad entry is found without reading the whole list. */
function schemaProblems(): string[] {
	return guidanceSources.flatMap((source, index) => {
		const result = sourceSchema.safeParse(source);
		return result.success ? [] : result.error.issues.map((issue) => `source ${source.id ?? index}: ${issue.path.join('.')}: ${issue.message}`);
	});
}

const supporting = (id: SafetyId) => guidanceSources.filter((source) => source.supports.includes(id));

describe('the safety guidance sources', () => {
	test('there are sources, and every one matches the schema (https URL, date checked, at least one id)', () => {
		expect(guidanceSources.length).toBeGreaterThanOrEqual(16);
		expect(schemaProblems()).toEqual([]);
	});

	test('every source was checked on the research date and has an https URL', () => {
		expect(guidanceSources.length).toBeGreaterThan(0);
		for (const source of guidanceSources) {
			expect(source.checked, source.id).toBe('2026-12-01');
			expect(new URL(source.url).protocol, source.id).toBe('https:');
			expect(source.supports.length, source.id).toBeGreaterThan(0);
		}
	});

	test('ids and URLs are unique', () => {
		const ids = guidanceSources.map(({ id }) => id);
		const urls = guidanceSources.map(({ url }) => url);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
	});

	test('the schema rejects an http URL, a missing date and an empty list of ids', () => {
		const good = guidanceSources[0];
		expect(sourceSchema.safeParse(good).success).toBe(true);
		expect(sourceSchema.safeParse({ ...good, url: 'http://example.org/' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...good, checked: '' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...good, supports: [] }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...good, supports: ['safe-everything'] }).success).toBe(false);
	});

	test('there are sixteen safety ids, with no duplicate', () => {
		expect(safetyIds).toHaveLength(16);
		expect(new Set(safetyIds).size).toBe(16);
		expect(z.array(z.enum(safetyIds)).safeParse([...safetyIds]).success).toBe(true);
	});

	test.each([...safetyIds])('%s is supported by at least one source', (id) => {
		expect(supporting(id).map((source) => source.id)).not.toEqual([]);
	});

	// The emergency number and what to do for a customer in crisis differ by country, so each edition needs
	// a national source, not only an international one.
	describe.each(['safe-alarm-emergency', 'need-crisis'] as const)('%s', (id) => {
		test.each([...localeCodes])('has a national source for the %s edition', (locale) => {
			const national = supporting(id).filter((source) => source.country === editionCountry[locale] && source.editions.includes(locale));
			expect(national.map((source) => source.id), `no ${editionCountry[locale]} source supports "${id}" for the "${locale}" edition`).not.toEqual([]);
		});
	});

	test('a national source serves only its own country’s edition', () => {
		const national = guidanceSources.filter((source) => source.country !== null);
		expect(national.length).toBeGreaterThan(0);
		for (const source of national) {
			const own = localeCodes.filter((locale) => editionCountry[locale] === source.country);
			expect(source.editions, source.id).toEqual(own);
		}
	});
});

describe('the editorial notes and the sources agree', () => {
	const notesPath = 'docs/editorial/sources/safety.md';
	const notes = readFileSync(`${root}${notesPath}`, 'utf8');

	test('every source has findings in the notes', () => {
		expect(guidanceSources.length).toBeGreaterThan(0);
		const missing = guidanceSources.filter(({ id }) => !new RegExp(`\\b${id}\\b`).test(notes)).map(({ id }) => id);
		expect(missing, `${notesPath}: sources with no findings`).toEqual([]);
	});

	test('every source id cited in the notes exists', () => {
		const known = new Set(guidanceSources.map(({ id }) => id));
		const prefixes = [...new Set(guidanceSources.map(({ id }) => id.split('-')[0]))].join('|');
		const cited = [...notes.matchAll(new RegExp(`\\b(?:${prefixes})-[a-z0-9-]*[a-z0-9]\\b`, 'g'))].map(([id]) => id);
		expect(cited.length).toBeGreaterThan(guidanceSources.length);
		expect([...new Set(cited.filter((id) => !known.has(id)))], `${notesPath}: unknown source ids`).toEqual([]);
	});

	test.each([...safetyIds])('the notes have a section for %s', (id) => {
		expect(notes).toMatch(new RegExp(`^### ${id} — `, 'm'));
	});
});
