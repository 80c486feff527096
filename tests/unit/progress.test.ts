import { describe, expect, test } from 'vitest';
import { answerKeyFingerprint } from '../../src/lib/answer-key.ts';
import type { Question } from '../../src/lib/schemas.ts';
import {
	PROGRESS_KEY,
	emptyProgress,
	loadProgress,
	parseProgress,
	quizRecord,
	recordAttempt,
	saveCurrentAttempt,
	saveProgress,
} from '../../src/lib/progress.ts';
import { MemoryStorage } from './memory-storage.ts';

const at = new Date('2026-11-23T10:00:00Z');

describe('progress storage', () => {
	test('records attempts and keeps the best score', () => {
		let progress = recordAttempt(emptyProgress(), { quizId: 'q', key: 'k1', score: 3, total: 6, at });
		progress = recordAttempt(progress, { quizId: 'q', key: 'k1', score: 2, total: 6, at });
		expect(quizRecord(progress, 'q', 'k1')).toEqual({ best: 3, total: 6, attempts: 2, key: 'k1', updated: at.toISOString() });
	});

	test('round-trips through storage', () => {
		const storage = new MemoryStorage();
		const progress = recordAttempt(emptyProgress(), { quizId: 'q', key: 'k1', score: 4.5, total: 6, at });
		expect(saveProgress(storage, progress)).toBe(true);
		expect(loadProgress(storage)).toEqual(progress);
	});

	test('a changed quiz (new answer key) starts over', () => {
		const progress = recordAttempt(emptyProgress(), { quizId: 'q', key: 'old', score: 6, total: 6, at });
		expect(quizRecord(progress, 'q', 'new')).toBeUndefined();
		const next = recordAttempt(progress, { quizId: 'q', key: 'new', score: 1, total: 7, at });
		expect(quizRecord(next, 'q', 'new')).toMatchObject({ best: 1, attempts: 1, total: 7 });
	});

	test.each([
		['nothing stored', null],
		['not JSON', '{broken'],
		['JSON null', 'null'],
		['an array', '[1,2]'],
		['an old version', JSON.stringify({ version: 0, quizzes: {} })],
		['quizzes not an object', JSON.stringify({ version: 1, quizzes: 'x' })],
	])('%s gives empty progress', (_name, text) => {
		expect(parseProgress(text)).toEqual(emptyProgress());
	});

	test('keeps valid records and drops broken ones', () => {
		const good = { best: 2, total: 5, attempts: 1, key: 'k', updated: 'x' };
		const text = JSON.stringify({
			version: 1,
			quizzes: { good, negative: { ...good, best: -1 }, over: { ...good, best: 9 }, text: 'hello', missing: { best: 1 } },
		});
		expect(parseProgress(text).quizzes).toEqual({ good });
	});

	test('a "__proto__" record cannot change the prototype', () => {
		const text = `{"version":1,"quizzes":{"__proto__":{"best":1,"total":1,"attempts":1,"key":"k","updated":"x"}}}`;
		const progress = parseProgress(text);
		expect(Object.getPrototypeOf(progress.quizzes)).toBe(Object.prototype);
		expect(Object.keys(progress.quizzes)).toEqual([]);
	});

	test('storage that throws (private mode, full quota) never breaks the page', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(loadProgress(throwing)).toEqual(emptyProgress());
		expect(saveProgress(throwing, emptyProgress())).toBe(false);
		expect(saveProgress(undefined, emptyProgress())).toBe(false);
	});

	test('uses one documented key', () => {
		const storage = new MemoryStorage();
		saveProgress(storage, emptyProgress());
		expect([...storage.items.keys()]).toEqual([PROGRESS_KEY]);
	});
});

describe('the attempt in progress', () => {
	test('is stored with its seed and answers, and ends when the attempt is recorded', () => {
		const current = { seed: 42, answers: { first: ['a'], second: ['x', 'y'] } };
		let progress = saveCurrentAttempt(emptyProgress(), 'q', 'k', current, at);
		expect(parseProgress(JSON.stringify(progress)).quizzes.q?.current).toEqual(current);
		expect(quizRecord(progress, 'q', 'k')).toMatchObject({ attempts: 0, total: 0 });
		progress = recordAttempt(progress, { quizId: 'q', key: 'k', score: 2, total: 2, at });
		expect(quizRecord(progress, 'q', 'k')?.current).toBeUndefined();
	});
	test('is dropped when the quiz changes', () => {
		const progress = saveCurrentAttempt(emptyProgress(), 'q', 'old', { seed: 1, answers: { a: ['b'] } }, at);
		expect(quizRecord(progress, 'q', 'new')).toBeUndefined();
	});
	test('drops malformed answers but keeps the rest', () => {
		const text = JSON.stringify({
			version: 1,
			quizzes: { q: { best: 0, total: 0, attempts: 0, key: 'k', updated: 'x', current: { seed: 7, answers: { ok: ['a'], bad: 'a', worse: [1] } } } },
		});
		expect(parseProgress(text).quizzes.q?.current).toEqual({ seed: 7, answers: { ok: ['a'] } });
	});
	test('a current attempt without a seed is ignored', () => {
		const text = JSON.stringify({ version: 1, quizzes: { q: { best: 0, total: 0, attempts: 0, key: 'k', updated: 'x', current: { answers: {} } } } });
		expect(parseProgress(text).quizzes.q?.current).toBeUndefined();
	});
});

