/**
 * Bulgarian light stemmer for search: definite articles, plural endings, the -ие/-ия of verbal nouns,
 * the common verb endings of instructions ("слушайте", "запазете") and the fleeting е of adjectives
 * ("спокоен" / "спокойна"). Written for this site: no maintained package serves Bulgarian in the
 * browser (the light stemmer in @orama/stemmers throws on most words: it assigns to string indices),
 * and Pagefind indexes Bulgarian without any stemming. Input is folded by normalise.ts (ѝ → и).
 */

/** Shortest stem an ending may leave behind. */
const minStem = 3;

function without(word: string, endings: readonly string[], min = minStem): string | undefined {
	for (const ending of endings) {
		if (word.endsWith(ending) && word.length - ending.length >= min) return word.slice(0, -ending.length);
	}
	return undefined;
}

/** Articles: -ият (masculine adjectives), -ът/-ят; -та/-то/-те follow a vowel (жена-та, клиенти-те). */
const articles = ['ият', 'ът', 'ят'];
const articlesAfterVowel = /[аеиоуюя](та|то|те)$/;
/** Verb endings of instructions and narration, longest first. */
const verbEndings = ['айте', 'ейте', 'ийте', 'ахме', 'ихме', 'ете', 'аме', 'еме', 'име', 'ам', 'ям', 'аш', 'яш', 'еш', 'иш', 'ай', 'ей'];
/**
 * A final к, г, х softens to ц, з, с before plural -и (работник / работници, диалог / диалози), while
 * a stem's own ц stays (граница / граници): every stem ends in the soft letter, so all four meet.
 */
const softened: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

/**
 * Irregular forms the endings cannot reach: "дам" (I give) is "дадете", "даде" (give); "сама", "сами" are "сам" (alone);
 * "кажа", "каже", "кажете" (say, perfective) meet "казвам", "казва", "казвате" (imperfective). "прав", "правия",
 * "правият" (being right) get a term of their own, not a start of "право", "права" (a right), "правя" (do) or
 * "правила" (rules). "гоня" (chase) has a root too short for the endings: its forms take "гони".
 */
const irregular: Record<string, string> = { дам: 'даде', дадат: 'даде', сама: 'сам', сами: 'сам', кажа: 'казв', каже: 'казв', кажи: 'казв', кажем: 'казв', кажеш: 'казв', кажат: 'казв', кажете: 'казв', прав: 'правия', правия: 'правия', правият: 'правия', гоня: 'гони', гониш: 'гони', гоним: 'гони', гоните: 'гони', гонят: 'гони', гонете: 'гони' };

export function stem(input: string): string {
	if (input in irregular) return irregular[input]!;
	if (input.length < 4 || !/^[а-яѐ-ӿ]+$/.test(input)) return input;
	let word = input;
	// "клиентите" → "клиенти", "решенията" → "решения", "ядосаният" → "ядосан".
	word = without(word, articles, 4) ?? (articlesAfterVowel.test(word) && word.length > 5 ? word.slice(0, -2) : word);
	// Verbal nouns and -ия nouns, singular and plural: решение, решения, ситуация, ситуации.
	const ie = without(word, ['ие', 'ия', 'ии'], 4);
	if (ie !== undefined) return ie;
	// Third person plural of -вам verbs meets the singular: "ядосват", "казват" → "ядосв", "казв" (as "ядосва").
	if (word.endsWith('ват') && word.length >= 6) return word.slice(0, -2);
	word = without(word, ['ове', 'еве', 'ища'], 4) ?? without(word, verbEndings, 4) ?? word;
	// A final vowel: клиента, клиенти, спокойна, спокойно, решени.
	if (word.length > minStem + 1 && /[аяоеиуюй]$/.test(word)) word = word.slice(0, -1);
	if (word.length > minStem && word.at(-1)! in softened) return word.slice(0, -1) + softened[word.at(-1)!];
	// Fleeting е of adjectives: спокоен → спокойн (as спокойна), доволен → доволн (as доволна).
	if (word.length >= 6 && word.endsWith('ен')) {
		const before = word.at(-3)!;
		word = /[аеиоуъюя]/.test(before) ? `${word.slice(0, -2)}йн` : `${word.slice(0, -2)}н`;
	}
	return word;
}
