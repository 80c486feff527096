import { describe, expect, it } from 'vitest';
import { orderedLetters, printSeed, printedQuestion, rightLetters, type PrintedQuestion } from '../../src/lib/print-sheet.ts';
import type { Question } from '../../src/lib/schemas.ts';

const labels = { true: 'Верно', false: 'Неверно' };
const base = { prompt: 'Q?', explanation: 'Because.' };
const option = (id: string) => ({ id, text: `text ${id}`, feedback: `feedback ${id}` });

const single: Question = { ...base, id: 'one', type: 'single', options: ['a', 'b', 'c'].map(option), answer: 'b' };
const multiple: Question = { ...base, id: 'many', type: 'multiple', options: ['a', 'b', 'c', 'd'].map(option), answer: ['a', 'd'] };
const scenario: Question = { ...base, id: 'what', type: 'scenario', options: ['a', 'b'].map(option) };
const trueFalse = (answer: boolean): Question => ({ ...base, id: 'tf', type: 'true-false', answer, feedback: { true: 'yes', false: 'no' } });
const matching: Question = {
	...base,
	id: 'match',
	type: 'matching',
	pairs: ['p', 'q', 'r', 's'].map((id) => ({ id, left: `left ${id}`, right: `right ${id}` })),
};
const ordering: Question = { ...base, id: 'order', type: 'ordering', items: ['s1', 's2', 's3', 's4', 's5'].map((id) => ({ id, text: `step ${id}` })) };

function as<K extends PrintedQuestion['kind']>(printed: PrintedQuestion, kind: K): Extract<PrintedQuestion, { kind: K }> {
	expect(printed.kind).toBe(kind);
	return printed as Extract<PrintedQuestion, { kind: K }>;
}

describe('printedQuestion: choice questions', () => {
	it('letters options in authored order, Cyrillic in Russian, and marks the right ones', () => {
		const printed = as(printedQuestion('quiz', single, 'ru', labels), 'choice');
		expect(printed.options.map((o) => `${o.letter}. ${o.text}`)).toEqual(['А. text a', 'Б. text b', 'В. text c']);
		expect(printed.options.map((o) => o.right)).toEqual([false, true, false]);
		expect(printed.multiple).toBe(false);
		expect(printed.graded).toBe(true);
		expect(rightLetters(printed)).toBe('Б');
	});
	it('names every right option of a multiple-choice question, in printed order', () => {
		const printed = printedQuestion('quiz', multiple, 'en', labels);
		expect(as(printed, 'choice').multiple).toBe(true);
		expect(rightLetters(printed)).toBe('A, D');
		expect(rightLetters(printedQuestion('quiz', multiple, 'ru', labels))).toBe('А, Г');
	});
	it('gives scenarios no right answer and marks them ungraded', () => {
		const printed = as(printedQuestion('quiz', scenario, 'uz', labels), 'choice');
		expect(printed.graded).toBe(false);
		expect(printed.multiple).toBe(false);
		expect(printed.options.some((o) => o.right)).toBe(false);
		expect(rightLetters(printed)).toBe('');
	});
	it('prints true/false as two lettered options in the page language', () => {
		const yes = as(printedQuestion('quiz', trueFalse(true), 'ru', labels), 'choice');
		expect(yes.options.map((o) => `${o.letter}. ${o.text}`)).toEqual(['А. Верно', 'Б. Неверно']);
		expect(rightLetters(yes)).toBe('А');
		expect(rightLetters(printedQuestion('quiz', trueFalse(false), 'ru', labels))).toBe('Б');
	});
	it("carries each option's feedback, for the answer key and the classroom reveal", () => {
		const feedbackOf = (question: Question) => as(printedQuestion('quiz', question, 'en', labels), 'choice').options.map((o) => `${o.letter}: ${o.feedback}`);
		expect(feedbackOf(single)).toEqual(['A: feedback a', 'B: feedback b', 'C: feedback c']);
		expect(feedbackOf(multiple)).toEqual(['A: feedback a', 'B: feedback b', 'C: feedback c', 'D: feedback d']);
		expect(feedbackOf(scenario)).toEqual(['A: feedback a', 'B: feedback b']);
		expect(feedbackOf(trueFalse(false))).toEqual(['A: yes', 'B: no']);
	});
});

describe('printedQuestion: matching', () => {
	const printed = as(printedQuestion('quiz', matching, 'ru', labels), 'matching');
	it('numbers the left items in authored order and letters every right item once', () => {
		expect(printed.pairs.map((p) => `${p.number}. ${p.left}`)).toEqual(['1. left p', '2. left q', '3. left r', '4. left s']);
		expect(printed.rights.map((r) => r.letter)).toEqual(['А', 'Б', 'В', 'Г']);
		expect(printed.rights.map((r) => r.id).sort()).toEqual(['p', 'q', 'r', 's']);
	});
	it('shuffles the right items, so "1 → А, 2 → Б…" is not the answer', () => {
		expect(printed.rights.map((r) => r.id)).not.toEqual(['p', 'q', 'r', 's']);
	});
	it('keys each left item to the letter printed before its own right item', () => {
		for (const pair of printed.pairs) {
			const right = printed.rights.find((r) => r.letter === pair.answer)!;
			expect(right.id).toBe(pair.id);
			expect(right.text).toBe(`right ${pair.id}`);
		}
	});
	it('prints the same order in every language and on every build (seeded by quiz and question)', () => {
		const uz = as(printedQuestion('quiz', matching, 'uz', labels), 'matching');
		expect(uz.rights.map((r) => r.id)).toEqual(printed.rights.map((r) => r.id));
		expect(uz.pairs.map((p) => p.answer)).toEqual(printed.pairs.map((p) => 'АБВГ'.indexOf(p.answer)).map((i) => 'ABCD'[i]));
		expect(printSeed('quiz', 'match')).toBe(printSeed('quiz', 'match'));
		expect(printSeed('quiz', 'match')).not.toBe(printSeed('other', 'match'));
	});
});

describe('printedQuestion: ordering', () => {
	const printed = as(printedQuestion('quiz', ordering, 'en', labels), 'ordering');
	it('letters the steps in a shuffled order, each knowing its right position', () => {
		expect(printed.steps.map((s) => s.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect(printed.steps.map((s) => s.id)).not.toEqual(['s1', 's2', 's3', 's4', 's5']);
		for (const step of printed.steps) expect(step.position).toBe(Number(step.id.slice(1)));
	});
	it('gives the right order as letters', () => {
		const letters = orderedLetters(printed).split(', ');
		expect(letters).toHaveLength(5);
		expect(letters.map((l) => printed.steps.find((s) => s.letter === l)!.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
	});
});

describe('printedQuestion: text answers', () => {
	it('prints a line, with the unit of a numeric answer', () => {
		const verdict = { correct: 'Yes.', incorrect: 'No.' };
		const numeric: Question = { ...base, id: 'n', type: 'numeric', answer: 112, tolerance: 0, unit: 'km', feedback: verdict };
		const text: Question = { ...base, id: 't', type: 'short-text', answers: ['x'], feedback: verdict };
		expect(printedQuestion('quiz', numeric, 'en', labels)).toEqual({ kind: 'text', unit: 'km' });
		expect(printedQuestion('quiz', text, 'en', labels)).toEqual({ kind: 'text', unit: undefined });
		expect(rightLetters(printedQuestion('quiz', text, 'en', labels))).toBe('');
	});
});
