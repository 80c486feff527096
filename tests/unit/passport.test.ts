import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyStore } from '../../src/lib/assignment-store.ts';
import { decodeAssignment, type KnownIds } from '../../src/lib/assignment.ts';
import { completionCode, isValidCompletionCode } from '../../src/lib/completion-code.ts';
import { emptyProgress, recordAttempt, setLessonDone, type Progress } from '../../src/lib/progress.ts';
import { checkHash, loadName, MAX_NAME, NAME_KEY, passport, passportCells, saveName, TOPIC_DUE, topicAssignment } from '../../src/lib/passport.ts';
import type { Card } from '../../src/lib/progress-view.ts';
import { TOPICS } from '../../src/lib/schemas.ts';
import { MemoryStorage } from './memory-storage.ts';

const broken = {
	getItem(): string {
		throw new Error('blocked');
	},
	setItem(): void {
		throw new Error('full');
	},
	removeItem(): void {
		throw new Error('blocked');
	},
};

const at = new Date('2026-12-01T10:00:00Z');
const cards: Card[] = [{ lesson: 'a', quiz: { id: 'a', key: 'ka', graded: 5 } }, { lesson: 'b' }, { quiz: { id: 'q', key: 'kq', graded: 4 } }];
const known: KnownIds = { lessons: new Set(['a', 'b', 'z']), quizzes: new Set(['a', 'q']), courses: new Map() };

describe('the learner name', () => {
	test('is stored cleaned, under its own key, and read back', () => {
		expect(NAME_KEY).toBe('ogoh:learner-name');
		const storage = new MemoryStorage();
		expect(saveName(storage, '  Dilnoza \u0000 Karimova  ')).toBe(true);
		expect(storage.items.get(NAME_KEY)).toBe('Dilnoza Karimova');
		expect(loadName(storage)).toBe('Dilnoza Karimova');
	});

	test('is cut to MAX_NAME characters, and an empty name is removed', () => {
		const storage = new MemoryStorage();
		saveName(storage, 'x'.repeat(100));
		expect(loadName(storage)).toBe('x'.repeat(MAX_NAME));
		expect(saveName(storage, '   ')).toBe(true);
		expect(storage.items.has(NAME_KEY)).toBe(false);
		expect(loadName(storage)).toBe('');
	});

	test('a blocked or missing storage gives an empty name and a failed save, never a throw', () => {
		expect(loadName(broken)).toBe('');
		expect(loadName(undefined)).toBe('');
		expect(saveName(broken, 'A')).toBe(false);
		expect(saveName(undefined, 'A')).toBe(false);
	});
});

describe('the topic as an assignment', () => {
	test('lists each lesson then its quiz, with the default pass mark and a far due date', () => {
		expect(topicAssignment('cyber', cards)).toEqual({
			cohort: 'cyber',
			due: TOPIC_DUE,
			passMark: 80,
			items: [
				{ kind: 'lesson', id: 'a' },
				{ kind: 'quiz', id: 'a' },
				{ kind: 'lesson', id: 'b' },
				{ kind: 'quiz', id: 'q' },
			],
		});
	});

	test('the group the check page shows is the passport title, cleaned and cut to the link limit', () => {
		expect(topicAssignment('  Паспорт:\n Кибербезопасность ', cards).cohort).toBe('Паспорт: Кибербезопасность');
		expect(topicAssignment('x'.repeat(60), cards).cohort).toBe('x'.repeat(50));
		const result = passport(emptyProgress(), emptyStore(), 'Төлқұжат: Киберқауіпсіздік', cards, known, 1);
		expect(decodeAssignment(result.encoded, known)).toMatchObject({ ok: true, assignment: { cohort: 'Төлқұжат: Киберқауіпсіздік' } });
	});

	test('every passport title in every language fits the link without being cut', () => {
		const files = readdirSync('src/content/i18n');
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const file of files) {
			const strings = JSON.parse(readFileSync(join('src/content/i18n', file), 'utf8')) as Record<string, string>;
			for (const topic of TOPICS) {
				const title = strings['ogoh.passport.title']!.replace('{{topic}}', strings[`ogoh.topic.${topic}`]!);
				expect(title.length, `${file} ${topic}: ${title}`).toBeLessThanOrEqual(50);
			}
		}
	});

	test('its link form opens on the check page as the same assignment', () => {
		const result = passport(emptyProgress(), emptyStore(), 'cyber', cards, known, 1);
		expect(checkHash(result.encoded)).toBe(`#a=${result.encoded}`);
		const decoded = decodeAssignment(result.encoded, known);
		expect(decoded).toEqual({ ok: true, assignment: { ...topicAssignment('cyber', cards), start: undefined, note: undefined, course: undefined } });
	});
});

