/** Edges of single question types that the content and the shared tests do not reach. */
import { describe, expect, test } from 'vitest';
import type { XmlKit } from '../../src/lib/question-types/define.ts';
import { numeric, numericBrowser } from '../../src/lib/question-types/numeric.ts';
import { ordering, orderingBrowser, type OrderingGradable } from '../../src/lib/question-types/ordering.ts';
import { trueFalse, trueFalseBrowser } from '../../src/lib/question-types/true-false.ts';

const labels = { true: 'Toʻgʻri', false: 'Notoʻgʻri' };
const letter = (index: number) => 'AB'[index]!;
const base = { id: 'q', prompt: 'Q?', explanation: 'Because.' };

describe('numeric', () => {
	const question = { type: 'numeric', answer: 12.5, tolerance: 0.5 } as const;
	test('a question read back from the page needs a number answer and, if any, a number tolerance', () => {
		expect(numericBrowser.isGradable({ type: 'numeric', answer: 3 })).toBe(true);
		expect(numericBrowser.isGradable({ type: 'numeric', answer: 3, tolerance: 1 })).toBe(true);
		expect(numericBrowser.isGradable({ type: 'numeric', answer: '3' as never })).toBe(false);
		expect(numericBrowser.isGradable({ type: 'numeric', answer: 3, tolerance: '1' as never })).toBe(false);
	});
	test('only spaces typed is unanswered; spaces around a number are ignored', () => {
		expect(numericBrowser.grade(question, { type: 'text', value: '   ' }).verdict).toBe('unanswered');
		expect(numericBrowser.grade(question, { type: 'text', value: ' 12,2 ' }).verdict).toBe('correct');
		expect(numericBrowser.grade(question, { type: 'text', value: '13,1' }).verdict).toBe('incorrect');
		expect(numericBrowser.answerIds(question)).toEqual([]);
	});
	test('the answer key names the tolerance and the unit when there are any', () => {
		const key = (extra: { tolerance: number; unit?: string }) => numeric.page.answerKey({ ...base, type: 'numeric', answer: 12.5, feedback: { correct: 'Yes.', incorrect: 'No.' }, ...extra }, { letter, labels }).answer?.text;
		expect(key({ tolerance: 0.5, unit: 'kg' })).toBe('12.5 ± 0.5 kg');
		expect(key({ tolerance: 0 })).toBe('12.5');
	});
});

describe('ordering', () => {
	const question: OrderingGradable = { type: 'ordering', items: [{ id: 'one' }, { id: 'two' }, { id: 'three' }] };
	test('an answer of another kind is unanswered, with every step marked not right', () => {
		expect(orderingBrowser.grade(question, { type: 'choice', chosen: ['one'] })).toMatchObject({
			verdict: 'unanswered',
			parts: [
				{ id: 'one', right: false },
				{ id: 'two', right: false },
				{ id: 'three', right: false },
			],
		});
	});
	test('the right order with a step too many is wrong', () => {
		expect(orderingBrowser.grade(question, { type: 'ordering', order: ['one', 'two', 'three', 'four'] }).verdict).toBe('incorrect');
		expect(orderingBrowser.answerIds(question)).toEqual([]);
	});
	test('names duplicate step ids and texts', () => {
		const items = [
			{ id: 'a', text: 'Stop' },
			{ id: 'a', text: 'Think' },
			{ id: 'c', text: 'stop ' },
		];
		expect(ordering.content.problems({ ...base, type: 'ordering', items })).toEqual([
			{ code: 'quiz/duplicate-id', field: 'items', message: 'id "a" is used more than once', fix: 'give every option, pair or item its own id' },
			{ code: 'quiz/duplicate-text', field: 'items', message: 'the item text "stop" appears twice, so a learner cannot tell them apart', fix: 'make every text in the question different' },
		]);
	});
});

describe('true-false', () => {
	const question = { type: 'true-false', answer: false } as const;
	test('a question read back from the page needs a boolean answer', () => {
		expect(trueFalseBrowser.isGradable({ type: 'true-false', answer: true })).toBe(true);
		expect(trueFalseBrowser.isGradable({ type: 'true-false', answer: 'false' as never })).toBe(false);
	});
	test('two options chosen, or an unknown one, is unanswered, with both options marked', () => {
		const unanswered = {
			verdict: 'unanswered',
			options: [
				{ id: 'true', chosen: false, isAnswer: false },
				{ id: 'false', chosen: false, isAnswer: true },
			],
		};
		expect(trueFalseBrowser.grade(question, { type: 'choice', chosen: ['true', 'false'] })).toMatchObject(unanswered);
		expect(trueFalseBrowser.grade(question, { type: 'choice', chosen: ['maybe'] })).toMatchObject(unanswered);
		expect(trueFalseBrowser.grade(question, { type: 'choice', chosen: ['false'] }).verdict).toBe('correct');
		expect(trueFalseBrowser.answerIds(question)).toEqual([]);
	});
	const statement = { ...base, type: 'true-false', answer: false, feedback: { true: 'Not so.', false: 'Right.' } } as const;
	test('on paper: one of two lettered options, graded, the right one marked', () => {
		expect(trueFalse.page.printed(statement, { seed: 1, letter, labels })).toEqual({
			kind: 'choice',
			multiple: false,
			graded: true,
			options: [
				{ id: 'true', letter: 'A', text: 'Toʻgʻri', right: false, feedback: 'Not so.' },
				{ id: 'false', letter: 'B', text: 'Notoʻgʻri', right: true, feedback: 'Right.' },
			],
		});
		expect(trueFalse.page.answerKey(statement, { letter, labels })).toEqual({ label: 'ogoh.quiz.correctAnswer', answer: { text: 'Notoʻgʻri', letters: false }, feedback: [{ text: 'Right.' }] });
	});
	test('Moodle XML: full marks on the right value only, each with its feedback', () => {
		const xml: XmlKit = { text: (text) => text, answer: (fraction, text, feedback) => `${fraction}|${text}|${feedback}`, weight: String };
		expect(trueFalse.exports.moodleXml(statement, xml)).toEqual({ type: 'truefalse', defaultGrade: 1, inner: ['0|true|Not so.', '100|false|Right.'] });
	});
});
