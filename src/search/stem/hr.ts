import { stemmer as snowballSerbian } from '@orama/stemmers/serbian';

/**
 * Croatian: the Snowball stemmer for Serbian (via @orama/stemmers), which covers the shared case and
 * verb endings and already folds ijekavian "ije"/"je" to "e" ("rješenje", "riješiti" → "reš-"), so
 * ijekavian Croatian meets itself. It gives the same stems with or without diacritics ("pomoć" and
 * "pomoc" → "pomoc"), so it runs on folded words. One fix on top: the fleeting a of "kupac" / "kupca",
 * "klijenata" / "klijent", "miran" / "mirno" is dropped.
 */
export function stem(word: string): string {
	if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
	const stemmed = snowballSerbian(word);
	return stemmed.length >= 5 ? stemmed.replace(/([^aeiou])a([^aeiouj])$/, '$1$2') : stemmed;
}
