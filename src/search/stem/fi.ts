/**
 * Finnish light stemmer for search: strips clitics, possessive suffixes, case endings and the plural
 * marker, then folds what varies inside the stem (consonant gradation, the stem vowel), so that the
 * forms of one word meet. Written for this site because the Snowball stemmer (the one Pagefind and
 * @orama/stemmers use) keeps apart forms staff type every day: "rauhallinen" / "rauhallisena",
 * "asiakas" / "asiakkaan", "tilanne" / "tilanteessa" ("tilanne" even becomes "tila", space), "kuunnella"
 * / "kuuntele". Input is folded (ä → a, ö → o), as normalise.ts leaves it, so every ending is written
 * with back vowels only.
 */

const vowels = 'aeiouy';
const isVowel = (letter: string | undefined) => letter !== undefined && vowels.includes(letter);

/** Shortest stem an ending may leave behind. */
const minStem = 3;

function strip(word: string, endings: readonly string[], min = minStem): string | undefined {
	for (const ending of endings) {
		if (word.endsWith(ending) && word.length - ending.length >= min) return word.slice(0, -ending.length);
	}
	return undefined;
}

/**
 * A possessive suffix follows a vowel ("asiakkaasi", "rahansa"): after a consonant "-si" is the
 * translative "-ksi" ("arvosteluksi") or part of the word ("veitsi").
 */
function stripPossessive(word: string): string | undefined {
	const stripped = strip(word, possessives, 4);
	return stripped !== undefined && isVowel(stripped.at(-1)) ? stripped : undefined;
}

/**
 * "oikea" (correct, right: "oikeassa", "oikeita", "oikeasti") and "oikeus" (a right: "oikeuden",
 * "oikeutta", "oikeuksia") are two words, but with their stem vowels dropped both would start "oik",
 * and a search for "oikeassa" would find every page on rights. The noun keeps "oikeu-", the adjective
 * "oikea"; neither begins the other.
 */
function oikea(word: string): string | undefined {
	// After nothing or a compound's first part ("peruuttamisoikeus"), not inside "poikkeaa"; spoken
	// "oikee", "oikeesti" are "oikea".
	const m = /^(|[a-z]{3,})oike([aeiu])/.exec(word);
	if (!m) return undefined;
	// "oikein" (correctly; very: "oikein hyvä") is an adverb of its own, and no prefix of "oikea".
	if (word === 'oikein') return word;
	return `${foldGradation(m[1])}${m[2] === 'u' ? 'oikeu' : 'oikea'}`;
}

/**
 * -kin, -ko/-kö: "asiakaskin", "tiedätkö". -kaan/-kään is left alone: it is also the genitive of
 * -kas/-gas words ("asiakkaan", "kuninkaan"), which search needs far more often.
 */
const clitics = ['kin', 'ko'];
/** Possessive suffixes; -nne and -mme are left alone, as they clash with "tilanne" and "lumme". */
const possessives = ['nsa', 'si', 'ni'];
/**
 * Case endings, longest first. -hVn illatives keep their vowel check in `illative`; plural genitives
 * (-iden, -itten, -jen, -en) come before the singular genitive -n.
 */
const cases = [
	'itten', 'iden', 'tten', 'den', 'seen', 'siin', 'iin',
	'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'tta', 'jen', 'ita', 'ja',
	'na', 'ta', 'en', 'a', 'n', 't',
];

/** Case endings that are taken off only after a vowel or s: "hinta", "ilta" are nominatives. */
const afterVowelOrS = new Set(['ta']);

function stripCase(word: string): string | undefined {
	for (const ending of cases) {
		if (!word.endsWith(ending) || word.length - ending.length < minStem) continue;
		const before = word.at(-ending.length - 1);
		if (afterVowelOrS.has(ending) && !isVowel(before) && before !== 's') return undefined;
		return word.slice(0, -ending.length);
	}
	return undefined;
}

function illative(word: string): string | undefined {
	// talo-on, talo-ihin, maa-han: h + the vowel before it + n.
	// "esimiehen" is a genitive of esimies, not an illative.
	const m = /([aeiouy])h\1n$/.exec(word);
	if (m && !word.endsWith('iehen') && word.length - 3 >= minStem) return word.slice(0, -3);
	const long = /([aeiouy])\1n$/.exec(word); // taloon, kauppaan
	if (long && word.length - 2 >= minStem + 1) return word.slice(0, -2);
	return undefined;
}

/**
 * Nominatives whose inflected forms show another stem, mapped to that stem's genitive:
 * rauhallinen → rauhallisen, palautus → palautuksen, esimies → esimiehen, asiakas → asiakkaan,
 * tilanne → tilanteen.
 */
