/**
 * Typography per language (issue 12, item 5), over every page, tree catalog and interface string file:
 * quotation marks as each language writes them, no typewriter quotes or apostrophes, the ellipsis … and
 * each language's dashes. A breach is named by file and line. The rules, with their sources, are data in
 * test/support/typography.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/locales';
import { root } from '../support/paths';
import { fileBreaches, jsonText, pageText, typography, typographyBreaches } from '../support/typography';
import { treeIds } from '../../src/machines/tree';

function filesOf(locale: string): string[] {
	const pages = readdirSync(`${root}src/content/docs/${locale}`, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => `src/content/docs/${locale}/${file}`);
	const catalogs = readdirSync(`${root}src/machines/messages/${locale}`)
		.filter((file) => file.endsWith('.json'))
		.map((file) => `src/machines/messages/${locale}/${file}`);
	// The practice scenarios' catalogs (issue 15); test/unit/practice-catalogs.test.ts demands all of them.
	const practiceFolder = `${root}src/machines/messages/${locale}/practice`;
	const practice = existsSync(practiceFolder)
		? readdirSync(practiceFolder)
				.filter((file) => file.endsWith('.json'))
				.map((file) => `src/machines/messages/${locale}/practice/${file}`)
		: [];
	return [...pages.sort(), ...catalogs.sort(), ...practice.sort(), `src/content/i18n/${locale}.json`];
}

describe.each(localeCodes)('%s typography', (locale) => {
	const files = filesOf(locale);

	test('the rules say where they come from', () => {
		expect(typography[locale].why.length).toBeGreaterThan(20);
	});

	test('every page, tree catalog and interface string follows it', () => {
		// All of them are read: the pages, every tree (the seven of src/machines/tree.ts) and the interface strings.
		expect(files.filter((file) => file.endsWith('.mdx')).length).toBeGreaterThanOrEqual(19);
		expect(treeIds.length).toBeGreaterThanOrEqual(7);
		expect(files.filter((file) => file.includes('/messages/') && !file.includes('/practice/')).length).toBe(treeIds.length);
		const texts = files.flatMap((file) => (file.endsWith('.json') ? jsonText : pageText)(readFileSync(`${root}${file}`, 'utf8')));
		expect(texts.length).toBeGreaterThan(500);
		// The edition really uses its quotation marks, so the check has something to check.
		const [open, close] = typography[locale].quotes;
		expect(texts.filter(({ text }) => text.includes(open) && text.includes(close)).length).toBeGreaterThan(50);
		const problems = files.flatMap((file) => fileBreaches(file, readFileSync(`${root}${file}`, 'utf8'), locale));
		expect(problems).toEqual([]);
	});
});

describe('a planted breach is found', () => {
	const cases: Array<[string, (typeof localeCodes)[number], string, string]> = [
		['straight quotes', 'ms', 'Dia berkata, "Saya faham."', 'straight " (write “…”)'],
		['a straight apostrophe', 'fi', 'Asiakkaan ”ei” on ’ei’ – mutta CD:n ja Mc\'Donald', "straight ' (write the apostrophe ’, or ’…’ inside a quotation)"],
		['another language\'s marks', 'hr', 'Kaže: „Dobro.“', '“ is not a hr quotation mark (write „…”, inside a quotation ‚…’)'],
		['English marks in Finnish', 'fi', 'Sano: “Kiitos.”', '“ is not a fi quotation mark (write ”…”, inside a quotation ’…’)'],
		['a quotation left open', 'bg', 'Кажете: „Благодаря.', 'a quotation opened with „ is not closed with “'],
		['a quotation closed but not opened', 'ms', 'Katakan: Terima kasih.”', '” closes a quotation that was not opened with “'],
		['a quotation inside a quotation with the outer marks', 'hr', 'Reče: „Rekao je „ne” i otišao.”', '„ opens a quotation inside a quotation (use ‚…’ inside)'],
		['an odd number of Finnish marks', 'fi', 'Sano: ”Kiitos.', 'a quotation opened with ” is not closed with ”'],
		['three dots', 'bg', 'Чакайте...', 'three dots ... (write the ellipsis …)'],
		['a hyphen as a dash', 'fi', 'Kuuntele - älä keskeytä.', 'a hyphen as a dash (write a spaced –)'],
		['an em dash', 'ms', 'Dengar—jangan mencelah.', 'an em dash or double hyphen (write a spaced –)'],
		['an unspaced sentence dash', 'hr', 'Slušajte –ne prekidajte.', 'a sentence dash needs a space on both sides (word – word)'],
	];
	test.each(cases)('%s', (_, locale, text, problem) => {
		expect(typographyBreaches(text, locale)).toContain(problem);
	});

	test('correct text passes in every language, ranges and compounds included', () => {
		expect(typographyBreaches('Sano: ”Hän sanoi ’ei’.” Klo 9–17 – ja Suomi–Ruotsi-ottelu, CD’n …', 'fi')).toEqual([]);
		expect(typographyBreaches('Recite: „Rekao je ‚ne’.” Radno vrijeme 9–17 – pa …', 'hr')).toEqual([]);
		expect(typographyBreaches('Кажете: „Благодаря.“ От 9–17 ч. – и …', 'bg')).toEqual([]);
		expect(typographyBreaches('Katakan: “Dia kata ‘tidak’.” Waktu 9–17 – dan Qur’an …', 'ms')).toEqual([]);
	});

	test('in a page, frontmatter and body text are read, imports, tags, attributes and link targets are not; the line is named', () => {
		const page = [
			'---',
			'title: "Kuuntele ensin"',
			"description: Mitä teet, kun asiakas sanoo \"ei\".",
			'covers: [listen-first]',
			'---',
			'',
			"import Say from '~/components/Say.astro';",
			'',
			'<Scenario setting="counter">',
			'',
			'Katso [sivu](../calm/ "title") ja `"koodi"`.',
			'',
			'<Line channel="phone">”Odota...”</Line>',
			'</Scenario>',
		].join('\n');
		expect(fileBreaches('src/content/docs/fi/x.mdx', page, 'fi')).toEqual([
			'src/content/docs/fi/x.mdx:3: straight " (write ”…”)',
			'src/content/docs/fi/x.mdx:13: three dots ... (write the ellipsis …)',
		]);
	});

	test('a breach planted in a real page and a real catalog is named by file and line', () => {
		for (const [file, locale] of [['src/content/docs/hr/escalate.mdx', 'hr'], ['src/machines/messages/ms/escalating.json', 'ms']] as const) {
			const lines = readFileSync(`${root}${file}`, 'utf8').split('\n');
			const [open] = typography[locale].quotes;
			const at = lines.findIndex((line) => line.includes(open) && !line.startsWith('import'));
			expect(at).toBeGreaterThan(0);
			lines[at] = lines[at]!.replace(open, file.endsWith('.json') ? '\\"' : '"');
			expect(fileBreaches(file, lines.join('\n'), locale)).toContain(`${file}:${at + 1}: straight " (write ${typography[locale].quotes.join('…')})`);
		}
	});

	test('in a JSON file of texts, values are read and keys are not; the line is named', () => {
		const catalog = ['{', '\t"name": "Puu",', '\t"steps": {', '\t\t"start": { "question": "Mitä \\"nyt\\"?" }', '\t}', '}'].join('\n');
		expect(fileBreaches('src/machines/messages/fi/x.json', catalog, 'fi')).toEqual(['src/machines/messages/fi/x.json:4: straight " (write ”…”)']);
	});
});
