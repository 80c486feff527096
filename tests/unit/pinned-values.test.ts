/**
 * Exact values of the small deterministic helpers: a stored seed, a shuffled order or a completion
 * code made on one version must come out the same on the next (a changed hash would reshuffle
 * every attempt in progress and reject every code already given out).
 */
import { describe, expect, test } from 'vitest';
import { completionCode, isValidCompletionCode, normalizeCode } from '../../src/lib/completion-code.ts';
import { seedFrom, shuffled } from '../../src/lib/shuffle.ts';
import { summariseTally } from '../../src/lib/tally.ts';

describe('seedFrom (FNV-1a, 32 bits)', () => {
	test('known values', () => {
		expect(seedFrom('')).toBe(2166136261);
		expect(seedFrom('a')).toBe(3826002220);
		expect(seedFrom('quiz/q1')).toBe(3469495539);
		expect(seedFrom('Ўзбек')).toBe(4132157466);
	});
});

describe('shuffled (mulberry32 + Fisher-Yates)', () => {
	const items = ['a', 'b', 'c', 'd', 'e'];
	test('known orders', () => {
		expect(shuffled(items, 0).join('')).toBe('ecdab');
		expect(shuffled(items, 7).join('')).toBe('dbcea');
		expect(shuffled(items, 123).join('')).toBe('cebad');
		expect(shuffled(items, 0xffffffff).join('')).toBe('dbcae');
	});
	test('leaves its input alone; zero or one item comes back as it is', () => {
		const input = ['a', 'b', 'c'];
		shuffled(input, 3);
		expect(input).toEqual(['a', 'b', 'c']);
		expect(shuffled([], 1)).toEqual([]);
		expect(shuffled(['x'], 1)).toEqual(['x']);
	});
});

describe('completion codes', () => {
	test('known codes: 4 characters of the random part, 4 of checksum', () => {
		expect(completionCode('abc', 0)).toBe('0000-YYRH');
		expect(completionCode('abc', 31)).toBe('000Z-M6R8');
		expect(completionCode('abc', 32)).toBe('0010-J6Q3');
		expect(completionCode('abc', 0xfffff)).toBe('ZZZZ-XJ30');
		expect(completionCode('xyz', 0x5a5a5)).toBe('B9D5-YZWS');
	});
	test('only the low 20 bits of the random number count', () => {
		expect(completionCode('abc', 0x100000)).toBe('0000-YYRH');
	});
	test('typed loosely: case, spaces, dashes, O for 0, I and L for 1', () => {
		expect(normalizeCode(' 0010 - j6q3 ')).toBe('0010J6Q3');
		expect(normalizeCode('OO1O-J6Q3')).toBe('0010J6Q3');
		expect(normalizeCode('ab\tlo-iO')).toBe('AB1010');
		expect(isValidCompletionCode('abc', 'oo1o j6q3')).toBe(true);
		expect(isValidCompletionCode('abc', '0000yyrh')).toBe(true);
	});
	test('only 8 characters of the alphabet pass', () => {
		expect(isValidCompletionCode('abc', '0000-YYR')).toBe(false);
		expect(isValidCompletionCode('abc', '0000-YYRHH')).toBe(false);
		expect(isValidCompletionCode('abc', 'x0000-YYRH')).toBe(false);
		expect(isValidCompletionCode('abc', '0000-YYRU')).toBe(false);
		expect(isValidCompletionCode('abc', '0000-YYR!')).toBe(false);
		expect(isValidCompletionCode('xyz', '0000-YYRH')).toBe(false);
	});
});

describe('classroom tally', () => {
	test('rounds the share to whole percent', () => {
		expect(summariseTally([{ count: 1, right: true }, { count: 2, right: false }])).toEqual({ right: 1, total: 3, share: 33 });
		expect(summariseTally([{ count: 2, right: true }, { count: 1, right: false }])).toEqual({ right: 2, total: 3, share: 67 });
		expect(summariseTally([{ count: 1, right: true }, { count: 7, right: false }])).toEqual({ right: 1, total: 8, share: 13 });
	});
	test('zero, infinity and fractions under one count nothing; fractions are floored', () => {
		expect(summariseTally([{ count: 'Infinity', right: true }, { count: 0.5, right: true }, { count: 0, right: true }, { count: 1, right: false }])).toEqual({ right: 0, total: 1, share: 0 });
		expect(summariseTally([{ count: '3.9', right: false }, { count: 1.2, right: true }])).toEqual({ right: 1, total: 4, share: 25 });
		expect(summariseTally([])).toEqual({ right: 0, total: 0, share: undefined });
	});
});
