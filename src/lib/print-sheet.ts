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
import { optionLetter } from './letters.ts';
import type { Locale } from './locales.ts';
import { questionType, type QuestionMap, type QuestionType } from './question-types/index.ts';
import { printSeed, type PrintedQuestion, type TrueFalseLabels } from './question-types/printed.ts';
import type { Question } from './schemas.ts';

export { printSeed, type PrintedOption, type PrintedPair, type PrintedQuestion, type PrintedStep, type TrueFalseLabels } from './question-types/printed.ts';

function printedAs<K extends QuestionType>(type: K, question: QuestionMap[K], quizId: string, locale: Locale, labels: TrueFalseLabels): PrintedQuestion {
	return questionType(type).page.printed(question, { seed: printSeed(quizId, question.id), letter: (index) => optionLetter(index, locale), labels });
}

/** How each type prints is in its module (`printed` in src/lib/question-types/<type>.ts). */
export function printedQuestion(quizId: string, question: Question, locale: Locale, labels: TrueFalseLabels): PrintedQuestion {
	return printedAs(question.type, question, quizId, locale, labels);
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
