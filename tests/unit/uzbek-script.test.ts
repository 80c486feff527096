import { describe, expect, test } from 'vitest';
import { uzbekToLatin } from '../../src/lib/uzbek-script.ts';

describe('Uzbek Cyrillic to Latin', () => {
	test.each([
		// ў, ғ, қ, ҳ, ш, ч, нг
		['ўзбек', 'oʻzbek'],
		['тоғ', 'togʻ'],
		['қишлоқ', 'qishloq'],
		['ҳаёт', 'hayot'],
		['шаҳар', 'shahar'],
		['чой', 'choy'],
		['тонг', 'tong'],
		['кўнгил', 'koʻngil'],
		// е: "ye" at the start of a word and after a vowel (or ъ/ь), "e" after a consonant
		['ер', 'yer'],
		['поезд', 'poyezd'],
		['мен', 'men'],
		['съезд', 'sʼyezd'],
		// ё, ю, я, ц, ъ, х
		['ёз', 'yoz'],
		['юрак', 'yurak'],
		['янги', 'yangi'],
		['цирк', 'tsirk'],
		['маъно', 'maʼno'],
		['хабар', 'xabar'],
		['эътибор', 'eʼtibor'],
		// сҳ keeps the two sounds apart, as Latin writes them (Исҳоқ = Isʼhoq)
		['исҳоқ', 'isʼhoq'],
		// whole phrases, digits and Latin letters pass through
		['икки босқичли тасдиқлаш', 'ikki bosqichli tasdiqlash'],
		['2FA', '2FA'],
		['oʻzbek', 'oʻzbek'],
	])('%s → %s', (cyrillic, latin) => {
		expect(uzbekToLatin(cyrillic)).toBe(latin);
	});

	test('keeps capitals', () => {
		expect(uzbekToLatin('Ўзбекистон')).toBe('Oʻzbekiston');
		expect(uzbekToLatin('Шаҳло Ёқубова')).toBe('Shahlo Yoqubova');
		expect(uzbekToLatin('Ер')).toBe('Yer');
		expect(uzbekToLatin('ЧОЙ')).toBe('CHOY');
	});

	test('a word after punctuation or a space starts again (е → ye)', () => {
		expect(uzbekToLatin('мен ерда, елка')).toBe('men yerda, yelka');
		expect(uzbekToLatin('«ер»')).toBe('«yer»');
	});

	test('ь disappears and makes the next е "ye"', () => {
		expect(uzbekToLatin('мультфильм')).toBe('multfilm');
	});
});
