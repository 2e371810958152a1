/**
 * Croatian light stemmer for search, written for this site in place of Snowball Serbian
 * (@orama/stemmers), whose 55 KB bundle made the first Croatian search cost more bytes than
 * Starlight's default search. Tables of endings, on folded words (č, ć → c, š → s, ž → z, đ → d):
 * 1. yat is read the ekavian way, as Snowball did ("rješenje", "riješiti", "rješavati" all meet);
 * 2. one case, person or participle ending goes ("klijentima", "čekaju", "vidjela");
 * 3. what stays of a verb goes: the infinitive's -at/-it, the participle's -al/-en, the -avat/-ivat/
 *    -irat of imperfectives, the -anje/-enje of verbal nouns ("prekidanje" meets "prekidati");
 * 4. the fleeting a goes ("kupac" / "kupca", "miran" / "mirno") and a final c or z is read as the k or
 *    g it comes from ("uzroci" / "uzrok", "knjizi" / "knjiga").
 * All forms of a word reach step 3 with the same stem, so they stay together even where a step cuts
 * more than the grammar would ("kredit" and "krediti" both give "kred").
 */

/** Shortest stem any step may leave. */
const minStem = 3;

/**
 * Case, person and participle endings, longest first. "-ij-" of "situacija" and comparatives goes
 * with its vowel ("situaciji", "kasnije", "jeftiniji"); a word-final -ije is one of those, not yat.
 */
const endings = [
	'ijama', 'ijima',
	'avajte', 'ivajte', 'irajte',
	'avaju', 'ivaju', 'iraju', 'avamo', 'ivamo', 'iramo', 'avate', 'ivate', 'irate', 'ujemo', 'ujete', 'ajuci', 'ujuci',
	'avao', 'ivao', 'ovao', 'irao', 'avam', 'ivam', 'iram', 'avaj', 'ivaj', 'iraj', 'ujem', 'ujte', 'ijom', 'ijoj', 'ijeg', 'ijih', 'ijim',
	'ajte', 'ajmo', 'ijte',
	'ama', 'ima', 'oga', 'omu', 'ome', 'aju', 'amo', 'imo', 'emo', 'uje', 'uju',
	'ija', 'ije', 'iji', 'iju',
	'ao', 'io', 'eo', 'uo', 'om', 'em', 'og', 'eg', 'im', 'ih', 'am', 'as',
	'a', 'e', 'i', 'o', 'u',
];

/**
 * Endings with the verb's own vowel ("čeka-m", "sudjel-uje", "vidi-o"): what they leave is the verb's
 * root, which only a root's end may follow off ("obrat-imo", like "obrat-iti").
 */
const rootEndings = new Set([
	'avajte', 'ivajte', 'irajte', 'avaju', 'ivaju', 'iraju', 'avamo', 'ivamo', 'iramo', 'avate', 'ivate', 'irate',
	'ujemo', 'ujete', 'ajuci', 'ujuci', 'avao', 'ivao', 'ovao', 'irao', 'avam', 'ivam', 'iram', 'avaj', 'ivaj', 'iraj',
	'ujem', 'ujte', 'ajte', 'ajmo', 'ijte', 'aju', 'amo', 'imo', 'emo', 'uje', 'uju', 'ao', 'io', 'eo', 'uo', 'am', 'as',
]);

/**
 * What stays of a verb after its ending, longest first: verbal nouns (-anj-, -enj-), infinitives
 * (-at-, -it-, -et-, -ut-: "čekat-i"), l-participles (-al-, -il-: "čekal-a"), passive participles
 * (-en-, -jen-, -iran-), each with the -av-, -iv-, -ov-, -ir- of imperfectives and loan verbs.
 */
const verbStems = [
	'avanj', 'ivanj', 'ovanj', 'iranj',
	'avat', 'ivat', 'ovat', 'irat', 'aval', 'ival', 'oval', 'iral', 'ovan', 'iran',
	'anj', 'enj',
	'at', 'it', 'et', 'ut', 'al', 'il', 'el', 'ul', 'en', 'ir',
];

/** Ends of verb roots that read as an infinitive or participle stem once the stem is gone. */
const rootEnds = ['at', 'it', 'et', 'ut', 'en'];

/**
 * Stems whose last letters only look like an ending or a verb's: "problem" is not "proble-m", "paket"
 * and "internet" are not infinitives.
 */
const ownEndings = new Set(['zasto', 'nesto', 'problem', 'sustav', 'sistem', 'program', 'internet', 'paket', 'savet', 'uvet', 'predmet', 'teret']);

/**
 * Irregular verb whose forms share no stem the endings reach: "smjeti" (may), the "ne smijete" of
 * every rule page.
 */
const smjeti = new Set(['smijem', 'smijes', 'smije', 'smijemo', 'smijete', 'smiju', 'smio', 'smjela', 'smjelo', 'smjeli', 'smjele', 'smjeti']);

/**
 * Verbs with a two-letter root, to the form staff see most: "imam", "imate" → "ima", "znate" → "zna",
 * "nemamo" → "nema", "dajte", "daje" → "dati" ("da" is a stop word).
 */
