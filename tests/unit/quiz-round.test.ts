/** The self-check's rounds and steps (src/lib/quiz-round.ts): what a phone shows, what counts, what to review. */
import { describe, expect, test } from 'vitest';
import { result } from '../../src/lib/question-types/grading-kit.ts';
import {
	CELEBRATE_AT,
	celebration,
	currentQuestion,
	entriesToReview,
	forward,
	fullRound,
	isComplete,
	missed,
	missedRound,
	move,
	position,
	restoredRound,
	reviewEntries,
	roundScore,
	STEP_MEDIA,
	storedRound,
	type Round,
} from '../../src/lib/quiz-round.ts';

const right = result('correct', 1);
const wrong = result('incorrect', 0);
const partly = result('partial', 0.5);
const scenario = result('ungraded', 0);
// Five questions: the fourth is a scenario (not graded).
const graded = [true, true, true, false, true];

describe('a round', () => {
	test('starts with every question, at the first', () => {
		expect(fullRound(3)).toEqual({ questions: [0, 1, 2], step: 0 });
		expect(fullRound(0)).toEqual({ questions: [], step: 0 });
	});

	test('is complete when every question in it is checked, whatever the others', () => {
		const round: Round = { questions: [1, 3], step: 0 };
		expect(isComplete(round, [undefined, right, undefined, scenario])).toBe(true);
		expect(isComplete(round, [right, right, right, undefined])).toBe(false);
		expect(isComplete(fullRound(2), [right, undefined])).toBe(false);
		expect(isComplete(fullRound(2), [right, wrong])).toBe(true);
	});

	test('is scored on its own questions, scenarios not counted', () => {
		const results = [right, wrong, partly, scenario, right];
		expect(roundScore(fullRound(5), results, graded)).toEqual({ score: 2.5, total: 4, answered: 5, questions: 5 });
		expect(roundScore({ questions: [1, 2], step: 0 }, [undefined, right, partly], graded)).toEqual({ score: 1.5, total: 2, answered: 2, questions: 2 });
		expect(roundScore({ questions: [2, 3], step: 0 }, [right, right, undefined, scenario], graded)).toEqual({ score: 0, total: 1, answered: 1, questions: 2 });
	});

	test('missed: graded questions wrong, partly right or not checked, never scenarios or right ones', () => {
		const results = [right, wrong, partly, scenario, undefined];
		expect(missed(fullRound(5), results, graded)).toEqual([1, 2, 4]);
		expect(missed({ questions: [0, 2, 3], step: 0 }, results, graded)).toEqual([2]);
		expect(missed(fullRound(5), [right, right, right, wrong, right], graded)).toEqual([]);
	});

	test('a retry of the missed questions starts at its first', () => {
		const round: Round = { questions: [0, 1, 2, 3, 4], step: 'results' };
		expect(missedRound(round, [wrong, right, partly, scenario, right], graded)).toEqual({ questions: [0, 2], step: 0 });
		// A second retry keeps to the first retry's questions.
		expect(missedRound({ questions: [0, 2], step: 'results' }, [wrong, right, right, scenario, right], graded)).toEqual({ questions: [0], step: 0 });
	});
});

describe('steps on a phone', () => {
	const round = (step: Round['step']): Round => ({ questions: [2, 5, 7], step });

	test('"2 of 3": the place in the round, the results as its end', () => {
		expect(position(round(0))).toEqual({ current: 1, count: 3 });
		expect(position(round(1))).toEqual({ current: 2, count: 3 });
		expect(position(round('results'))).toEqual({ current: 3, count: 3 });
	});

	test('the question on screen is the round\'s, none on the results', () => {
		expect(currentQuestion(round(0))).toBe(2);
		expect(currentQuestion(round(2))).toBe(7);
		expect(currentQuestion(round('results'))).toBeUndefined();
	});

	test('forward: next until the last question, then the results once all are checked', () => {
		expect(forward(round(0), false)).toBe('next');
		expect(forward(round(1), true)).toBe('next');
		expect(forward(round(2), false)).toBe('none');
		expect(forward(round(2), true)).toBe('results');
		expect(forward(round('results'), true)).toBe('none');
	});

	test('moving on and back stays inside the round', () => {
		expect(move(round(0), 1, false)).toEqual(round(1));
		expect(move(round(1), 1, false)).toEqual(round(2));
		expect(move(round(2), 1, false)).toEqual(round(2));
		expect(move(round(2), 1, true)).toEqual(round('results'));
		expect(move(round('results'), 1, true)).toEqual(round('results'));
		expect(move(round('results'), -1, true)).toEqual(round(2));
		expect(move(round(2), -1, true)).toEqual(round(1));
		expect(move(round(0), -1, true)).toEqual(round(0));
	});

	test('the breakpoint is Starlight\'s phone layout', () => {
		expect(STEP_MEDIA).toBe('(max-width: 50rem)');
	});
});

