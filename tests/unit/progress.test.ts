import { describe, expect, test } from 'vitest';
import {
	PROGRESS_KEY,
	answerKeyFingerprint,
	emptyProgress,
	loadProgress,
	parseProgress,
	quizRecord,
	recordAttempt,
	saveProgress,
} from '../../src/lib/progress.ts';

class MemoryStorage {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

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

describe('answer key fingerprint', () => {
	const questions = [
		{ id: 'a', type: 'single', answer: 'x' },
		{ id: 'b', type: 'multiple', answer: ['x', 'y'] },
	];
	test('is stable', () => {
		expect(answerKeyFingerprint(questions)).toBe(answerKeyFingerprint(structuredClone(questions)));
	});
	test('changes when an answer changes', () => {
		const changed = [questions[0]!, { ...questions[1]!, answer: ['x'] }];
		expect(answerKeyFingerprint(changed)).not.toBe(answerKeyFingerprint(questions));
	});
});
