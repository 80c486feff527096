/**
 * The browser's view of the registry: grading, what counts, how each type is shown after
 * checking. The quiz's browser script imports this, never schemas.ts, so it does not pull zod
 * (a test reads the built script).
 */
import type { QuestionResult, Response } from './grading-kit.ts';
import { isQuestionType, questionType, type GradableMap, type QuestionType } from './index.ts';

export type GradableQuestion = GradableMap[QuestionType];

function gradeAs<K extends QuestionType>(type: K, question: GradableMap[K], response: Response): QuestionResult {
	return questionType(type).grade(question, response);
}

/** Grades one question. A response of the wrong shape counts as unanswered. */
export function gradeQuestion(question: GradableQuestion, response: Response): QuestionResult {
	return gradeAs(question.type, question, response);
}

/** Whether a question of this type counts towards the score. */
export function isGraded(type: QuestionType): boolean {
	return questionType(type).graded;
}

function answerIdsAs<K extends QuestionType>(type: K, question: GradableMap[K]): string[] {
	return questionType(type).answerIds(question);
}

/** The option ids that are right answers (empty for questions without options). */
export function gradableAnswerIds(question: GradableQuestion): string[] {
	return answerIdsAs(question.type, question);
}

/** Whether a value read from the page is a gradable question of a known type. */
export function isGradableQuestion(value: unknown): value is GradableQuestion {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const record: Record<string, unknown> = { ...value };
	return isQuestionType(record.type) && questionType(record.type).isGradable(record);
}

/** How the self-check shows a type: its field, whether its options are shuffled, which feedback it shows. */
export function display(type: QuestionType) {
	const { field, shuffle, feedback } = questionType(type);
	return { field, shuffle, feedback };
}
