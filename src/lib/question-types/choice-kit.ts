/** What the option-based types (single, multiple, scenario) share: options with ids, texts and feedback. */
import { chosenOptions, result, verdictOf, type QuestionResult, type Response } from './grading-kit.ts';
import { duplicateIds, duplicateTexts, duplicates, type AnswerKeyText, type ExampleResponses, type TypeProblem } from './define.ts';
import type { PrintContext, PrintedQuestion } from './printed.ts';

export interface Option {
	id: string;
	text: string;
	feedback: string;
}

/**
 * Grades a choice: `score` gets the valid chosen ids and the right ones (empty for scenarios);
 * nothing valid chosen is unanswered.
 */
export function gradeChoice(
	options: readonly { id: string }[],
	answers: readonly string[],
	response: Response,
	score: ((chosen: Set<string>, answers: Set<string>) => number) | 'ungraded'
): QuestionResult {
	const right = new Set(answers);
	const valid = chosenOptions(options, response);
	const marked = options.map((o) => ({ id: o.id, chosen: valid.has(o.id), isAnswer: right.has(o.id) }));
	if (valid.size === 0) return result('unanswered', 0, { options: marked, graded: score !== 'ungraded' });
	if (score === 'ungraded') return result('ungraded', 0, { options: marked });
	const value = score(valid, right);
	return result(verdictOf(value), value, { options: marked });
}

/** Choosing the right options, and choosing only the first option that is not one. */
export const choiceResponses = (options: readonly { id: string }[], answers: readonly string[]): ExampleResponses => ({
	right: { type: 'choice', chosen: [...answers] },
	wrong: { type: 'choice', chosen: options.filter((o) => !answers.includes(o.id)).slice(0, 1).map((o) => o.id) },
});

export const optionIds = (options: readonly { id: string }[]) => options.map((o) => ({ id: o.id }));

export const isOptionList = (value: unknown): boolean =>
	Array.isArray(value) && value.length > 0 && value.every((o: unknown) => typeof o === 'object' && o !== null && typeof (o as { id?: unknown }).id === 'string');

/** "A. text; C. text": the right options with their letters. */
export function rightOptionsText(options: readonly Option[], answers: readonly string[], letter: (index: number) => string): string {
	return options
		.map((option, index) => ({ option, index }))
		.filter(({ option }) => answers.includes(option.id))
		.map(({ option, index }) => `${letter(index)}. ${option.text}`)
		.join('; ');
}

export function choiceAnswerKey(options: readonly Option[], answers: readonly string[], letter: (index: number) => string): AnswerKeyText {
	return {
		label: 'ogoh.quiz.correctAnswer',
		answer: { text: rightOptionsText(options, answers, letter), letters: true },
		feedback: options.map((option, index) => ({ head: `${letter(index)}.`, text: option.feedback })),
	};
}

export function printedChoice(options: readonly Option[], answers: readonly string[], context: PrintContext, multiple: boolean, graded: boolean): PrintedQuestion {
	return {
		kind: 'choice',
		multiple,
		graded,
		options: options.map((option, index) => ({ id: option.id, letter: context.letter(index), text: option.text, right: answers.includes(option.id), feedback: option.feedback })),
	};
}

/** Duplicate option ids and texts; answers that are not options or are listed twice. */
export function optionProblems(options: readonly Option[], answers: readonly string[]): TypeProblem[] {
	const ids = options.map((o) => o.id);
	const problems = [...duplicateIds('options', ids), ...duplicateTexts('options', 'option', options.map((o) => o.text))];
	for (const answer of answers) {
		if (!ids.includes(answer)) {
			problems.push({ code: 'quiz/answer-not-option', field: 'answer', message: `answer "${answer}" is not one of the options (${ids.join(', ')})`, fix: 'set answer to the id of the correct option' });
		}
	}
	for (const id of duplicates(answers)) {
		problems.push({ code: 'quiz/answer-twice', field: 'answer', message: `answer "${id}" is listed twice`, fix: 'list each correct option once' });
	}
	return problems;
}
