import { expect, test } from 'vitest';
import { summariseTally } from '../../src/lib/tally.ts';

test('share of hands on the right answers', () => {
	expect(summariseTally([{ count: '12', right: true }, { count: '6', right: false }, { count: '2', right: false }])).toEqual({ right: 12, total: 20, share: 60 });
});
test('no tally gives no share rather than 0%', () => {
	expect(summariseTally([{ count: '', right: true }, { count: '', right: false }])).toEqual({ right: 0, total: 0, share: undefined });
});
test('typed nonsense, negatives and fractions are read safely', () => {
	expect(summariseTally([{ count: 'abc', right: true }, { count: '-4', right: false }, { count: '2.7', right: true }])).toEqual({ right: 2, total: 2, share: 100 });
});
test('several right options (multiple choice) add up', () => {
	expect(summariseTally([{ count: 3, right: true }, { count: 3, right: true }, { count: 2, right: false }]).share).toBe(75);
});
