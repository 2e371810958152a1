/**
 * One-letter typos: a query word of six letters or more that the edition's pages do not know (neither
 * the word nor its search term, nor that term as the start of a page's term, which Pagefind matches
 * anyway: "напада" is a form of the pages' "нападне", not a typo of "нападка") is read as the page word
 * one letter away from it (one letter wrong, missing, added or doubled, or two neighbours swapped:
 * Damerau-Levenshtein distance 1), the most frequent such word first; failing that, as the word whose
 * search term is one letter away from the query word's. Shorter words are taken as typed. The
 * vocabulary (`vocabularyFile`, the pages' words, most frequent first) is fetched when a query needs it
 * (ui/engine.ts).
 */
import type { Locale } from '../../locales.ts';
import { words } from '../normalise.ts';

/**
 * Where a locale's vocabulary is written under pagefind/ (src/search/build.ts): its words, one a line,
 * gzipped (a third of the text's bytes; the engine unpacks it). Not named .gz, which some hosts serve
 * as Content-Encoding: gzip, so that the browser would unpack it before the script does.
 */
export const vocabularyFile = (locale: Locale) => `vocabulary/${locale}.words`;

/** Shortest word that is corrected. */
export const typoMinLength = 6;

export interface Vocabulary {
	/** The pages' words, most frequent first. */
	words: string[];
	/** Each known word. */
	known: Set<string>;
	/** Each search term of the pages, with its most frequent word. */
	terms: Map<string, string>;
}

export function vocabulary(text: string, stem: (word: string) => string): Vocabulary {
	const list = text.split('\n').filter(Boolean);
	const terms = new Map<string, string>();
	for (const word of list) {
		const term = stem(word);
		if (!terms.has(term)) terms.set(term, word);
	}
	return { words: list, known: new Set(list), terms };
}

/** Whether `a` and `b` are one edit apart (substitution, insertion, deletion or adjacent transposition). */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) return false;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		// substitution, or two neighbours swapped
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	// one letter more in the longer word
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


/** Shortest search term taken as the start of a longer one rather than checked for a typo. */
const shortestStart = 5;

/** Whether a page's search term begins with `term` (the analysis reads the word as a form of that one). */
function startsAPageTerm(term: string, vocab: Vocabulary): boolean {
	if (term.length < shortestStart) return false;
	for (const known of vocab.terms.keys()) if (known.length > term.length && known.startsWith(term)) return true;
	return false;
}

/** The query with each unknown long word replaced by the page word one letter away, if any. */
export function correct(query: string, vocab: Vocabulary, stem: (word: string) => string): string {
	return words(query)
		.map((word) => {
			if ([...word].length < typoMinLength || vocab.known.has(word)) return word;
			const term = stem(word);
			if (vocab.terms.has(term) || startsAPageTerm(term, vocab)) return word;
			const near = vocab.words.find((known) => oneEditApart(word, known));
			if (near) return near;
			// A term of three letters is one letter from too many others ("tyk" of the colloquial "tykkää", to like, is not "toyk" of "töykeä", rude).
			if (term.length >= 4) for (const [known, example] of vocab.terms) if (known.length >= 4 && oneEditApart(term, known)) return example;
			return word;
		})
		.join(' ');
}
