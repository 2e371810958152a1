/**
 * Malay (Malaysian) stemmer for search: strips particles (-lah, -kah, -tah, -pun), possessives (-ku,
 * -mu, -nya), suffixes (-kan, -an, -i) and prefixes (meN-, peN-, ber-, ter-, di-, ke-, se-, per-,
 * memper-, diper-), restoring the first letter that meN-/peN- swallow ("menulis" → "tulis",
 * "menyapu" → "sapu", "memukul" → "pukul", "mengira" → "kira"). Where the affixes can be read two
 * ways ("memarahi": marah or parah? "ketua": tua or ketua?), the reading whose root is in the list of
 * known roots wins; words with no known reading take the most usual one.
 *
 * Written for this site: the Indonesian stemmers on npm (Snowball's in @orama/stemmers, nlp.js) follow
 * Indonesian spelling and vocabulary, and turn "menulis" into "ulis", "selesai" into "selesa" and
 * "memarahi" into "parah". Input is folded and lower case, as normalise.ts leaves it.
 */
import rootList from '../data/ms-roots.json' with { type: 'json' };

const roots: ReadonlySet<string> = new Set(rootList as string[]);
const vowel = /^[aeiou]/;
const minRoot = 3;
/**
 * How a Malay root can begin: a vowel, a consonant and a vowel, or a cluster loanwords and a few
 * native roots have. "pertama" read as pe- + "rtama", or "sendiri" as se- + "ndiri", is no reading.
 */
const rootStart = /^(?:[aeiou]|[b-df-hj-np-tv-z][aeiou]|bl|br|dr|fl|fr|gl|gr|kl|kr|pl|pr|sk|sl|sp|st|sw|tr|ny|ng|sy|kh|gh)/;

/** Readings of a word once its prefix is taken off, most usual first. */
function prefixReadings(word: string): string[] {
	const out: string[] = [];
	const rest = (n: number) => word.slice(n);
	const add = (...candidates: string[]) => out.push(...candidates.filter((c) => c.length >= minRoot && rootStart.test(c)));
	for (const [prefix, nasal] of [['me', true], ['pe', true], ['di', false], ['ter', false], ['ber', false], ['ke', false], ['se', false]] as const) {
		if (!word.startsWith(prefix)) continue;
		const after = rest(prefix.length);
		if (nasal) {
			// meny-/peny- + vowel: s-root; meng-/peng-: vowel or k-root; men-/pen- + vowel: t-root;
			// mem-/pem- + vowel: p-root, or m-root after me-/pe-; other consonants stay.
			if (after.startsWith('ny') && vowel.test(after.slice(2))) add(`s${after.slice(2)}`, after);
			else if (after.startsWith('ng')) {
				// meng- drops a root's k: a known k-root comes first ("mengawal": kawal, not awal).
				const [vowelRoot, kRoot] = [after.slice(2), `k${after.slice(2)}`];
				add(...(roots.has(kRoot) ? [kRoot, vowelRoot] : [vowelRoot, kRoot]), after);
			}
			else if (after.startsWith('n') && vowel.test(after.slice(1))) add(`t${after.slice(1)}`, after, after.slice(1));
			else if (after.startsWith('n')) add(after.slice(1));
			else if (after.startsWith('m') && vowel.test(after.slice(1))) add(`p${after.slice(1)}`, after);
			else if (after.startsWith('m')) add(after.slice(1));
			else add(after);
			if (prefix === 'pe' && after.startsWith('r')) add(after.slice(1)); // per-: pertolongan → tolong
			if (prefix === 'pe' && after.startsWith('l')) add(after.slice(1)); // pelajar → ajar
			if (after.startsWith('mper')) add(after.slice(4)); // memper-
		} else if (prefix === 'ber' || prefix === 'ter') {
			add(after, `r${after}`); // berehat: be- + rehat; terasa: te- + rasa
		} else {
			add(after);
			if (prefix === 'di' && after.startsWith('per')) add(after.slice(3)); // diper-
		}
	}
	if (word.startsWith('be') && !word.startsWith('ber')) add(word.slice(2)); // bekerja → kerja
	if (word.startsWith('bel')) add(word.slice(3)); // belajar → ajar
	return out;
}

/**
 * Everyday spoken forms staff type, read as the standard word the pages write: "kesian" is "kasihan",
 * "tak" is "tidak" (a stop word, but it counts inside phrases: "tak puas hati" is "tidak puas hati").
 */
const colloquial: Readonly<Record<string, string>> = { kesian: 'kasihan', tak: 'tidak' };

const particles = ['lah', 'kah', 'tah', 'pun'];
const possessives = ['nya', 'ku', 'mu'];
const suffixes = ['kan', 'an', 'i'];

function withoutEnding(word: string, endings: readonly string[]): string[] {
	const out: string[] = [];
	for (const e of endings) {
		if (!word.endsWith(e) || word.length - e.length < minRoot) continue;
		const base = word.slice(0, -e.length);
		out.push(base);
		// Malay writes a root's final b as p before -an: jawab → jawapan.
		if (e === 'an' && base.endsWith('p')) out.push(`${base.slice(0, -1)}b`);
	}
	return out;
}

/** Every reading of a word, most usual first, the word itself included. */
export function readings(word: string): string[] {
	const bases = [word];
	for (const w of [...bases]) bases.push(...withoutEnding(w, particles));
	for (const w of [...bases]) bases.push(...withoutEnding(w, possessives));
	const suffixed = [...bases];
	for (const w of bases) suffixed.push(...withoutEnding(w, suffixes));
	const out: string[] = [];
	// Suffix-stripped forms first (with their prefix readings), then forms that keep the ending
	// ("selesai", "pelanggan").
	// A form that is itself a known root comes before the roots its prefix could hide ("perhatian":
	// perhati, not hati).
	for (const w of [...suffixed.slice(bases.length), ...bases]) {
		if (roots.has(w)) out.push(w);
		for (const p of prefixReadings(w)) out.push(p, ...prefixReadings(p));
		out.push(w);
	}
	return out;
}

/** The root of a word: the first reading that is a known root, else the most usual reading. */
export function stem(word: string): string {
	word = colloquial[word] ?? word;
	if (word.length < 4 || !/^[a-z]+$/.test(word) || roots.has(word)) return word;
	const all = readings(word);
	const known = all.find((r) => roots.has(r));
	if (known) return known;
	// No known root: take one prefix and one suffix off, as most words have no more. Without a known
	// root, se- and ke- (mostly part of the root: "sering", "kerap") come off only with -an (ke-…-an),
	// and -i only after a prefix ("memahami"), as a bare root often ends in i ("diri", "pagi").
	const bases = withoutEnding(word, particles).concat(withoutEnding(word, possessives), [word]);
	const base = bases[0];
	const prefixed = (w: string) => prefixReadings(w).length > 0 && !/^(se|ke)/.test(w);
	for (const suffix of suffixes) {
		const unsuffixed = withoutEnding(base, [suffix])[0];
		if (!unsuffixed) continue;
		if (suffix === 'an' && unsuffixed.startsWith('ke') && prefixReadings(unsuffixed).length > 0) return prefixReadings(unsuffixed)[0];
		if (suffix === 'i' && !prefixed(unsuffixed)) continue;
		return prefixed(unsuffixed) ? prefixReadings(unsuffixed)[0] : unsuffixed;
	}
	return prefixed(base) ? prefixReadings(base)[0] : base;
}
