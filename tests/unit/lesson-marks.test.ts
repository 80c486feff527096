import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY } from '../../src/lib/browser-storage.ts';
import { isLessonDone, markLessonDone } from '../../src/lib/lesson-marks.ts';
import { emptyProgress, loadProgress, saveProgress } from '../../src/lib/progress.ts';

class MemoryStorage {
	data = new Map<string, string>();
	getItem = (key: string) => this.data.get(key) ?? null;
	setItem = (key: string, value: string) => void this.data.set(key, value);
}
const asStorage = (memory: MemoryStorage) => memory as unknown as Storage;
const AT = new Date('2026-12-01T10:00:00Z');

describe('lesson marks: the lesson page reads and writes its mark without the rest of progress.ts', () => {
	test('a mark written here is what progress.ts reads, and the quiz records stored beside it stay', () => {
		const memory = new MemoryStorage();
		const withQuiz = { ...emptyProgress(), quizzes: { 'phishing-links': { best: 3, total: 5, attempts: 1, key: 'k1', updated: AT.toISOString() } } };
		saveProgress(asStorage(memory), withQuiz);
		expect(markLessonDone(asStorage(memory), 'phishing-links', true, AT)).toBe(true);
		const progress = loadProgress(asStorage(memory));
		expect(progress.lessons).toEqual({ 'phishing-links': { done: '2026-12-01T10:00:00.000Z' } });
		expect(progress.quizzes).toEqual(withQuiz.quizzes);
		expect(isLessonDone(asStorage(memory), 'phishing-links')).toBe(true);
		expect(isLessonDone(asStorage(memory), 'alcohol')).toBe(false);
		expect(markLessonDone(asStorage(memory), 'phishing-links', false, AT)).toBe(true);
		expect(loadProgress(asStorage(memory)).lessons).toEqual({});
		expect(loadProgress(asStorage(memory)).quizzes).toEqual(withQuiz.quizzes);
		expect(isLessonDone(asStorage(memory), 'phishing-links')).toBe(false);
	});

	test('marking one lesson keeps the marks of the others, and unmarking one removes only it', () => {
		const memory = new MemoryStorage();
		const later = new Date('2026-12-02T08:30:00Z');
		expect(markLessonDone(asStorage(memory), 'alcohol', true, AT)).toBe(true);
		expect(markLessonDone(asStorage(memory), 'phishing-links', true, later)).toBe(true);
		expect(loadProgress(asStorage(memory)).lessons).toEqual({ alcohol: { done: '2026-12-01T10:00:00.000Z' }, 'phishing-links': { done: '2026-12-02T08:30:00.000Z' } });
		expect(markLessonDone(asStorage(memory), 'alcohol', false, later)).toBe(true);
		expect(loadProgress(asStorage(memory)).lessons).toEqual({ 'phishing-links': { done: '2026-12-02T08:30:00.000Z' } });
		expect(isLessonDone(asStorage(memory), 'alcohol')).toBe(false);
		expect(isLessonDone(asStorage(memory), 'phishing-links')).toBe(true);
	});

	test('stored data progress.ts would not read is replaced, as saving there does', () => {
		for (const stored of ['not json', JSON.stringify({ version: 2, quizzes: {} }), JSON.stringify({ version: 1 }), JSON.stringify([1])]) {
			const memory = new MemoryStorage();
			memory.setItem(PROGRESS_KEY, stored);
			expect(isLessonDone(asStorage(memory), 'alcohol'), stored).toBe(false);
			expect(markLessonDone(asStorage(memory), 'alcohol', true, AT)).toBe(true);
			expect(JSON.parse(memory.getItem(PROGRESS_KEY)!)).toEqual({ version: 1, quizzes: {}, lessons: { alcohol: { done: '2026-12-01T10:00:00.000Z' } }, simulators: {} });
		}
	});

	test('a mark that is not a record with a date, or an inherited name, is not a mark', () => {
		const memory = new MemoryStorage();
		memory.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, quizzes: {}, lessons: { a: { done: 5 }, b: 'yes', c: { done: 'x' } } }));
		expect(isLessonDone(asStorage(memory), 'a')).toBe(false);
		expect(isLessonDone(asStorage(memory), 'b')).toBe(false);
		expect(isLessonDone(asStorage(memory), 'c')).toBe(true);
		expect(isLessonDone(asStorage(memory), 'toString')).toBe(false);
		memory.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, quizzes: {}, lessons: [] }));
		expect(markLessonDone(asStorage(memory), 'x', true, AT)).toBe(true);
		expect(loadProgress(asStorage(memory)).lessons).toEqual({ x: { done: '2026-12-01T10:00:00.000Z' } });
	});

	test('without storage, or when it throws, nothing is marked and saving says so', () => {
		expect(isLessonDone(undefined, 'alcohol')).toBe(false);
		expect(markLessonDone(undefined, 'alcohol', true, AT)).toBe(false);
		const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
		expect(markLessonDone(full, 'alcohol', true, AT)).toBe(false);
		const blocked = { getItem: () => { throw new Error('SecurityError'); } } as unknown as Storage;
		expect(isLessonDone(blocked, 'alcohol')).toBe(false);
	});
});
