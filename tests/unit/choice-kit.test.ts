import { describe, expect, test } from 'vitest';
import { gradeChoice, isOptionList, optionProblems } from '../../src/lib/question-types/choice-kit.ts';

const option = (id: string, text = `text ${id}`) => ({ id, text, feedback: '' });

describe('isOptionList (a question read back from the page)', () => {
	test('wants a non-empty list of objects with a string id', () => {
		expect(isOptionList([{ id: 'a' }, { id: 'b', extra: 1 }])).toBe(true);
		expect(isOptionList([])).toBe(false);
		expect(isOptionList({ 0: { id: 'a' }, length: 1 })).toBe(false);
		expect(isOptionList([{ id: 'a' }, null])).toBe(false);
		expect(isOptionList([{ id: 'a' }, 'b'])).toBe(false);
		expect(isOptionList([{ id: 'a' }, { id: 2 }])).toBe(false);
		expect(isOptionList([{ id: 'a' }, {}])).toBe(false);
		// A hole in the list (undefined) is refused, not read as an object.
		expect(isOptionList([{ id: 'a' }, undefined])).toBe(false);
	});
});

describe('optionProblems', () => {
	test('a valid question has none', () => {
		expect(optionProblems([option('a'), option('b')], ['a'])).toEqual([]);
	});
	test('names duplicate ids, texts that differ only in case and spaces, unknown answers and answers listed twice, in that order', () => {
		expect(optionProblems([option('a', 'Say no'), option('a', ' say NO'), option('c')], ['c', 'x', 'c'])).toEqual([
			{ code: 'quiz/duplicate-id', field: 'options', message: 'id "a" is used more than once', fix: 'give every option, pair or item its own id' },
			{ code: 'quiz/duplicate-text', field: 'options', message: 'the option text "say no" appears twice, so a learner cannot tell them apart', fix: 'make every text in the question different' },
			{ code: 'quiz/answer-not-option', field: 'answer', message: 'answer "x" is not one of the options (a, a, c)', fix: 'set answer to the id of the correct option' },
			{ code: 'quiz/answer-twice', field: 'answer', message: 'answer "c" is listed twice', fix: 'list each correct option once' },
		]);
	});
});

describe('gradeChoice with nothing chosen', () => {
	const options = [{ id: 'a' }, { id: 'b' }];
	test('is unanswered, graded for a scored question and ungraded for a scenario, with every option marked', () => {
		const marked = [
			{ id: 'a', chosen: false, isAnswer: true },
			{ id: 'b', chosen: false, isAnswer: false },
		];
		expect(gradeChoice(options, ['a'], { type: 'choice', chosen: [] }, () => 1)).toEqual({ verdict: 'unanswered', score: 0, graded: true, options: marked, parts: [] });
		expect(gradeChoice(options, ['a'], { type: 'choice', chosen: [] }, 'ungraded')).toEqual({ verdict: 'unanswered', score: 0, graded: false, options: marked, parts: [] });
	});
});