export function inflectionalForm(word: string): string {
	const n = word.length;
	if (n < 6) return word;
	if (word.endsWith('nen')) return `${word.slice(0, -3)}sen`;
	if (/[^aeiouy](uus|yys)$/.test(word)) return `${word.slice(0, -1)}den`; // ystävällisyys → -yyden
	if (/(us|ys|os)$/.test(word)) return `${word.slice(0, -1)}ksen`;
	if (word.endsWith('ies')) return `${word.slice(0, -1)}hen`;
	if (/[^aeiouy]as$/.test(word)) return `${strengthen(word.slice(0, -2))}aan`;
	if (/ias$/.test(word)) return `${word.slice(0, -1)}an`; // kohtelias → kohteliaan (kohteliaana)
	if (/nne$/.test(word)) return `${word.slice(0, -3)}nteen`; // tilanne → tilanteen
	if (/[aeiouy]te$/.test(word)) return `${word.slice(0, -2)}tteen`; // tuote → tuotteen
	return word;
}

/** Weak grade → strong grade of the consonant before -as ("asiakas" → "asiakkaan", "hidas" → "hitaan"). */
function strengthen(stem: string): string {
	if (/[aeiouy][kpt]$/.test(stem)) return `${stem}${stem.at(-1)}`;
	if (/[aeiouy]d$/.test(stem)) return `${stem.slice(0, -1)}t`;
	if (/ng$/.test(stem)) return `${stem.slice(0, -1)}k`;
	return stem;
}

/** Folds consonant gradation: geminates to single, nn/ll/rr/mm/ng to their strong partner. */
export function foldGradation(stem: string): string {
	return stem
		.replace(/([kpt])\1/g, '$1')
		.replace(/nn/g, 'nt')
		.replace(/ll/g, 'lt')
		.replace(/rr/g, 'rt')
		.replace(/mm/g, 'mp')
		.replace(/ng/g, 'nk');
}

export function stem(input: string): string {
	if (input.length < 4 || !/^[a-z]+$/.test(input)) return input;
	// "työ" has the plural stem "töi-" ("töissä", "töiden", "töihin"), folded to "toi": it meets "työ".
	if (/^toi(ssa|sta|hin|ta|den|lle|lla|lta|na|ksi)$/.test(input)) return 'tyo';
	// "lähellä", "lähelle", "läheltä" (near), "lähemmäs", "lähempänä" (nearer), "lähin", "lähimmän"
	// (nearest) and "lähestyä" (come near) would shrink to "läh", the start of "lähettää" (send), "lähde"
	// (source), "lähteä" (leave) and "lahja" (gift): they take "lähi-", the form compounds begin with.
	if (/^lah(e(ll[ae]|lta|mma(s|ksi)|mpa(na|an|a)|sty[a-z]*)|i(n|mma(n|t|ksi|s)|mpa(na|an|a)))(si|ni|nsa|an|en)?$/.test(input)) return 'lahi';
	const right = oikea(input);
	if (right) return right;
	// "haluta" (want: "haluan", "haluaa", "halusi") would shrink to "hal", which also begins "hälytys"
	// (alarm) and "hallinta": it keeps its "u".
	if (/^halu/.test(input)) return 'halu';
	let word = inflectionalForm(input);
	word = strip(word, clitics, 4) ?? word;
	word = stripPossessive(word) ?? word;
	// Adverbs in -sti ("rauhallisesti", "uhkaavasti"); "sähköposti" keeps its -sti.
	word = strip(word, ['esti', 'asti'], 6)?.concat(word.at(-4) ?? '') ?? word;
	// A translative that would leave three letters is an adverb of its own: "anteeksi" (not "antaa"),
	// "periksi", "lisäksi", "lopuksi", "vuoksi" stay whole ("anteeksi" still begins "anteeksipyyntö").
	if (/ksi$/.test(word) && word.slice(0, -3).replace(/[aeiouy]+$/, '').length <= minStem) return foldGradation(word);
	// Partitive of -inen adjectives and -minen nouns ("rauhallista", "vihaista", "lopettamista"), not
	// the elative -sta.
	if (/(lli|mi|[aeouy]i)sta$/.test(word)) word = word.slice(0, -2);
	else word = strip(word, ['seen', 'siin']) ?? illative(word) ?? stripCase(word) ?? word;
	// A nominative-shaped stem left by a partitive ("asiakas-ta", "palautus-ta") takes the same path.
	if (word !== input && inflectionalForm(word) !== word) word = stripCase(inflectionalForm(word)) ?? word;
	// The plural marker i/j before the case ending ("asiakkai-ta", "tuotteis-sa" → "tuottei-").
	if (word.length > 4 && /[aeiouy][ij]$/.test(word)) word = word.slice(0, -1);
	// Stem vowels vary with the ending ("raha" / "rahoja", "kuuntelu" / "kuuntele"): drop them.
	while (word.length > 3 && isVowel(word.at(-1))) word = word.slice(0, -1);
	// Verbal nouns in -minen meet their verb: "lopettaminen" / "lopettaa", "vetäminen" / "vetää".
	if (/[aeiouy]mis$/.test(word)) word = word.slice(0, -3);
	while (word.length > 3 && isVowel(word.at(-1))) word = word.slice(0, -1);
	return foldGradation(word);
}
