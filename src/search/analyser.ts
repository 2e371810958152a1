import { words } from './normalise.ts';

/**
 * One language's analysis, shared by the index build and the search box so that both sides turn text
 * into the same terms: words are folded (normalise.ts), then stemmed.
 */
export interface LanguageData {
	/** Turns a folded word into its search term. */
	stem: (word: string) => string;
	/** Words a query can do without ("miten", "kako", "как", "bagaimana"), as written. */
	stopwords: readonly string[];
	/** Groups of words and phrases staff use for the same thing, as written. */
	synonyms: readonly (readonly string[])[];
}

/**
 * What a query asks for: each concept is met by any one of its alternatives (a run of terms), the
 * words as typed first, then their synonyms (for a phrase whose stop words carry its meaning, its
 * group's first phrase first: see `concepts`).
 */
export type Concept = string[][];

export interface Analyser {
	/** The search terms of a text, in order, stop words left out: what the index holds for it. */
	terms(text: string): string[];
	/** The concepts of a query: its words and phrases, each as typed and then with the synonyms staff use for it. */
	concepts(query: string): Concept[];
	/** A folded word's search term. */
	stem(word: string): string;
	/** The words of the stop words and synonyms, folded: words a query may hold that no page needs to. */
	ownWords: string[];
}

export function createAnalyser({ stem, stopwords, synonyms }: LanguageData): Analyser {
	const cache = new Map<string, string>();
	const termOf = (word: string) => {
		let term = cache.get(word);
		if (term === undefined) cache.set(word, (term = stem(word)));
		return term;
	};
	// Stop words as written (folded), not as terms: "tetapi" is one, "tetapkan" (its stem is "tetap")
	// is not. They are left out of the index: Pagefind matches a term it does not hold by the longest
	// indexed word that term begins with, and "с", "kun" or "di" would match nearly every page.
	const stop = new Set(stopwords.flatMap((word) => words(word)));
	const isContent = (word: string) => !stop.has(word);
	const terms = (text: string) => words(text).filter(isContent).map(termOf);
	// Each synonym phrase, matched with its stop words ("tidak sopan" is not "sopan") and searched
	// without them, with the alternatives of its group; longest phrases match first.
	const phrases = synonyms
		.flatMap((group) => {
			const alternatives = uniqueRuns(group.map(terms));
			return group.map((phrase) => ({ match: words(phrase).map(termOf), typed: terms(phrase), alternatives }));
		})
		.filter(({ match, typed }) => match.length > 0 && typed.length > 0)
		.sort((a, b) => b.match.length - a.match.length);

	return {
		terms,
		stem: termOf,
		ownWords: [...new Set([...stop, ...synonyms.flat().flatMap((phrase) => words(phrase))])],
		concepts(query) {
			const queryWords = words(query);
			const queryTerms = queryWords.map(termOf);
			const concepts: Concept[] = [];
			// How many query words a phrase spans from word i, or 0: a stop word the phrase does not have
			// may come between its words ("парите си обратно" is "парите обратно").
			const span = (match: string[], i: number) => {
				let j = i;
				for (const [k, term] of match.entries()) {
					while (k > 0 && j < queryTerms.length && queryTerms[j] !== term && !isContent(queryWords[j])) j++;
					if (queryTerms[j] !== term) return 0;
					j++;
				}
				return j - i;
			};
			for (let i = 0; i < queryTerms.length; ) {
				const phrase = phrases.find(({ match }) => span(match, i) > 0);
				if (phrase) {
					// What was typed comes first: the search weighs it above its synonyms. But where the
					// phrase's stop words carry its meaning ("jesam li ja problem" is more than "problem"),
					// the group's first phrase leads: the words the pages use for the whole of it.
					const lead = phrase.match.length > phrase.typed.length ? phrase.alternatives[0] : phrase.typed;
					concepts.push([lead, ...phrase.alternatives.filter((a) => a.join(' ') !== lead.join(' '))]);
					i += span(phrase.match, i);
					continue;
				}
				if (isContent(queryWords[i])) concepts.push([[queryTerms[i]]]);
				i++;
			}
			return dedupeConcepts(concepts);
		},
	};
}

function uniqueRuns(runs: string[][]): string[][] {
	const seen = new Set<string>();
	return runs.filter((run) => run.length > 0 && !seen.has(run.join(' ')) && seen.add(run.join(' ')));
}

function dedupeConcepts(concepts: Concept[]): Concept[] {
	const seen = new Set<string>();
	return concepts.filter((concept) => {
		const key = JSON.stringify(concept);
		return !seen.has(key) && seen.add(key);
	});
}
