import { describe, expect, test } from 'vitest';
import { emptyProgress, hasStoredProgress, PROGRESS_KEY, recordAttempt, saveCurrentAttempt, setLessonDone, type Progress } from '../../src/lib/progress.ts';
import { cardDone, cardState, continueStep, doneCount, isCard, isTitledCard, quizState, stateText, type Card } from '../../src/lib/progress-view.ts';

const t = (minute: number) => new Date(`2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`);
const quiz = (id: string, graded = 4) => ({ id, key: `key-${id}`, graded });
const cards: Card[] = [
	{ lesson: 'a', quiz: quiz('a') },
	{ lesson: 'b', quiz: quiz('b') },
	{ lesson: 'c' },
	{ lesson: 'd', quiz: quiz('d') },
];
const done = (progress: Progress, slug: string, minute: number) => setLessonDone(progress, slug, true, t(minute));
const finish = (progress: Progress, id: string, score: number, minute: number, total = 4) =>
	recordAttempt(progress, { quizId: id, key: `key-${id}`, score, total, at: t(minute) });
const start = (progress: Progress, id: string, minute: number) => saveCurrentAttempt(progress, id, `key-${id}`, { seed: 1, answers: {} }, t(minute), 4);
const STRINGS = { done: '✓ Done', best: 'Best: {best} of {total}', started: 'Quiz started' };

describe('cardState and stateText', () => {
	test('an untouched card has no state and no text', () => {
		const state = cardState(emptyProgress(), cards[0]!);
		expect(state).toEqual({ lessonDone: undefined, quiz: undefined });
		expect(stateText(state, STRINGS)).toBe('');
	});

	test('a lesson done with its quiz finished shows both, the best score of all attempts', () => {
		let progress = done(emptyProgress(), 'a', 1);
		progress = finish(progress, 'a', 3, 2);
		progress = finish(progress, 'a', 2, 3);
		const state = cardState(progress, cards[0]!);
		expect(state).toEqual({ lessonDone: t(1).toISOString(), quiz: { best: 3, total: 4, attempts: 2, inProgress: false, updated: t(3).toISOString() } });
		expect(stateText(state, STRINGS)).toBe('✓ Done · Best: 3 of 4');
	});

	test('a quiz only started says so; once finished, the score wins over "started"', () => {
		const started = start(emptyProgress(), 'b', 1);
		expect(stateText(cardState(started, cards[1]!), STRINGS)).toBe('Quiz started');
		const again = start(finish(started, 'b', 4, 2), 'b', 3);
		expect(cardState(again, cards[1]!).quiz).toEqual({ best: 4, total: 4, attempts: 1, inProgress: true, updated: t(3).toISOString() });
		expect(stateText(cardState(again, cards[1]!), STRINGS)).toBe('Best: 4 of 4');
	});

	test('a record of an older quiz (other key or other number of questions) does not count', () => {
		const other = recordAttempt(emptyProgress(), { quizId: 'a', key: 'old', score: 4, total: 4, at: t(1) });
		expect(quizState(other, quiz('a'))).toBeUndefined();
		const bigger = finish(emptyProgress(), 'a', 5, 1, 9);
		expect(quizState(bigger, quiz('a'))).toBeUndefined();
		expect(quizState(bigger, quiz('a', 9))).toMatchObject({ best: 5, total: 9 });
	});

	test('a lesson marked done in another lesson does not mark this one; a quiz-only card has no lesson', () => {
		const progress = done(emptyProgress(), 'b', 1);
		expect(cardState(progress, cards[0]!).lessonDone).toBeUndefined();
		expect(cardState(progress, { quiz: quiz('b') }).lessonDone).toBeUndefined();
		// An inherited name is not a lesson done.
		expect(cardState(emptyProgress(), { lesson: 'toString' }).lessonDone).toBeUndefined();
	});
});

