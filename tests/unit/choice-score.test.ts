import { describe, expect, test } from 'vitest';
import { choiceScore, verdictOf } from '../../src/lib/question-types/choice-score.ts';

describe('choiceScore: the quiz and the lesson checkpoints score a choice alike', () => {
	test('one answer: the right option alone scores 1, anything else 0', () => {
		expect(choiceScore(false, 1, 0, 1)).toBe(1);
		expect(choiceScore(false, 0, 1, 1)).toBe(0);
		expect(choiceScore(false, 1, 1, 1)).toBe(0);
		expect(choiceScore(false, 0, 0, 1)).toBe(0);
	});

	test('one answer is never a share of the right options: one of two right options alone scores 1, both chosen 0', () => {
		// Pinned so that one answer is never scored by the several-answers formula (it would give 0.5 and 1 here).
		expect(choiceScore(false, 1, 0, 2)).toBe(1);
		expect(choiceScore(false, 2, 0, 2)).toBe(0);
	});

	test('several answers: each right one counts, each wrong one takes one away, never below 0', () => {
		expect(choiceScore(true, 2, 0, 2)).toBe(1);
		expect(choiceScore(true, 1, 0, 2)).toBe(0.5);
		expect(choiceScore(true, 2, 1, 3)).toBeCloseTo(1 / 3, 10);
		expect(choiceScore(true, 1, 1, 2)).toBe(0);
		expect(choiceScore(true, 0, 2, 2)).toBe(0);
		expect(choiceScore(true, 3, 0, 4)).toBe(0.75);
	});

	test('the verdict of a score', () => {
		expect(verdictOf(1)).toBe('correct');
		expect(verdictOf(0.5)).toBe('partial');
		expect(verdictOf(0.01)).toBe('partial');
		expect(verdictOf(0)).toBe('incorrect');
	});
});
