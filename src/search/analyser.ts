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

/** What a query asks for: each concept is met by any one of its alternatives (a run of terms). */
export type Concept = string[][];

export interface Analyser {
	/** The search terms of a text, in order: what the index holds for it. */
	terms(text: string): string[];
	/** The concepts of a query: its words and phrases, each with the synonyms staff use for it. */
	concepts(query: string): Concept[];
}

export function createAnalyser({ stem, stopwords, synonyms }: LanguageData): Analyser {
	const cache = new Map<string, string>();
	const termOf = (word: string) => {
		let term = cache.get(word);
		if (term === undefined) cache.set(word, (term = stem(word)));
		return term;
	};
	const terms = (text: string) => words(text).map(termOf);
	const stop = new Set(stopwords.flatMap((word) => terms(word)));
	// Each synonym phrase as terms, with the alternatives of its group; longest phrases match first.
	const phrases = synonyms
		.flatMap((group) => {
			const alternatives = uniqueRuns(group.map(terms));
			return alternatives.map((phrase) => ({ phrase, alternatives }));
		})
		.sort((a, b) => b.phrase.length - a.phrase.length);

	return {
		terms,
		concepts(query) {
			const queryTerms = terms(query);
			const concepts: Concept[] = [];
			for (let i = 0; i < queryTerms.length; ) {
				const match = phrases.find(({ phrase }) => phrase.every((term, k) => queryTerms[i + k] === term));
				if (match) {
					concepts.push(match.alternatives);
					i += match.phrase.length;
					continue;
				}
				if (!stop.has(queryTerms[i])) concepts.push([[queryTerms[i]]]);
				i++;
			}
			// A query of stop words only still searches for them.
			if (concepts.length === 0 && queryTerms.length > 0) return queryTerms.map((term) => [[term]]);
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
