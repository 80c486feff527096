/**
 * A question as it is printed on paper (worksheet) and named in the answer key and in classroom
 * mode: everything a learner needs is text with a blank to write in, and every option, item and
 * right-hand side of a pair has a fixed letter in the language of the page.
 *
 * - choice (single, multiple, scenario, true/false): the options lettered in their authored order;
 * - matching: the left items numbered, the right items lettered in a shuffled order (a seed from
 *   the quiz and question ids, so the worksheet, the answer key and the classroom agree);
 * - ordering: the steps lettered in a shuffled order, each with a blank for its position;
 * - short text and numeric: a line to write on.
 *
 * The answer key names the same letters: "1 → В" for matching, "А → 3" for ordering.
 */
import { answerIds } from './grading.ts';
import { optionLetter } from './letters.ts';
import type { Locale } from './locales.ts';
import type { Question } from './schemas.ts';
import { seedFrom, shuffled } from './shuffle.ts';

export interface PrintedOption {
	id: string;
	letter: string;
	text: string;
	/** A right answer (never true for scenarios, which have none). */
	right: boolean;
}

export interface PrintedPair {
	id: string;
	number: number;
	left: string;
	/** The letter of the right-hand item that belongs to this left item. */
	answer: string;
}

export interface PrintedStep {
	id: string;
	letter: string;
	text: string;
	/** The position (1-based) of this step in the right order. */
	position: number;
}

export type PrintedQuestion =
	| { kind: 'choice'; multiple: boolean; graded: boolean; options: PrintedOption[] }
	| { kind: 'matching'; pairs: PrintedPair[]; rights: { id: string; letter: string; text: string }[] }
	| { kind: 'ordering'; steps: PrintedStep[] }
	| { kind: 'text'; unit: string | undefined };

/** Labels of the two options of a true/false question, in the page's language. */
export interface TrueFalseLabels {
	true: string;
	false: string;
}

/** The seed of a question's printed order; the same for every language of a quiz. */
export function printSeed(quizId: string, questionId: string): number {
	return seedFrom(`print/${quizId}/${questionId}`);
}

export function printedQuestion(quizId: string, question: Question, locale: Locale, labels: TrueFalseLabels): PrintedQuestion {
	const seed = printSeed(quizId, question.id);
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'scenario': {
			const answers = question.type === 'scenario' ? [] : answerIds(question);
			return {
				kind: 'choice',
				multiple: question.type === 'multiple',
				graded: question.type !== 'scenario',
				options: question.options.map((option, index) => ({
					id: option.id,
					letter: optionLetter(index, locale),
					text: option.text,
					right: answers.includes(option.id),
				})),
			};
		}
		case 'true-false':
			return {
				kind: 'choice',
				multiple: false,
				graded: true,
				options: [
					{ id: 'true', letter: optionLetter(0, locale), text: labels.true, right: question.answer },
					{ id: 'false', letter: optionLetter(1, locale), text: labels.false, right: !question.answer },
				],
			};
		case 'matching': {
			const rights = shuffled(question.pairs, seed).map((pair, index) => ({ id: pair.id, letter: optionLetter(index, locale), text: pair.right }));
			const letterOf = new Map(rights.map((right) => [right.id, right.letter]));
			return {
				kind: 'matching',
				pairs: question.pairs.map((pair, index) => ({ id: pair.id, number: index + 1, left: pair.left, answer: letterOf.get(pair.id)! })),
				rights,
			};
		}
		case 'ordering': {
			const position = new Map(question.items.map((item, index) => [item.id, index + 1]));
			return {
				kind: 'ordering',
				steps: shuffled(question.items, seed).map((item, index) => ({
					id: item.id,
					letter: optionLetter(index, locale),
					text: item.text,
					position: position.get(item.id)!,
				})),
			};
		}
		case 'short-text':
			return { kind: 'text', unit: undefined };
		case 'numeric':
			return { kind: 'text', unit: question.unit };
	}
}

/** The letters of the right options, in printed order ("А, В"), or '' when there is none. */
export function rightLetters(printed: PrintedQuestion): string {
	return printed.kind === 'choice'
		? printed.options
				.filter((option) => option.right)
				.map((option) => option.letter)
				.join(', ')
		: '';
}

/** The steps' letters in the right order ("В, А, Б"). */
export function orderedLetters(printed: Extract<PrintedQuestion, { kind: 'ordering' }>): string {
	return [...printed.steps]
		.sort((a, b) => a.position - b.position)
		.map((step) => step.letter)
		.join(', ');
}