const shortVerbs = /^(ima|nema|zna|da)(m|s|mo|te|ju|ti|o|la|lo|li|le|jte|j|je)?$/;

function strip(word: string, list: readonly string[]): string {
	for (const ending of list) {
		// -ziv- is the root of "pozivati", "poziv" (zvati), not the -iv- of "zapisivati".
		if (ending.startsWith('iv') && word.at(-ending.length - 1) === 'z') continue;
		if (word.endsWith(ending) && word.length - ending.length >= minStem) return word.slice(0, -ending.length);
	}
	return word;
}

/**
 * ije and je after a consonant are yat ("vrijeme", "zahtjev", "gdje"); lj and nj are letters of their
 * own, and ž + je is not yat ("oružje"). dj is đ typed without diacritics ("kradja" is "krađa", folded
 * "krada"), or the yat of "djelo", which folds to d + e either way.
 */
function ekavian(word: string): string {
	return word.replaceAll('dj', 'd').replace(/([^aeiou])ije(?!$)/g, '$1e').replace(/([^aeioulnz])je/g, '$1e');
}

export function stem(word: string): string {
	if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
	if (ownEndings.has(word)) return word;
	if (smjeti.has(word)) return 'smje';
	// "pravu" is nearly always the "u pravu" of being right (or "pravu osobu"), not "pravo" (a right): it
	// stays whole, so it no longer brings up every "pravo", "prava", "pravila" ("prav" still finds it).
	if (word === 'pravu') return word;
	const short = shortVerbs.exec(word);
	if (short) return short[1] === 'da' ? 'dati' : short[1];
	// Nouns in -log ("razlog", "dijalog", "prilog", "nalog"), not adjectives in -l ("malog", "cijelog").
	const log = /^([a-z]*(?:[zdbi]|[^m]a)log)(?:a|u|om|e|i|ima)?$/.exec(word);
	if (log) return log[1];
	let w = ekavian(word);
	// Genitive plural with an a put in: "klijenata", "studenata" (klijent, student).
	if (w.endsWith('enata')) w = w.slice(0, -3) + 't';
	else {
		const base = strip(w, endings);
		const ending = w.slice(base.length);
		w = base;
		if (rootEndings.has(ending)) return finish(strip(w, rootEnds));
	}
	if (ownEndings.has(w)) return w;
	// Plural -ov-/-ev- of short nouns: "kodovi", "slučajevi".
	if (/(ov|(?<=[cjsz])ev)$/.test(w) && w.length >= minStem + 2) w = w.slice(0, -2);
	// -j of present stems, imperatives and nouns: "čekaj", "slučaj" / "slučajem", "razvoj", "dobroj";
	// the ij of comparatives and -ija nouns ("kasnij-e", "situacij-a").
	if (/[aoui]j$/.test(w) && w.length >= minStem + 2) w = w.slice(0, -2);
	// Nouns in -ost of adjectives: "sigurnost" is "sigurno", "iscrpljenost" is "iscrpljen".
	w = w.replace(/(?<=^[a-z]{3,}[^aeiou])os[tc]$/, '');
	// Passive participles with the j of -iti verbs: "izgubljen" (izgubiti), "zbunjen" (zbuniti).
	const softened = /(?<=[bpmv])ljen$|(?<=[ln])jen$/.exec(w);
	if (softened && softened.index >= minStem) w = w.slice(0, softened.index);
	// A verb root may end like a stem: "obrat-i-ti", "zamjen-i-ti", "pro-čit-a-ti".
	else w = strip(strip(w, verbStems), rootEnds);
	return finish(w);
}

function finish(stem: string): string {
	let w = stem;
	// The lj of iotated b, p, v: "postavljati" / "postaviti", "ispravljanje" / "ispraviti".
	w = w.replace(/(?<=^[a-z]{3,}[bpv])lj$/, '');
	// -govarati / -tvarati imperfectives of -govoriti / -tvoriti: "odgovara" / "odgovoriti", "razgovarati" /
	// "razgovor", "zatvaramo" / "zatvoriti" (not "stvar", a thing).
	w = w.replace(/(govar|^(?:ot|zat)var)$/, (m) => m.slice(0, -2) + 'or');
	// Fleeting a: "kupac" / "kupca", "miran" / "mirno", "dobar" / "dobra"; never before v ("država",
	// "zdrav", "sustav"). A voiced consonant it left before k or c loses its voice, as in the other
	// forms: "težak" / "teška", "drzak" / "drska", "dolazak" / "dolaska", "gladak" / "glatka".
	if (w.length >= 5 && /[^aeiou]a[^aeioujv]$/.test(w)) {
		w = w.slice(0, -2) + w.slice(-1);
		w = w.replace(/[zdb](?=[kc]$)/, (c) => ({ z: 's', d: 't', b: 'p' })[c] as string);
	}
	// -stan adjectives lose the t with the a: "bolestan" / "bolesna", "koristan" / "korisno".
	w = w.replace(/(?<=...)stn$/, 'sn');
	return w.length >= 4 ? w.replace(/c$/, 'k').replace(/z$/, 'g') : w;
}
