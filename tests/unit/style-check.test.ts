import { describe, expect, test } from 'vitest';
import { bannedWordsIn, phoneNumbersIn, withoutQuotes } from '../../src/lib/style-check.ts';

describe('withoutQuotes (an example of what not to say may be quoted)', () => {
	test('empties each kind of quotation, however long, and keeps the rest', () => {
		expect(withoutQuotes('Say "addict" no more')).toBe('Say "" no more');
		expect(withoutQuotes('a “junkie label” b')).toBe('a "" b');
		expect(withoutQuotes('не «наркоман» и не «нарик»')).toBe('не "" и не ""');
		expect(withoutQuotes('ein „Junkie und mehr“ x')).toBe('ein "" x');
	});
	test('a quotation never runs over a line break', () => {
		expect(withoutQuotes('"open\nclosed"')).toBe('"open\nclosed"');
		expect(withoutQuotes('„open\nclosed“')).toBe('„open\nclosed“');
	});
});

describe('bannedWordsIn', () => {
	test('finds each listed word once, as written, whole words only, outside quotes', () => {
		expect(bannedWordsIn('Addicts and a junkie; "stoner" is quoted; addictive is fine.', 'en')).toEqual(['Addicts', 'junkie']);
		expect(bannedWordsIn('Он не «наркоман», он наркоман.', 'ru')).toEqual(['наркоман']);
	});
	test('a language with no list finds nothing', () => {
		expect(bannedWordsIn('addict', 'xx' as never)).toEqual([]);
	});
});

test('phoneNumbersIn gives each number a text links or writes, once per mention, + kept', () => {
	expect(phoneNumbersIn('Call [1050](tel:1050) or +998 71 123-45-67.')).toEqual(['1050', '1050', '+998711234567']);
});
