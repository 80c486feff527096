/** Phone numbers found in texts (phone-numbers.ts), with exact results per format. */
import { describe, expect, test } from 'vitest';
import { isListedNumber, nationalNumber, phoneMentions } from '../../src/lib/phone-numbers.ts';

const found = (text: string) => phoneMentions(text).map((m) => `${m.text}=${m.digits}`);

describe('phoneMentions', () => {
	test('a tel: link and its visible text are two mentions, in order', () => {
		expect(found('Call <a href="tel:+998 71 123-45-67">+998 71 123-45-67</a> now')).toEqual(['+998 71 123-45-67=+998711234567', '+998 71 123-45-67=+998711234567']);
	});
	test('domestic formats, with and without the trunk 8 and brackets', () => {
		expect(found('Ring 8 (71) 123-45-67 or 71 123-45-67.')).toEqual(['8 (71) 123-45-67=8711234567', '71 123-45-67=711234567']);
		expect(found('call 8 727 123 45 67 then')).toEqual(['8 727 123 45 67=87271234567']);
		expect(found('+7 727 123 45 67')).toEqual(['+7 727 123 45 67=+77271234567']);
	});
	test('a short number counts next to a call word in its sentence, in any of the three languages', () => {
		expect(found('Qoʻngʻiroq qiling: 1050. In 1999 the law changed; 150% more.')).toEqual(['1050=1050']);
		expect(found('Звоните 102, не 1 050 и не 150,5.')).toEqual(['102=102']);
		expect(found('Phone 1050 at 12:30 or 150-5.')).toEqual(['1050=1050']);
		expect(found('x.\n1050 dial')).toEqual(['1050=1050']);
	});
	test('a short number without a call word in its sentence, or glued to other text, is not one', () => {
		expect(found('It costs 150 som. Call us later.')).toEqual([]);
		expect(found('a1050 call')).toEqual([]);
		expect(found('number:1050')).toEqual([]);
		expect(found('Call in 1999')).toEqual([]);
	});
});

describe('nationalNumber', () => {
	test.each([
		['+998711234567', '711234567'],
		['998711234567', '711234567'],
		['87271234567', '7271234567'],
		['77271234567', '7271234567'],
		['8711234567', '711234567'],
		['711234567', '711234567'],
		['1050', '1050'],
		['+99871123456', '99871123456'],
	])('%s → %s', (digits, national) => {
		expect(nationalNumber(digits)).toBe(national);
	});
});

describe('isListedNumber', () => {
	test('matches whatever the format of either side', () => {
		expect(isListedNumber('+998711234567', ['71 123-45-67'])).toBe(true);
		expect(isListedNumber('8711234567', ['+998 71 123 45 67'])).toBe(true);
		expect(isListedNumber('1050', ['1051', '1050'])).toBe(true);
		expect(isListedNumber('1050', ['1051'])).toBe(false);
		expect(isListedNumber('1050', [])).toBe(false);
	});
});

describe('mutation-pinned cases', () => {
	test('a tel: link with a short number, in text order after a number written before it, each number once', () => {
		expect(found('Ring +998 71 123 45 67 or <a href="tel:1050">the line</a>; [us](tel:+998711234567)')).toEqual([
			'+998 71 123 45 67=+998711234567',
			'1050=1050',
			'+998711234567=+998711234567',
		]);
	});
	test('the national part: only 12 digits with 998, 11 with 7 or 8, 10 with 8 lose their prefix; a + only at the start', () => {
		expect(nationalNumber('+998711234567')).toBe('711234567');
		expect(nationalNumber('123456789012')).toBe('123456789012');
		expect(nationalNumber('8712345678')).toBe('712345678');
		expect(nationalNumber('7123456789')).toBe('7123456789');
		expect(nationalNumber('812345')).toBe('812345');
		expect(nationalNumber('1+23')).toBe('1+23');
	});
});