describe('the celebration', () => {
	test('all right is perfect; from 80% good; below, none', () => {
		expect(CELEBRATE_AT).toBe(0.8);
		expect(celebration(7, 7)).toBe('perfect');
		expect(celebration(8, 10)).toBe('good');
		expect(celebration(7.9, 10)).toBe('none');
		expect(celebration(5.6, 7)).toBe('good');
		expect(celebration(5.5, 7)).toBe('none');
		expect(celebration(0, 3)).toBe('none');
	});
	test('nothing to celebrate in a round without graded questions', () => {
		expect(celebration(0, 0)).toBe('none');
	});
});

describe('what to review', () => {
	const headings = [
		{ slug: 'intro', text: 'Intro' },
		{ slug: 'spot', text: 'How to spot it' },
		{ slug: 'clicked', text: 'If you clicked' },
	];

	test('one entry per section, in the lesson\'s order, then unknown anchors, then the whole lesson', () => {
		const questions = [
			{ id: 'q1', section: 'clicked' },
			{ id: 'q2' },
			{ id: 'q3', section: 'spot' },
			{ id: 'q4', section: 'clicked' },
			{ id: 'q5', section: 'gone' },
			{ id: 'q6', section: undefined },
		];
		expect(reviewEntries(questions, headings)).toEqual([
			{ section: 'spot', title: 'How to spot it', questions: ['q3'] },
			{ section: 'clicked', title: 'If you clicked', questions: ['q1', 'q4'] },
			{ section: 'gone', title: undefined, questions: ['q5'] },
			{ section: undefined, title: undefined, questions: ['q2', 'q6'] },
		]);
	});

	test('the first heading is a section like the others', () => {
		expect(reviewEntries([{ id: 'a', section: 'spot' }, { id: 'b', section: 'intro' }], headings).map((e) => e.section)).toEqual(['intro', 'spot']);
	});

	test('no sections, no headings: one entry for the lesson', () => {
		expect(reviewEntries([{ id: 'a' }, { id: 'b' }], [])).toEqual([{ section: undefined, title: undefined, questions: ['a', 'b'] }]);
	});

	test('an entry is shown when any of its questions was missed', () => {
		const entries = [['q3'], ['q1', 'q4'], ['q2']];
		expect(entriesToReview(entries, ['q4'])).toEqual([1]);
		expect(entriesToReview(entries, ['q2', 'q3'])).toEqual([0, 2]);
		expect(entriesToReview(entries, [])).toEqual([]);
		expect(entriesToReview(entries, ['other'])).toEqual([]);
	});
});

describe('a round after a reload', () => {
	const ids = ['a', 'b', 'c', 'd'];

	test('the whole quiz stores no round; a "missed ones" round stores its ids in page order', () => {
		expect(storedRound(fullRound(4), ids)).toBeUndefined();
		expect(storedRound({ questions: [1, 3], step: 0 }, ids)).toEqual(['b', 'd']);
	});

	test('comes back as the stored round, at its first question not checked', () => {
		expect(restoredRound(ids, ['d', 'b'], new Set())).toEqual({ questions: [1, 3], step: 0 });
		expect(restoredRound(ids, ['b', 'd'], new Set(['a', 'b', 'c']))).toEqual({ questions: [1, 3], step: 1 });
	});

	test('the whole quiz when nothing or nothing known was stored; a fully checked round starts at its first question', () => {
		expect(restoredRound(ids, undefined, new Set(['a']))).toEqual({ questions: [0, 1, 2, 3], step: 1 });
		expect(restoredRound(ids, ['x', 'y'], new Set())).toEqual({ questions: [0, 1, 2, 3], step: 0 });
		expect(restoredRound(ids, [], new Set())).toEqual({ questions: [0, 1, 2, 3], step: 0 });
		expect(restoredRound(ids, ['c'], new Set(['c']))).toEqual({ questions: [2], step: 0 });
	});
});