describe('doneCount', () => {
	test('counts lessons done of the cards with a lesson', () => {
		let progress = done(emptyProgress(), 'a', 1);
		progress = done(progress, 'c', 2);
		progress = finish(progress, 'b', 4, 3);
		const list: Card[] = [...cards, { quiz: quiz('x') }];
		expect(doneCount(list.map((card) => cardState(progress, card)), list)).toEqual({ done: 2, total: 4 });
	});

	test('a list of quizzes counts the quizzes finished at least once', () => {
		const list: Card[] = [{ quiz: quiz('a') }, { quiz: quiz('b') }, { quiz: quiz('d') }, {}];
		let progress = finish(emptyProgress(), 'a', 1, 1);
		progress = start(progress, 'b', 2);
		expect(doneCount(list.map((card) => cardState(progress, card)), list)).toEqual({ done: 1, total: 3 });
	});

	test('nothing done', () => {
		expect(doneCount(cards.map((card) => cardState(emptyProgress(), card)), cards)).toEqual({ done: 0, total: 4 });
		expect(doneCount([], [])).toEqual({ done: 0, total: 0 });
	});
});

describe('continueStep', () => {
	test('nothing done yet: nothing to continue', () => {
		expect(continueStep(emptyProgress(), cards)).toBeUndefined();
	});

	test('a quiz left unfinished last: back to that quiz', () => {
		let progress = done(emptyProgress(), 'a', 1);
		progress = start(progress, 'd', 2);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'd', resume: true });
	});

	test('a lesson just marked done whose quiz was never taken: its quiz', () => {
		let progress = finish(emptyProgress(), 'a', 4, 1);
		progress = done(progress, 'b', 2);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'b', resume: false });
	});

	test('a lesson done after its quiz was started: finish that quiz', () => {
		let progress = start(emptyProgress(), 'b', 1);
		progress = done(progress, 'b', 2);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'b', resume: true });
	});

	test('a quiz finished last: the next lesson not done after it', () => {
		let progress = done(emptyProgress(), 'a', 1);
		progress = done(progress, 'c', 2);
		progress = finish(progress, 'a', 2, 3);
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'b', resume: false });
		progress = done(progress, 'b', 4);
		progress = finish(progress, 'b', 4, 5);
		// c is done: the next is d.
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'd', resume: false });
	});

	test('a lesson without a quiz done last: the next lesson; at the end, back to the first not done', () => {
		let progress = done(emptyProgress(), 'c', 1);
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'd', resume: false });
		progress = done(progress, 'd', 2);
		progress = finish(progress, 'd', 4, 3);
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'a', resume: false });
	});

	test('every lesson done: the first quiz never finished after the latest, then nothing', () => {
		let progress = emptyProgress();
		['a', 'b', 'c', 'd'].forEach((slug, i) => (progress = done(progress, slug, i + 1)));
		progress = finish(progress, 'd', 4, 5);
		progress = finish(progress, 'a', 4, 6);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'b', resume: false });
		progress = start(progress, 'b', 7);
		progress = finish(progress, 'd', 1, 8);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'b', resume: true });
		progress = finish(progress, 'b', 0, 9);
		expect(continueStep(progress, cards)).toBeUndefined();
	});

	test('the latest of a lesson and a quiz on the same card decides', () => {
		// Quiz finished after the lesson: next lesson. Lesson marked after the quiz started: the quiz.
		let progress = done(emptyProgress(), 'a', 1);
		progress = finish(progress, 'a', 4, 2);
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'b', resume: false });
		progress = start(emptyProgress(), 'a', 1);
		progress = done(progress, 'a', 2);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'a', resume: true });
	});

	test('an older quiz on a later card does not outrank a newer lesson', () => {
		let progress = finish(emptyProgress(), 'd', 4, 1);
		progress = done(progress, 'a', 5);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'a', resume: false });
	});

	test('a quiz finished once and started again last: back to that quiz', () => {
		let progress = done(emptyProgress(), 'a', 1);
		progress = finish(progress, 'a', 2, 2);
		progress = start(progress, 'a', 3);
		expect(continueStep(progress, cards)).toEqual({ kind: 'quiz', id: 'a', resume: true });
	});

	test('the only lesson left comes right before the latest one', () => {
		let progress = emptyProgress();
		['a', 'b', 'd'].forEach((slug, i) => (progress = done(progress, slug, i + 1)));
		progress = finish(progress, 'd', 4, 5);
		expect(continueStep(progress, cards)).toEqual({ kind: 'lesson', id: 'c', resume: false });
	});

	test('a quiz-only card is never offered as a lesson', () => {
		const list: Card[] = [{ lesson: 'a' }, { quiz: quiz('q') }, { lesson: 'c' }];
		const progress = done(emptyProgress(), 'a', 1);
		expect(continueStep(progress, list)).toEqual({ kind: 'lesson', id: 'c', resume: false });
	});

	test('only what is in the list counts', () => {
		const progress = done(emptyProgress(), 'elsewhere', 1);
		expect(continueStep(progress, cards)).toBeUndefined();
	});
});

