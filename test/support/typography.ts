/**
 * Typography per language (issue 12, item 5): the quotation marks, apostrophe, ellipsis and dashes each
 * edition writes, as data, and a checker that names the file and line of every breach in the text a
 * reader sees: page frontmatter and body (not import lines, component tags and their attributes, link
 * targets or code), tree catalogs and interface strings. test/unit/typography.test.ts runs it.
 */
import { parse } from 'yaml';
import type { Locale } from '../../src/locales';

export interface TypographyRules {
	/** The quotation marks of a quotation: opening and closing (the same character in Finnish). */
	quotes: readonly [open: string, close: string];
	/** The quotation marks of a quotation inside a quotation. */
	innerQuotes: readonly [open: string, close: string];
	/** The sentence dash, written with a space on both sides (a range, 9–17, takes none). */
	dash: string;
	/** Where the rule comes from, in one line. */
	why: string;
}

/** The apostrophe, in every edition: ’ (U+2019), never the typewriter '. */
export const apostrophe = '’';

export const typography: Record<Locale, TypographyRules> = {
	fi: {
		quotes: ['”', '”'],
		innerQuotes: ['’', '’'],
		dash: '–',
		why: 'Kielitoimiston ohjepankki: ”…” with ’…’ inside, the same mark opening and closing; the ajatusviiva is an en dash, spaced in a sentence.',
	},
	hr: {
		quotes: ['„', '”'],
		innerQuotes: ['‚', '’'],
		dash: '–',
		why: 'Hrvatski pravopis (IHJJ 2013) and the EU style guide for Croatian: „…” with ‚…’ inside; the spaced en dash (crtica) as the sentence dash.',
	},
	bg: {
		quotes: ['„', '“'],
		innerQuotes: ['‚', '‘'],
		dash: '–',
		why: 'Bulgarian orthography (and the EU style guide): „…“, low then high; the тире is written with a space on both sides, here the en dash the glossary chose.',
	},
	ms: {
		quotes: ['“', '”'],
		innerQuotes: ['‘', '’'],
		dash: '–',
		why: 'Dewan Bahasa dan Pustaka (Gaya Dewan): “…” with ‘…’ inside; the tanda pisah is one en long with a space on both sides (Januari – Jun), unlike the tanda sempang (-).',
	},
};

/** Every quotation mark a text might use, typographic or not. */
const quoteCharacters = '"\'“”„‟«»‹›‘’‚‛';

/** The breaches of a language's typography in one piece of visible text, each as a short message. */
export function typographyBreaches(text: string, locale: Locale): string[] {
	const rules = typography[locale];
	const [open, close] = rules.quotes;
	const [innerOpen, innerClose] = rules.innerQuotes;
	const allowed = new Set([open, close, innerOpen, innerClose, apostrophe]);
	const problems: string[] = [];
	if (text.includes('"')) problems.push(`straight " (write ${open}…${close})`);
	if (text.includes("'")) problems.push(`straight ' (write the apostrophe ${apostrophe}, or ${innerOpen}…${innerClose} inside a quotation)`);
	for (const character of new Set([...text].filter((c) => quoteCharacters.includes(c) && c !== '"' && c !== "'" && !allowed.has(c))))
		problems.push(`${character} is not a ${locale} quotation mark (write ${open}…${close}, inside a quotation ${innerOpen}…${innerClose})`);
	// The double marks pair up in order: opened, then closed, never nested (a quotation inside takes the inner marks).
	let inQuotation = false;
	let pairing: string | undefined;
	for (const character of text) {
		if (character !== open && character !== close) continue;
		if (open === close) inQuotation = !inQuotation;
		else if (character === open) {
			if (inQuotation) pairing ??= `${open} opens a quotation inside a quotation (use ${innerOpen}…${innerClose} inside)`;
			inQuotation = true;
		} else {
			if (!inQuotation) pairing ??= `${close} closes a quotation that was not opened with ${open}`;
			inQuotation = false;
		}
	}
	if (inQuotation) pairing ??= `a quotation opened with ${open} is not closed with ${close}`;
	if (pairing) problems.push(pairing);
	if (/\.\.\./.test(text)) problems.push('three dots ... (write the ellipsis …)');
	if (/\s-\s/.test(text) || /(^|\s)--?(\s|$)/.test(text)) problems.push(`a hyphen as a dash (write a spaced ${rules.dash})`);
	if (/—|--/.test(text)) problems.push(`an em dash or double hyphen (write a spaced ${rules.dash})`);
	const dash = rules.dash;
	if (new RegExp(`[\\p{L}${close}${innerClose},.!?)]${dash}\\s|\\s${dash}[\\p{L}${open}${innerOpen}(]`, 'u').test(text))
		problems.push(`a sentence dash needs a space on both sides (word ${dash} word)`);
	return problems;
}

/** A piece of visible text and the line of the file it is on (1-based). */
export interface VisibleText {
	line: number;
	text: string;
}

/** The text a reader sees of an MDX page: frontmatter values and body text, without code or markup. */
export function pageText(source: string): VisibleText[] {
	const lines = source.split('\n');
	const texts: VisibleText[] = [];
	let body = 0;
	if (lines[0] === '---') {
		const end = lines.indexOf('---', 1);
		const frontmatter = parse(lines.slice(1, end).join('\n')) as Record<string, unknown>;
		for (const [key, value] of Object.entries(frontmatter ?? {}))
			if (typeof value === 'string') {
				const at = lines.slice(1, end).findIndex((line) => line.startsWith(`${key}:`));
				texts.push({ line: at + 2, text: value });
			}
		body = end + 1;
	}
	let inCode = false;
	for (let index = body; index < lines.length; index++) {
		const line = lines[index]!;
		if (/^\s*(```|~~~)/.test(line)) {
			inCode = !inCode;
			continue;
		}
		if (inCode || /^(import|export)\s/.test(line)) continue;
		const text = line
			// Markdown's own marks: list bullets and numbers, quotes, headings, table rules.
			.replace(/^\s*(?:[-*+]|\d+\.|>|#{1,6})\s+/, '')
			.replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, '')
			.replace(/<!--.*?-->|\{\/\*.*?\*\/\}/g, ' ')
			.replace(/`[^`]*`/g, ' ')
			// Component and HTML tags with their attributes, and link targets: markup, not text.
			.replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/\{[^{}]*\}/g, ' ');
		if (text.trim()) texts.push({ line: index + 1, text });
	}
	return texts;
}

/** The text a reader sees of a JSON file of texts (a tree catalog, interface strings): every string value. */
export function jsonText(source: string): VisibleText[] {
	const texts: VisibleText[] = [];
	source.split('\n').forEach((line, index) => {
		for (const match of line.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) {
			if (match[1]) continue; // a key
			texts.push({ line: index + 1, text: JSON.parse(match[0]) as string });
		}
	});
	return texts;
}

/** Every breach in a file, as `file:line: message`. */
export function fileBreaches(file: string, source: string, locale: Locale): string[] {
	const texts = file.endsWith('.json') ? jsonText(source) : pageText(source);
	return texts.flatMap(({ line, text }) => typographyBreaches(text, locale).map((problem) => `${file}:${line}: ${problem}`));
}
