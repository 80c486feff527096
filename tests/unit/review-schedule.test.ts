import { describe, expect, test } from 'vitest';
import { emptyProgress, loadProgress, parseProgress, saveProgress } from '../../src/lib/progress.ts';
import {
	addDays,
	comingLater,
	dueByQuiz,
	INTERVALS,
	liveItems,
	MAX_REVIEW_ITEMS,
	nextReview,
	noteCheck,
	parseReview,
	reviewHref,
	reviewQuestions,
	type ReviewItem,
} from '../../src/lib/review-schedule.ts';
import { MemoryStorage } from './memory-storage.ts';

const wrong = { quiz: 'scams', key: 'k1', question: 'q2', right: false };
const right = { ...wrong, right: true };
const item = (over: Partial<ReviewItem> = {}): ReviewItem => ({ quiz: 'scams', key: 'k1', question: 'q2', stage: 0, due: '2026-12-02', ...over });

describe('addDays', () => {
	test.each([
		['2026-12-01', 1, '2026-12-02'],
		['2026-12-30', 3, '2027-01-02'],
		['2028-02-27', 2, '2028-02-29'],
		['2026-03-28', 7, '2026-04-04'],
		['2026-12-01', 0, '2026-12-01'],
	])('%s + %i days is %s', (day, days, expected) => {
		expect(addDays(day, days)).toBe(expected);
	});
});

describe('the 1, 3, 7 days schedule', () => {
	test('the intervals', () => {
		expect(INTERVALS).toEqual([1, 3, 7]);
	});

	test('a wrong answer comes back the next day', () => {
		expect(noteCheck([], wrong, '2026-12-01')).toEqual([item({ due: '2026-12-02' })]);
	});

	test('a right answer that was not sure comes back the next day too', () => {
		expect(noteCheck([], { ...right, unsure: true }, '2026-12-01')).toEqual([item({ due: '2026-12-02' })]);
	});

	test('a sure right answer to a question never missed adds nothing', () => {
		expect(noteCheck([], right, '2026-12-01')).toEqual([]);
		expect(noteCheck([], { ...right, unsure: false }, '2026-12-01')).toEqual([]);
	});

	test('right when due: 3 days, then 7 days, then done', () => {
		let items = noteCheck([], wrong, '2026-12-01');
		items = noteCheck(items, right, '2026-12-02');
		expect(items).toEqual([item({ stage: 1, due: '2026-12-05' })]);
		items = noteCheck(items, right, '2026-12-06');
		expect(items).toEqual([item({ stage: 2, due: '2026-12-13' })]);
		items = noteCheck(items, right, '2026-12-13');
		expect(items).toEqual([]);
	});

	test('right before it is due changes nothing', () => {
		const items = [item({ stage: 1, due: '2026-12-05' })];
		expect(noteCheck(items, right, '2026-12-04')).toEqual(items);
	});

	test('wrong in a review starts again at 1 day', () => {
		expect(noteCheck([item({ stage: 2, due: '2026-12-13' })], wrong, '2026-12-13')).toEqual([item({ due: '2026-12-14' })]);
	});

	test('right but not sure in a review starts again at 1 day', () => {
		expect(noteCheck([item({ stage: 1, due: '2026-12-05' })], { ...right, unsure: true }, '2026-12-05')).toEqual([item({ due: '2026-12-06' })]);
	});

	test('a question is kept once, moved to the end when it changes; other items stay as they are', () => {
		const other = item({ question: 'q7', due: '2026-12-03' });
		const elsewhere = item({ quiz: 'drugs', key: 'd1', question: 'q1', stage: 1, due: '2026-12-04' });
		expect(noteCheck([item(), other, elsewhere], wrong, '2026-12-02')).toEqual([other, elsewhere, item({ due: '2026-12-03' })]);
		expect(noteCheck([item(), other, elsewhere], right, '2026-12-02')).toEqual([other, elsewhere, item({ stage: 1, due: '2026-12-05' })]);
	});

	test('only the same question of the same quiz is replaced', () => {
		const sameId = item({ quiz: 'drugs', key: 'd1', due: '2026-12-01' });
		const sameQuiz = item({ question: 'q7', due: '2026-12-01' });
		expect(noteCheck([sameId, sameQuiz], wrong, '2026-12-01')).toEqual([sameId, sameQuiz, item()]);
		expect(noteCheck([sameId, sameQuiz], right, '2026-12-01')).toEqual([sameId, sameQuiz]);
	});

	test("a changed quiz (new answer key) drops that quiz's old items, not other quizzes'", () => {
		const elsewhere = item({ quiz: 'drugs', key: 'd1' });
		const old = [item({ key: 'old' }), item({ key: 'old', question: 'q5' }), elsewhere];
		expect(noteCheck(old, { ...wrong, question: 'q9' }, '2026-12-01')).toEqual([elsewhere, item({ question: 'q9' })]);
		expect(noteCheck(old, right, '2026-12-01')).toEqual([elsewhere]);
	});

	test(`at most ${MAX_REVIEW_ITEMS} items: the oldest change drops off`, () => {
		const full = Array.from({ length: MAX_REVIEW_ITEMS }, (_, i) => item({ question: `q${i}` }));
		const next = noteCheck(full, { ...wrong, question: 'new' }, '2026-12-01');
		expect(next).toHaveLength(MAX_REVIEW_ITEMS);
		expect(next[0]).toEqual(item({ question: 'q1' }));
		expect(next.at(-1)).toEqual(item({ question: 'new' }));
	});
});