describe('a stored record that does not fit the quiz', () => {
	const stale = (record: Record<string, unknown>) => ({ ...emptyProgress(), quizzes: { q: { attempts: 3, key: 'k', updated: 'x', ...record } } }) as never;

	test('a record for another number of questions cannot wipe a new attempt (issue 10, #21)', () => {
		const progress = recordAttempt(stale({ best: 50, total: 60 }), { quizId: 'q', key: 'k', score: 5, total: 8, at });
		expect(quizRecord(progress, 'q', 'k')).toEqual({ best: 5, total: 8, attempts: 1, key: 'k', updated: at.toISOString() });
		// What was saved loads back: the loader does not reject it.
		const storage = new MemoryStorage();
		expect(saveProgress(storage, progress)).toBe(true);
		expect(loadProgress(storage).quizzes.q).toEqual({ best: 5, total: 8, attempts: 1, key: 'k', updated: at.toISOString() });
	});

	test.each([
		['best above total', { best: 9, total: 8 }],
		['a negative best', { best: -1, total: 8 }],
		['best not a number', { best: Number.NaN, total: 8 }],
		['an infinite best', { best: Number.POSITIVE_INFINITY, total: 8 }],
		['best as text', { best: '7', total: 8 }],
		['total not a whole number', { best: 1, total: 7.5 }],
		['a negative total', { best: 0, total: -8 }],
		['attempts not a number', { best: 1, total: 8, attempts: 'many' }],
		['negative attempts', { best: 1, total: 8, attempts: -2 }],
		['a best score but no finished attempt', { best: 3, total: 0 }],
	])('%s is dropped before merging', (_name, record) => {
		const progress = recordAttempt(stale(record), { quizId: 'q', key: 'k', score: 2, total: 8, at });
		expect(quizRecord(progress, 'q', 'k')).toEqual({ best: 2, total: 8, attempts: 1, key: 'k', updated: at.toISOString() });
	});

	test('a record that fits is merged: best kept, attempts counted', () => {
		const progress = recordAttempt(stale({ best: 6, total: 8 }), { quizId: 'q', key: 'k', score: 2, total: 8, at });
		expect(quizRecord(progress, 'q', 'k')).toEqual({ best: 6, total: 8, attempts: 4, key: 'k', updated: at.toISOString() });
	});

	test('an unfinished attempt (total 0) is merged into the first finished one', () => {
		let progress = saveCurrentAttempt(emptyProgress(), 'q', 'k', { seed: 1, answers: {} }, at);
		progress = recordAttempt(progress, { quizId: 'q', key: 'k', score: 3, total: 8, at });
		expect(quizRecord(progress, 'q', 'k')).toEqual({ best: 3, total: 8, attempts: 1, key: 'k', updated: at.toISOString() });
	});

	test('quizRecord with the quiz total hides a record of another size (so no "best 50 of 60" is shown)', () => {
		expect(quizRecord(stale({ best: 50, total: 60 }), 'q', 'k', 8)).toBeUndefined();
		expect(quizRecord(stale({ best: 5, total: 8 }), 'q', 'k', 8)).toMatchObject({ best: 5 });
		expect(quizRecord(stale({ best: 0, total: 0 }), 'q', 'k', 8)).toMatchObject({ total: 0 });
		expect(quizRecord(stale({ best: 50, total: 60 }), 'q', 'k')).toMatchObject({ best: 50 });
	});

	test('an attempt in progress next to a record of another size starts a clean record', () => {
		const progress = saveCurrentAttempt(stale({ best: 50, total: 60 }), 'q', 'k', { seed: 9, answers: {} }, at, 8);
		expect(quizRecord(progress, 'q', 'k')).toEqual({ best: 0, total: 0, attempts: 0, key: 'k', updated: at.toISOString(), current: { seed: 9, answers: {} } });
	});
});

describe('answer key fingerprint', () => {
	const options = [
		{ id: 'x', text: 'X', feedback: 'f' },
		{ id: 'y', text: 'Y', feedback: 'f' },
	];
	const questions: Question[] = [
		{ id: 'a', type: 'single', prompt: 'p', explanation: 'e', options, answer: 'x' },
		{ id: 'b', type: 'multiple', prompt: 'p', explanation: 'e', options, answer: ['x', 'y'] },
	];
	test('is stable, and ignores texts (so translations share progress)', () => {
		const translated = structuredClone(questions);
		translated[0]!.prompt = 'Savol';
		expect(answerKeyFingerprint(translated)).toBe(answerKeyFingerprint(questions));
	});
	test('changes when an answer changes', () => {
		const changed = structuredClone(questions);
		changed[1] = { ...changed[1]!, answer: ['x'] } as Question;
		expect(answerKeyFingerprint(changed)).not.toBe(answerKeyFingerprint(questions));
	});
});
