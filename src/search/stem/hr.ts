import { stemmer as snowballSerbian } from '@orama/stemmers/serbian';

/**
 * Croatian: the Snowball stemmer for Serbian (via @orama/stemmers), which covers the shared case and
 * verb endings and already folds ijekavian "ije"/"je" to "e" ("rješenje", "riješiti" → "reš-"), so
 * ijekavian Croatian meets itself. It gives the same stems with or without diacritics ("pomoć" and
 * "pomoc" → "pomoc"), so it runs on folded words. Two fixes on top: the fleeting a of "kupac" / "kupca",
 * "klijenata" / "klijent", "miran" / "mirno" is dropped, and a final c or z of a stem is read as the k
 * or g it comes from.
 */
export function stem(word: string): string {
	if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
	const prepared = prepare(word);
	let stemmed = snowballSerbian(prepared);
	// Snowball keeps the feminine dative -oj after some stems ("ljutitoj").
	if (stemmed.length >= 6 && stemmed.endsWith('oj')) stemmed = stemmed.slice(0, -2);
	// A case ending Snowball leaves on ("strani" beside "strana" → "stran").
	if (stemmed === prepared && stemmed.length >= 5 && /[aeiou]$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
	if (stemmed.length >= 5) stemmed = stemmed.replace(/([^aeiou])a([^aeiouj])$/, '$1$2');
	// k and g turn to c and z before -i and -e ("uzrok" / "uzroci", "knjiga" / "knjizi"): a stem
	// ending in c or z ends in k or g, so every form meets ("kupac", "kupca", "kupci" all end in c).
	return stemmed.length >= 4 ? stemmed.replace(/c$/, 'k').replace(/z$/, 'g') : stemmed;
}

/**
 * Two endings Snowball reads differently from the rest of the word's forms: the instrumental -em after
 * c and j ("novcem", "voditeljem"), and adjectives in -it ("ljutit", read as a verb form): the first
 * goes, the second is given its genitive ending, like "ljutitog".
 */
function prepare(word: string): string {
	if (word.length >= 5 && /[cj]em$/.test(word)) return word.slice(0, -2);
	if (word.length >= 5 && /[^aeiou]it$/.test(word)) return `${word}og`;
	return word;
}