describe('stored review items', () => {
	test('round-trip with the rest of the progress', () => {
		const storage = new MemoryStorage();
		const progress = { ...emptyProgress(), review: [item(), item({ question: 'q3', stage: 2, due: '2026-12-09' })] };
		expect(saveProgress(storage, progress)).toBe(true);
		expect(loadProgress(storage)).toEqual(progress);
	});

	test('older data without review items still loads', () => {
		const text = JSON.stringify({ version: 1, quizzes: { q: { best: 1, total: 2, attempts: 1, key: 'k', updated: 'x' } } });
		expect(parseProgress(text)).toEqual({ ...emptyProgress(), quizzes: { q: { best: 1, total: 2, attempts: 1, key: 'k', updated: 'x' } }, review: [] });
	});

	test.each([
		['not a list', { a: 1 }],
		['a string', 'x'],
	])('review stored as %s gives none', (_name, review) => {
		expect(parseReview(review)).toEqual([]);
	});

	test('drops malformed items and keeps each question once (its last)', () => {
		const good = item();
		// Each broken one about a question of its own: none is hidden by a later good one.
		const broken = [
			{ quiz: '' },
			{ quiz: 'x'.repeat(101) },
			{ key: 5 },
			{ key: '' },
			{ stage: -1 },
			{ stage: 3 },
			{ stage: 1.5 },
			{ stage: '1' },
			{ due: '2026-12-2' },
			{ due: 20261202 },
			{ due: 'x2026-12-02' },
			{ due: '2026-12-02x' },
		].map((change, i) => ({ ...good, question: `broken${i}`, ...change }));
		const raw = [
			good,
			null,
			'x',
			{ ...good, question: undefined },
			{ ...good, question: 'y'.repeat(101) },
			...broken,
			item({ question: 'q3', stage: 2 }),
			item({ stage: 1, due: '2026-12-05', extra: 'dropped' } as Partial<ReviewItem>),
		];
		expect(parseReview(raw)).toEqual([item({ question: 'q3', stage: 2 }), item({ stage: 1, due: '2026-12-05' })]);
	});

	test('an id of 100 characters is kept, and every stage', () => {
		expect(parseReview([item({ quiz: 'x'.repeat(100) })])).toEqual([item({ quiz: 'x'.repeat(100) })]);
		const stages = [0, 1, 2].map((stage) => item({ question: `q${stage}`, stage }));
		expect(parseReview(stages)).toEqual(stages);
	});

	test('the same question id in two quizzes is two items', () => {
		const two = [item(), item({ quiz: 'drugs', key: 'd1' })];
		expect(parseReview(two)).toEqual(two);
	});

	test(`keeps the last ${MAX_REVIEW_ITEMS} stored`, () => {
		const many = Array.from({ length: MAX_REVIEW_ITEMS + 5 }, (_, i) => item({ question: `q${i}` }));
		const parsed = parseReview(many);
		expect(parsed).toHaveLength(MAX_REVIEW_ITEMS);
		expect(parsed[0]).toEqual(item({ question: 'q5' }));
	});
});

