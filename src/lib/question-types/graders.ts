/**
 * The browser's view of the registry: grading, what counts, how each type is shown after
 * checking. The quiz's and the checkpoints' browser scripts import this, never index.ts: it takes
 * only each type's browser part (registry.ts), so the browser bundle holds no schema (zod), answer
 * key, export or print code (tests/unit/quiz-script.test.ts reads the built scripts).
 */
import type { BrowserPart, Display } from './define.ts';
import type { QuestionResult, Response } from './grading-kit.ts';
import type { GradableMap, QuestionType } from './index.ts';
import { BROWSER_PARTS } from './registry.ts';

export type GradableQuestion = GradableMap[QuestionType];

/** Every type's browser part, for the gradable form its whole definition makes: a part missing or under another key fails here. */
const BROWSER: { [K in QuestionType]: BrowserPart<GradableMap[K]> } = BROWSER_PARTS;

export function isQuestionType(value: unknown): value is QuestionType {
	return typeof value === 'string' && Object.hasOwn(BROWSER, value);
}

function gradeAs<K extends QuestionType>(type: K, question: GradableMap[K], response: Response): QuestionResult {
	return BROWSER[type].grade(question, response);
}

/** Grades one question. A response of the wrong shape counts as unanswered. */
export function gradeQuestion(question: GradableQuestion, response: Response): QuestionResult {
	return gradeAs(question.type, question, response);
}

/** How the self-check shows a type: whether it counts, its field, whether its options are shuffled, which feedback it shows. */
export function display(type: QuestionType): Display {
	return BROWSER[type].display;
}

/** Whether a question of this type counts towards the score. */
export function isGraded(type: QuestionType): boolean {
	return display(type).graded;
}

function answerIdsAs<K extends QuestionType>(type: K, question: GradableMap[K]): string[] {
	return BROWSER[type].answerIds(question);
}

/** The option ids that are right answers (empty for questions without options). */
export function gradableAnswerIds(question: GradableQuestion): string[] {
	return answerIdsAs(question.type, question);
}

/** Whether a value read from the page is a gradable question of a known type. */
export function isGradableQuestion(value: unknown): value is GradableQuestion {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const record: Record<string, unknown> = { ...value };
	return isQuestionType(record.type) && BROWSER[record.type].isGradable(record);
}
