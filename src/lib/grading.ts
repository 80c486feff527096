/**
 * Grading of quiz answers. Pure functions, shared by the browser quiz and the tests.
 *
 * Scoring rules (each question is worth 1 point):
 * - single choice: 1 when the chosen option is the answer, else 0.
 * - multiple choice: partial credit. Each correct option chosen earns 1/k (k = number of correct
 *   options); each wrong option chosen takes 1/k away; the result never goes below 0. So choosing
 *   everything does not earn points, and only the exact set of correct options earns 1.
 */
import type { Question } from './schemas.ts';

/** The parts of a question that grading needs; the browser rebuilds this from the page. */
export type GradableQuestion =
	| { type: 'single'; options: { id: string }[]; answer: string }
	| { type: 'multiple'; options: { id: string }[]; answer: string[] };

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface OptionResult {
	id: string;
	chosen: boolean;
	/** Whether this option is one of the right answers. */
	isAnswer: boolean;
}

export interface QuestionResult {
	verdict: Verdict;
	/** Between 0 and 1. */
	score: number;
	options: OptionResult[];
}

export function answerIds(question: GradableQuestion | Question): string[] {
	return question.type === 'single' ? [question.answer] : [...question.answer];
}

/** Grades one question; `chosen` holds option ids, unknown ids are ignored. */
export function gradeQuestion(question: GradableQuestion, chosen: readonly string[]): QuestionResult {
	const answers = new Set(answerIds(question));
	const valid = new Set(chosen.filter((id) => question.options.some((o) => o.id === id)));
	const options = question.options.map((o) => ({ id: o.id, chosen: valid.has(o.id), isAnswer: answers.has(o.id) }));
	if (valid.size === 0) return { verdict: 'unanswered', score: 0, options };

	let score: number;
	if (question.type === 'single') {
		score = valid.size === 1 && answers.has([...valid][0]!) ? 1 : 0;
	} else {
		const right = [...valid].filter((id) => answers.has(id)).length;
		const wrong = valid.size - right;
		score = Math.max(0, (right - wrong) / answers.size);
	}
	const verdict: Verdict = score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';
	return { verdict, score, options };
}

export interface QuizScore {
	/** Sum of question scores, rounded to one decimal place for display. */
	score: number;
	total: number;
	answered: number;
}

export function scoreQuiz(results: readonly (QuestionResult | undefined)[]): QuizScore {
	const answered = results.filter((r) => r && r.verdict !== 'unanswered');
	const sum = answered.reduce((total, r) => total + r!.score, 0);
	return { score: Math.round(sum * 10) / 10, total: results.length, answered: answered.length };
}
