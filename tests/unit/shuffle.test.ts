import { describe, expect, test } from 'vitest';
import { seedFrom, shuffled } from '../../src/lib/shuffle.ts';

describe('shuffled', () => {
	const items = ['a', 'b', 'c', 'd', 'e'];
	test('the same seed gives the same order (stable within an attempt)', () => {
		expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
	});
	test('keeps every item once', () => {
		expect([...shuffled(items, 123)].sort()).toEqual(items);
	});
	test('never returns the original order, so an ordering question is not given away', () => {
		for (let seed = 0; seed < 500; seed++) expect(shuffled(['x', 'y'], seed)).toEqual(['y', 'x']);
		for (let seed = 0; seed < 500; seed++) expect(shuffled(items, seed)).not.toEqual(items);
	});
	test('different seeds give different orders', () => {
		const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffled(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(20);
	});
	test('seedFrom is stable and spreads', () => {
		expect(seedFrom('quiz/q1')).toBe(seedFrom('quiz/q1'));
		expect(seedFrom('quiz/q1')).not.toBe(seedFrom('quiz/q2'));
	});
});
