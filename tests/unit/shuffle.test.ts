import { describe, expect, test } from 'vitest';
import { nextSeed, seedFrom, shuffled } from '../../src/lib/shuffle.ts';

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

describe('nextSeed', () => {
	test('the first draw, from the salt and the last seed, when it shows a new order', () => {
		expect(nextSeed(7, 'quiz/2000', String)).toBe(seedFrom('quiz/2000/7'));
	});
	test('draws again while the order would be the last one, and stops at the first new one', () => {
		const first = seedFrom('quiz/2000/7');
		const second = seedFrom(`quiz/2000/${first}`);
		const orderOf = (seed: number) => (seed === 7 || seed === first ? 'same' : `new ${seed}`);
		expect(nextSeed(7, 'quiz/2000', orderOf)).toBe(second);
	});
	test('gives up after a few draws when no other order exists (two options always swap)', () => {
		let draws = 0;
		const orderOf = () => (draws++, 'b,a');
		const seed = nextSeed(7, 'quiz/2000', orderOf, 3);
		expect(draws).toBe(4);
		expect(seed).toBe(seedFrom(`quiz/2000/${seedFrom(`quiz/2000/${seedFrom('quiz/2000/7')}`)}`));
	});
});
