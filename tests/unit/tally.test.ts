import { expect, test } from 'vitest';
import { classroomMove, handCount, shareOf, summariseTally } from '../../src/lib/tally.ts';

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
test('handCount reads what a teacher typed; shareOf is a whole percent or nothing', () => {
	expect([handCount('7'), handCount(3), handCount('2.9'), handCount(''), handCount('-1'), handCount('x'), handCount(Infinity), handCount(0.5)]).toEqual([7, 3, 2, 0, 0, 0, 0, 0]);
	expect([shareOf(1, 3), shareOf(2, 3), shareOf(0, 4), shareOf(0, 0), shareOf(5, 5)]).toEqual([33, 67, 0, undefined, 100]);
});
test('classroom keys: Space, → and Page Down go on; ← and Page Up go back; nothing while typing a tally', () => {
	expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Enter', 'a', 'ArrowUp'].map((key) => classroomMove(key, false))).toEqual(['forward', 'forward', 'forward', 'back', 'back', undefined, undefined, undefined]);
	expect(['ArrowRight', ' ', 'ArrowLeft', 'PageUp'].map((key) => classroomMove(key, true))).toEqual([undefined, undefined, undefined, undefined]);
});
