/** "How sure are you?" in stored progress: the attempt's sure/unsure lists and the finished record's unsure ids; older data still loads. */
import { describe, expect, test } from 'vitest';
import { parseProgress, recordAttempt, saveCurrentAttempt, emptyProgress, quizRecord } from '../../src/lib/progress.ts';

const good = { best: 2, total: 5, attempts: 1, key: 'k', updated: '2026-11-23T10:00:00.000Z' };
const stored = (record: object) => parseProgress(JSON.stringify({ version: 1, quizzes: { q: record } })).quizzes.q;
const at = new Date('2026-12-01T10:00:00.000Z');

describe('an attempt in progress', () => {
	test('keeps its sure and unsure lists', () => {
		const current = { seed: 7, answers: { a: ['x'] }, checked: ['a'], sure: ['a', 'b'], unsure: ['c'] };
		expect(stored({ ...good, current })?.current).toEqual(current);
	});

	test('stored before "How sure are you?" (no lists) loads as it was', () => {
		const current = { seed: 7, answers: { a: ['x'] }, checked: ['a'] };
		expect(stored({ ...good, current })).toEqual({ ...good, current });
	});

	test.each([
		['not a list', 'a'],
		['a list with a number', ['a', 1]],
		['an empty id', ['']],
		['an empty list', []],
		['too long', Array.from({ length: 101 }, (_, i) => `q${i}`)],
	])('drops a list that is %s, keeping the rest', (_name, list) => {
		expect(stored({ ...good, current: { seed: 1, answers: {}, sure: list, unsure: ['b'] } })?.current).toEqual({ seed: 1, answers: {}, unsure: ['b'] });
		expect(stored({ ...good, current: { seed: 1, answers: {}, sure: ['a'], unsure: list } })?.current).toEqual({ seed: 1, answers: {}, sure: ['a'] });
	});

	test('saving it keeps the last finished attempt\'s unsure ids', () => {
		const finished = recordAttempt(emptyProgress(), { quizId: 'q', key: 'k', score: 1, total: 2, at, unsure: ['b'] });
		const saved = saveCurrentAttempt(finished, 'q', 'k', { seed: 3, answers: {}, unsure: ['a'] }, at, 2);
		expect(quizRecord(saved, 'q', 'k')).toEqual({ best: 1, total: 2, attempts: 1, key: 'k', updated: at.toISOString(), current: { seed: 3, answers: {}, unsure: ['a'] }, unsure: ['b'] });
		expect(saveCurrentAttempt(emptyProgress(), 'q', 'k', { seed: 3, answers: {} }, at).quizzes.q).toEqual({ best: 0, total: 0, attempts: 0, key: 'k', updated: at.toISOString(), current: { seed: 3, answers: {} } });
	});
});

describe('a finished attempt', () => {
	test('records its unsure ids, replacing the last ones; none recorded leaves the field out', () => {
		const first = recordAttempt(emptyProgress(), { quizId: 'q', key: 'k', score: 1, total: 2, at, unsure: ['a', 'b'] });
		expect(first.quizzes.q).toEqual({ best: 1, total: 2, attempts: 1, key: 'k', updated: at.toISOString(), unsure: ['a', 'b'] });
		const second = recordAttempt(first, { quizId: 'q', key: 'k', score: 2, total: 2, at, unsure: [] });
		expect(second.quizzes.q).toEqual({ best: 2, total: 2, attempts: 2, key: 'k', updated: at.toISOString() });
		expect(recordAttempt(first, { quizId: 'q', key: 'k', score: 0, total: 2, at }).quizzes.q?.unsure).toBeUndefined();
	});

	test('round-trips through stored text; an old record without it loads as it was', () => {
		const progress = recordAttempt(emptyProgress(), { quizId: 'q', key: 'k', score: 1, total: 2, at, unsure: ['b'] });
		expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
		expect(stored(good)).toEqual(good);
		expect(stored({ ...good, unsure: 'b' })).toEqual(good);
		expect(stored({ ...good, unsure: [] })).toEqual(good);
		expect(stored({ ...good, unsure: [3] })).toEqual(good);
	});
});