describe('card guards', () => {
	test.each([
		[{}, true, false],
		[{ lesson: 'a' }, true, false],
		[{ lesson: 'a', title: 'A', href: '/a/' }, true, true],
		[{ lesson: 'a', title: 'A', href: '/a/', quiz: { id: 'a', key: 'k', graded: 3 } }, true, false],
		[{ lesson: 'a', title: 'A', href: '/a/', quiz: { id: 'a', key: 'k', graded: 3, href: '/q/' } }, true, true],
		[{ lesson: 1 }, false, false],
		[{ quiz: { id: 'a', key: 'k', graded: 1.5 } }, false, false],
		[{ quiz: { id: 'a', key: 2, graded: 1 } }, false, false],
		[{ quiz: { id: 3, key: 'k', graded: 1 } }, false, false],
		[{ quiz: 'a' }, false, false],
		[{ lesson: 'a', title: 'A' }, true, false],
		[{ lesson: 'a', href: '/a/' }, true, false],
		[{ title: 'A', href: '/a/', quiz: { id: 'a', key: 'k', graded: 3, title: 'Q' } }, true, false],
		[{ title: 'A', href: 7, quiz: { id: 'a', key: 'k', graded: 3, href: '/q/' } }, true, false],
		[null, false, false],
		[['a'], false, false],
	])('%j: card %s, titled card %s', (value, card, titledCard) => {
		expect(isCard(value)).toBe(card);
		expect(isTitledCard(value)).toBe(titledCard);
	});
});

describe('cardDone', () => {
	test('a lesson card is done by its lesson, not by its quiz; a quiz card by a finished quiz', () => {
		const quizOnly: Card = { quiz: quiz('a') };
		const finished = finish(emptyProgress(), 'a', 1, 1);
		expect(cardDone(cards[0]!, cardState(finished, cards[0]!))).toBe(false);
		expect(cardDone(quizOnly, cardState(finished, quizOnly))).toBe(true);
		expect(cardDone(quizOnly, cardState(start(emptyProgress(), 'a', 1), quizOnly))).toBe(false);
		expect(cardDone(cards[0]!, cardState(done(emptyProgress(), 'a', 1), cards[0]!))).toBe(true);
	});
});

describe('hasStoredProgress', () => {
	test('true only when something is stored under the progress key', () => {
		const items = new Map<string, string>();
		const storage = { getItem: (key: string) => items.get(key) ?? null };
		expect(hasStoredProgress(storage)).toBe(false);
		items.set('other', '{}');
		expect(hasStoredProgress(storage)).toBe(false);
		items.set(PROGRESS_KEY, '{"version":1}');
		expect(hasStoredProgress(storage)).toBe(true);
		expect(hasStoredProgress(undefined)).toBe(false);
		expect(hasStoredProgress({ getItem: () => { throw new Error('blocked'); } })).toBe(false);
	});
});
