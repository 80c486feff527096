import { describe, expect, test } from 'vitest';
import { gradeQuestion, scoreQuiz, type GradableQuestion } from '../../src/lib/grading.ts';

const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const single: GradableQuestion = { type: 'single', options, answer: 'b' };
const multiple: GradableQuestion = { type: 'multiple', options, answer: ['a', 'c'] };

describe('single choice', () => {
	test('the answer scores 1, anything else 0', () => {
		expect(gradeQuestion(single, ['b'])).toMatchObject({ verdict: 'correct', score: 1 });
		expect(gradeQuestion(single, ['a'])).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('no choice is unanswered, not wrong', () => {
		expect(gradeQuestion(single, [])).toMatchObject({ verdict: 'unanswered', score: 0 });
	});
	test('unknown option ids (a tampered page) are ignored', () => {
		expect(gradeQuestion(single, ['zzz'])).toMatchObject({ verdict: 'unanswered' });
		expect(gradeQuestion(single, ['b', 'zzz'])).toMatchObject({ verdict: 'correct' });
	});
	test('two choices for a single-choice question do not score', () => {
		expect(gradeQuestion(single, ['a', 'b'])).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('reports per option what was chosen and what is right', () => {
		expect(gradeQuestion(single, ['a']).options).toEqual([
			{ id: 'a', chosen: true, isAnswer: false },
			{ id: 'b', chosen: false, isAnswer: true },
			{ id: 'c', chosen: false, isAnswer: false },
			{ id: 'd', chosen: false, isAnswer: false },
		]);
	});
});

describe('multiple choice (partial credit)', () => {
	test('exactly the right set scores 1', () => {
		expect(gradeQuestion(multiple, ['c', 'a'])).toMatchObject({ verdict: 'correct', score: 1 });
	});
	test('half of the right options scores 0.5', () => {
		expect(gradeQuestion(multiple, ['a'])).toMatchObject({ verdict: 'partial', score: 0.5 });
	});
	test('each wrong choice cancels a right one', () => {
		expect(gradeQuestion(multiple, ['a', 'c', 'b'])).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(gradeQuestion(multiple, ['a', 'b'])).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('choosing everything earns nothing, and the score never goes below 0', () => {
		expect(gradeQuestion(multiple, ['a', 'b', 'c', 'd'])).toMatchObject({ score: 0 });
		expect(gradeQuestion(multiple, ['b', 'd'])).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('a repeated id counts once', () => {
		expect(gradeQuestion(multiple, ['a', 'a'])).toMatchObject({ score: 0.5 });
	});
});

describe('quiz score', () => {
	test('adds question scores and counts answered questions', () => {
		const results = [gradeQuestion(single, ['b']), gradeQuestion(multiple, ['a']), undefined];
		expect(scoreQuiz(results)).toEqual({ score: 1.5, total: 3, answered: 2 });
	});
	test('rounds to one decimal place', () => {
		const three: GradableQuestion = { type: 'multiple', options, answer: ['a', 'b', 'c'] };
		expect(scoreQuiz([gradeQuestion(three, ['a'])]).score).toBe(0.3);
	});
	test('an empty quiz scores 0 of 0', () => {
		expect(scoreQuiz([])).toEqual({ score: 0, total: 0, answered: 0 });
	});
});