describe('passport', () => {
	const complete = (): Progress => {
		let progress = setLessonDone(emptyProgress(), 'a', true, at);
		progress = setLessonDone(progress, 'b', true, at);
		progress = recordAttempt(progress, { quizId: 'a', key: 'ka', score: 4, total: 5, at });
		return recordAttempt(progress, { quizId: 'q', key: 'kq', score: 4, total: 4, at });
	};

	test('nothing done: 0 of 4 and no code', () => {
		const store = emptyStore();
		const result = passport(emptyProgress(), store, 'cyber', cards, known, 7);
		expect(result).toEqual({ done: 0, total: 4, encoded: result.encoded, store });
		expect(result.store).toBe(store);
	});

	test('a quiz under the pass mark is not done: no code yet', () => {
		let progress = recordAttempt(emptyProgress(), { quizId: 'a', key: 'ka', score: 3, total: 5, at });
		progress = setLessonDone(setLessonDone(progress, 'a', true, at), 'b', true, at);
		progress = recordAttempt(progress, { quizId: 'q', key: 'kq', score: 4, total: 4, at });
		const result = passport(progress, emptyStore(), 'cyber', cards, known, 7);
		expect([result.done, result.total, result.code]).toEqual([3, 4, undefined]);
		expect(result.store.codes).toEqual({});
	});

	test('all done: the assignment completion code, valid on the check page, kept for this device', () => {
		const result = passport(complete(), emptyStore(), 'cyber', cards, known, 7);
		expect(result.done).toBe(4);
		expect(result.code).toBe(completionCode(result.encoded, 7));
		expect(isValidCompletionCode(result.encoded, result.code!)).toBe(true);
		expect(result.store.codes).toEqual({ [result.encoded]: 7 });
		// Next visit, another random number: the same code.
		expect(passport(complete(), result.store, 'cyber', cards, known, 99).code).toBe(result.code);
	});

	test('an empty topic has no code', () => {
		const result = passport(complete(), emptyStore(), 'cyber', [], known, 7);
		expect([result.done, result.total, result.code]).toEqual([0, 0, undefined]);
	});
});

describe('passportCells', () => {
	const day = (iso: string) => `day ${iso.slice(0, 10)}`;
	test('the day a lesson was finished and the best score', () => {
		const state = { lessonDone: '2026-11-30T09:00:00.000Z', quiz: { best: 7, total: 8, attempts: 2, inProgress: false, updated: '2026-12-01T10:00:00.000Z' } };
		expect(passportCells(state, '—', day)).toEqual({ lesson: 'day 2026-11-30', quiz: '7/8' });
	});
	test('not yet: a lesson not done, a quiz never started or only started', () => {
		expect(passportCells({}, 'Not yet', day)).toEqual({ lesson: 'Not yet', quiz: 'Not yet' });
		const started = { quiz: { best: 0, total: 0, attempts: 0, inProgress: true, updated: '2026-12-01T10:00:00.000Z' } };
		expect(passportCells(started, 'Not yet', day)).toEqual({ lesson: 'Not yet', quiz: 'Not yet' });
	});
});
