/** What parseProgress keeps and drops, field by field, and the browser edges of progress.ts. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	ASSIGNMENTS_KEY,
	PROGRESS_KEY,
	browserStorage,
	emptyProgress,
	loadProgress,
	parseProgress,
	recordAttempt,
	reportNotSaved,
	setLessonDone,
} from '../../src/lib/progress.ts';

const good = { best: 2, total: 5, attempts: 1, key: 'k', updated: '2026-11-23T10:00:00.000Z' };
const withQuizzes = (quizzes: unknown, extra: object = {}) => JSON.stringify({ version: 1, quizzes, ...extra });
const kept = (record: unknown) => Object.keys(parseProgress(withQuizzes({ q: record })).quizzes);

describe('a stored quiz record', () => {
	test('is kept with exactly its five fields', () => {
		expect(parseProgress(withQuizzes({ q: { ...good, extra: 1 } })).quizzes).toEqual({ q: good });
	});

	test.each([
		['null', null],
		['an array', [1]],
		['best as text', { ...good, best: '2' }],
		['best over total', { ...good, best: 6 }],
		['best negative', { ...good, best: -1 }],
		['total not an integer', { ...good, total: 5.5 }],
		['total infinite (1e999 in JSON)', '1e999'],
		['attempts negative', { ...good, attempts: -1 }],
		['attempts not an integer', { ...good, attempts: 1.5 }],
		['attempts as text', { ...good, attempts: '1' }],
		['key not a string', { ...good, key: 5 }],
		['updated not a string', { ...good, updated: 5 }],
		['no key', { best: 2, total: 5, attempts: 1, updated: 'x' }],
	])('with %s is dropped', (_name, record) => {
		const quizzes = record === '1e999' ? `{"q":{"best":1,"total":1e999,"attempts":1,"key":"k","updated":"x"}}` : JSON.stringify({ q: record });
		expect(parseProgress(`{"version":1,"quizzes":${quizzes}}`).quizzes).toEqual({});
	});

	test('a fractional best (partial credit) and zero attempts are fine', () => {
		expect(kept({ ...good, best: 2.5, attempts: 0 })).toEqual(['q']);
		expect(kept({ ...good, best: 0, total: 0 })).toEqual(['q']);
	});

	test('another version, or quizzes that are not an object, give empty progress', () => {
		expect(parseProgress(JSON.stringify({ version: 2, quizzes: { q: good } }))).toEqual(emptyProgress());
		expect(parseProgress(JSON.stringify({ version: 1, quizzes: [good] }))).toEqual(emptyProgress());
		expect(parseProgress('[1]')).toEqual(emptyProgress());
		expect(parseProgress('')).toEqual(emptyProgress());
		expect(parseProgress(null)).toEqual(emptyProgress());
	});
});

describe('the stored attempt in progress', () => {
	const current = (answers: unknown, seed: unknown = 7) => parseProgress(withQuizzes({ q: { ...good, current: { seed, answers } } })).quizzes.q?.current;

	test('keeps string answers shorter than 500 characters, per question', () => {
		expect(current({ a: ['x', 'y'], b: [], c: ['x'.repeat(499)] })).toEqual({ seed: 7, answers: { a: ['x', 'y'], b: [], c: ['x'.repeat(499)] } });
	});

	test('drops a question whose answers are not all short strings', () => {
		expect(current({ a: ['x', 5], b: [['x']], c: ['x'.repeat(500)], d: 'x', ok: ['y'] })).toEqual({ seed: 7, answers: { ok: ['y'] } });
	});

	test('a "__proto__" question cannot change the prototype of the answers', () => {
		const parsed = parseProgress(`{"version":1,"quizzes":{"q":{"best":2,"total":5,"attempts":1,"key":"k","updated":"x","current":{"seed":1,"answers":{"__proto__":["a"],"b":["c"]}}}}}`);
		const answers = parsed.quizzes.q!.current!.answers;
		expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
		expect(Object.keys(answers)).toEqual(['b']);
	});

	test('the checked questions and a "missed ones" round come back; lists that are not id lists are dropped', () => {
		const withLists = (lists: Record<string, unknown>) => parseProgress(withQuizzes({ q: { ...good, current: { seed: 7, answers: {}, ...lists } } })).quizzes.q?.current;
		expect(withLists({ checked: ['a', 'b'], round: ['b'] })).toEqual({ seed: 7, answers: {}, checked: ['a', 'b'], round: ['b'] });
		expect(withLists({ checked: [] })).toEqual({ seed: 7, answers: {}, checked: [] });
		expect(withLists({ round: [] })).toEqual({ seed: 7, answers: {} });
		expect(withLists({ checked: 'a', round: [1] })).toEqual({ seed: 7, answers: {} });
		expect(withLists({ checked: [''], round: ['x'.repeat(101)] })).toEqual({ seed: 7, answers: {} });
	});

	test('the seed must be an integer and is kept as an unsigned 32-bit number', () => {
		expect(current({}, 1.5)).toBeUndefined();
		expect(current({}, '7')).toBeUndefined();
		expect(current({}, -1)).toEqual({ seed: 4294967295, answers: {} });
		expect(current([], 7)).toBeUndefined();
	});
});

describe('lessons marked as done', () => {
	test('valid entries are kept, others dropped, "__proto__" ignored', () => {
		const text = `{"version":1,"quizzes":{},"lessons":{"a":{"done":"2026-11-23"},"b":{"done":1},"c":"x","__proto__":{"done":"x"}}}`;
		const lessons = parseProgress(text).lessons;
		expect(lessons).toEqual({ a: { done: '2026-11-23' } });
		expect(Object.getPrototypeOf(lessons)).toBe(Object.prototype);
	});

	test('lessons that are not an object give none, quizzes kept', () => {
		expect(parseProgress(withQuizzes({ q: good }, { lessons: ['a'] }))).toEqual({ version: 1, quizzes: { q: good }, lessons: {}, simulators: {}, review: [] });
	});

	test('setLessonDone adds with the time and removes, leaving quizzes and other lessons', () => {
		const start = { ...recordAttempt(emptyProgress(), { quizId: 'q', key: 'k', score: 1, total: 2, at: new Date(0) }), lessons: { other: { done: 'x' } } };
		const done = setLessonDone(start, 'a', true, new Date('2026-11-23T10:00:00Z'));
		expect(done).toEqual({ ...start, lessons: { other: { done: 'x' }, a: { done: '2026-11-23T10:00:00.000Z' } } });
		expect(start.lessons).toEqual({ other: { done: 'x' } });
		expect(setLessonDone(done, 'a', false, new Date())).toEqual(start);
	});
});

describe('scores', () => {
	test('the best of an unfinished record and a first attempt is the attempt', () => {
		const progress = { ...emptyProgress(), quizzes: { q: { best: 0, total: 0, attempts: 0, key: 'k', updated: 'x' } } };
		expect(recordAttempt(progress, { quizId: 'q', key: 'k', score: 1.5, total: 4, at: new Date(0) }).quizzes.q).toEqual({
			best: 1.5,
			total: 4,
			attempts: 1,
			key: 'k',
			updated: '1970-01-01T00:00:00.000Z',
		});
	});
});

describe('browser edges', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	test('the storage keys', () => {
		expect(PROGRESS_KEY).toBe('ogoh:progress');
		expect(ASSIGNMENTS_KEY).toBe('ogoh:assignments');
	});

	test('loadProgress without storage is empty', () => {
		expect(loadProgress(undefined)).toEqual(emptyProgress());
	});

	test('browserStorage gives localStorage, or undefined where reading it throws', () => {
		const storage = { getItem: () => null };
		vi.stubGlobal('localStorage', storage);
		expect(browserStorage()).toBe(storage);
		const blocked = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new Error('SecurityError');
			},
		});
		try {
			expect(browserStorage()).toBeUndefined();
		} finally {
			if (blocked) Object.defineProperty(globalThis, 'localStorage', blocked);
		}
	});

	test('reportNotSaved fills the status next to the feature once per page', () => {
		const region = { textContent: '', dataset: { notSaved: 'Not saved in this browser.' } as DOMStringMap };
		const selectors: string[] = [];
		let filled = false;
		vi.stubGlobal('document', { querySelector: (selector: string) => (selectors.push(selector), filled ? region : null) });
		const near = { querySelector: (selector: string) => (selectors.push(selector), region) } as unknown as Element;
		reportNotSaved(near);
		expect(region.textContent).toBe('Not saved in this browser.');
		expect(selectors).toEqual(['[data-not-saved]:not(:empty)', '[data-not-saved]']);
		region.textContent = 'kept';
		filled = true;
		reportNotSaved(near);
		expect(region.textContent).toBe('kept');
	});

	test('reportNotSaved without a message or region writes nothing', () => {
		vi.stubGlobal('document', { querySelector: () => null });
		const region = { textContent: 'x', dataset: {} as DOMStringMap };
		reportNotSaved({ querySelector: () => region } as unknown as Element);
		expect(region.textContent).toBe('');
		expect(() => reportNotSaved({ querySelector: () => null } as unknown as Element)).not.toThrow();
	});
});
