/**
 * Grading of quiz answers. Pure functions, shared by the browser quiz and the tests; each type's
 * scoring rule is in its module in src/lib/question-types/ (each graded question is worth 1 point):
 * - single choice, true/false, short text, numeric, ordering: 1 or 0 (ordering needs the exact order);
 * - multiple choice: +1/k per right option chosen, -1/k per wrong one, never below 0;
 * - matching: the share of left items matched to their own right item;
 * - fill in the blanks (cloze): the share of blanks filled right;
 * - scenario ("what would you do?"): not graded; it does not count towards the score.
 */
import type { QuestionResult } from './question-types/grading-kit.ts';

export { gradeQuestion, isGraded, type GradableQuestion } from './question-types/graders.ts';
export { normalizeText, parseNumber, type QuestionResult, type Response, type Verdict } from './question-types/grading-kit.ts';

export interface QuizScore {
	/** Sum of graded question scores, rounded to one decimal place for display. */
	score: number;
	/** Number of graded questions. */
	total: number;
	/** Questions answered so far (graded or not). */
	answered: number;
	/** All questions, graded or not. */
	questions: number;
}

export function scoreQuiz(results: readonly (QuestionResult | undefined)[], graded: readonly boolean[]): QuizScore {
	const answered = results.filter((r) => r && r.verdict !== 'unanswered').length;
	const sum = results.reduce((total, r, i) => total + (graded[i] && r ? r.score : 0), 0);
	return { score: Math.round(sum * 10) / 10, total: graded.filter(Boolean).length, answered, questions: results.length };
}