describe('what the review page and the results screen show', () => {
	const quizzes = [
		{ id: 'drugs', key: 'd1' },
		{ id: 'scams', key: 'k1' },
	];
	const items = [
		item({ question: 'q5', due: '2026-12-02' }),
		item({ quiz: 'drugs', key: 'd1', question: 'q1', due: '2026-12-01' }),
		item({ question: 'q2', due: '2026-11-30' }),
		item({ question: 'q3', stage: 1, due: '2026-12-04' }),
		item({ question: 'q4', stage: 1, due: '2026-12-04' }),
		item({ quiz: 'drugs', key: 'd1', question: 'q6', stage: 2, due: '2026-12-03' }),
		item({ quiz: 'gone', key: 'g', question: 'q1', due: '2026-12-01' }),
		item({ quiz: 'drugs', key: 'changed', question: 'q2', due: '2026-12-01' }),
		item({ quiz: 'other', key: 'k1', question: 'q3', due: '2026-12-01' }),
	];

	test('only items of quizzes that exist with the same answer key', () => {
		expect(liveItems(items, quizzes)).toEqual([items[0], items[1], items[2], items[3], items[4], items[5]]);
	});

	test('due today or before, by quiz in the site order', () => {
		expect(dueByQuiz(items, quizzes, '2026-12-02')).toEqual([
			{ quiz: 'drugs', questions: ['q1'] },
			{ quiz: 'scams', questions: ['q5', 'q2'] },
		]);
		expect(dueByQuiz(items, quizzes, '2026-11-29')).toEqual([]);
	});

	test('what comes later, by day', () => {
		expect(comingLater(items, quizzes, '2026-12-01')).toEqual([
			{ due: '2026-12-02', count: 1 },
			{ due: '2026-12-03', count: 1 },
			{ due: '2026-12-04', count: 2 },
		]);
		expect(comingLater(items, quizzes, '2026-12-04')).toEqual([]);
	});

	test("a quiz's next review day and how many come back then", () => {
		expect(nextReview(items, { id: 'scams', key: 'k1' })).toEqual({ due: '2026-11-30', count: 1 });
		expect(nextReview(items.slice(3), { id: 'scams', key: 'k1' })).toEqual({ due: '2026-12-04', count: 2 });
		expect(nextReview(items, { id: 'scams', key: 'other' })).toBeUndefined();
		expect(nextReview([], { id: 'scams', key: 'k1' })).toBeUndefined();
	});

	test('a link to a round of those questions, and back', () => {
		expect(reviewHref('/ru/quizzes/scams/', ['q2', 'q5'])).toBe('/ru/quizzes/scams/?review=q2,q5');
		expect(reviewHref('/quizzes/a/', ['q 1'])).toBe('/quizzes/a/?review=q%201');
		const ids = ['q1', 'q2', 'q5', 'q 1'];
		expect(reviewQuestions('?review=q5,q2,nope', ids)).toEqual(['q2', 'q5']);
		expect(reviewQuestions('?review=q%201', ids)).toEqual(['q 1']);
		expect(reviewQuestions('?review=nope', ids)).toBeUndefined();
		expect(reviewQuestions('?other=q1', ids)).toBeUndefined();
		expect(reviewQuestions('', ids)).toBeUndefined();
	});
});
