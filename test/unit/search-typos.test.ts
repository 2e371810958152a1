import { describe, expect, test } from 'vitest';
import { stem as stemBg } from '../../src/search/stem/bg';
import { stem as stemFi } from '../../src/search/stem/fi';
import { correct, vocabulary } from '../../src/search/ui/typos';

/**
 * The typo reader (src/search/ui/typos.ts) on small vocabularies with the editions' own stemmers: a long
 * word the pages do not know is read as the page word one letter away, unless the analysis already reads
 * it as a form of a page word (its term, or the start of a page's term, which Pagefind matches anyway).
 */
describe('correct', () => {
	const bg = vocabulary(['нападка', 'нападне', 'нападение', 'клиентът', 'клиент'].join('\n'), stemBg);

	test('a form whose term starts a page term is kept, not read as a near word', () => {
		expect(stemBg('напада')).not.toBe(stemBg('нападне'));
		expect(correct('клиент напада', bg, stemBg)).toBe('клиент напада');
	});

	test('a word one letter from a page word is read as that word', () => {
		expect(correct('нападкка', bg, stemBg)).toBe('нападка');
		expect(correct('клинетът', bg, stemBg)).toBe('клиентът');
	});

	test('a word whose term has three letters is not read as a page term one letter away', () => {
		const fi = vocabulary(['toykea', 'asiakas'].join('\n'), stemFi);
		// "tykkää" (to like, colloquial) is on no page; its term "tyk" is one letter from "toyk" of "töykeä" (rude).
		expect([stemFi('tykkaa'), stemFi('toykea')]).toEqual(['tyk', 'toyk']);
		expect(correct('en tykkää asiakkaasta', fi, stemFi)).toBe('en tykkaa asiakkaasta');
	});

	test('words shorter than six letters are taken as typed', () => {
		expect(correct('клент', bg, stemBg)).toBe('клент');
	});

	test('a word whose term is a page term is kept', () => {
		const fi = vocabulary(['asiakas', 'asiakkaan', 'rauhallinen'].join('\n'), stemFi);
		expect(correct('asiakkaalle rauhallisena', fi, stemFi)).toBe('asiakkaalle rauhallisena');
		expect(correct('rauhalinen', fi, stemFi)).toBe('rauhallinen');
	});
});
