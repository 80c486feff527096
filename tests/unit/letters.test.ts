import { describe, expect, it } from 'vitest';
import { optionLetter } from '../../src/lib/letters.ts';

describe('optionLetter', () => {
	it('letters English and Uzbek options A, B, C…', () => {
		expect([0, 1, 2, 3, 4].map((i) => optionLetter(i, 'en'))).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect([0, 1, 2].map((i) => optionLetter(i, 'uz'))).toEqual(['A', 'B', 'C']);
	});
	it('letters Russian options А, Б, В, Г, Д, Е (Cyrillic, as teachers say them)', () => {
		const letters = [0, 1, 2, 3, 4, 5].map((i) => optionLetter(i, 'ru'));
		expect(letters).toEqual(['А', 'Б', 'В', 'Г', 'Д', 'Е']);
		expect(letters.every((l) => /^\p{Script=Cyrillic}$/u.test(l))).toBe(true);
	});
	it('skips Ё and Й, which look like other letters on a projector', () => {
		expect(optionLetter(8, 'ru')).toBe('И');
		expect(optionLetter(9, 'ru')).toBe('К');
	});
	it('refuses an index outside the alphabet', () => {
		expect(() => optionLetter(-1, 'en')).toThrow(RangeError);
		expect(() => optionLetter(26, 'en')).toThrow(/at most 26 options/);
		expect(() => optionLetter(1.5, 'ru')).toThrow(RangeError);
		expect(optionLetter(25, 'en')).toBe('Z');
	});
});
