/**
 * Text normalisation shared by the index build (Node) and the search box (browser): lower case,
 * Unicode NFC, and diacritics folded away so that a word typed without them ("cekaj", "rauha",
 * "tarkea") meets the word written with them ("čekaj", "tärkeä"). Cyrillic keeps its letters (й is not
 * и); only stress marks and the grave of ѝ go.
 */

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const undecomposed: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss' };

/** Combining marks to drop: all of them, except the breve that makes й and ў. */
const droppedMarks = /[\u0300-\u0305\u0307-\u036f]/g;

export function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(droppedMarks, '')
		// A breve on a Latin letter (ă, ğ) is a diacritic too; on Cyrillic и/у it makes a letter.
		.replace(/([a-z])\u0306/g, '$1')
		.normalize('NFC')
		.replace(/[đłøæœß]/g, (letter) => undecomposed[letter]);
}

/**
 * Words of a text, folded, in order. A word is a run of letters and digits; an apostrophe inside a
 * word is dropped (Finnish "vaa'an" is one word), a hyphen splits it (Malay "kanak-kanak", Finnish
 * "asiakaspalvelu-ohje"). Both sides of the search split the same way, so they always agree.
 */
export function words(text: string): string[] {
	return fold(text).replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}
