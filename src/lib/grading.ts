/**
 * Grading of quiz answers. Pure functions, shared by the browser quiz and the tests.
 *
 * Scoring rules (each graded question is worth 1 point):
 * - single choice, true/false, short text, numeric, ordering: 1 or 0.
 *   Short text ignores case, spaces and hyphens, the apostrophe style (ʻ ' ’ `), ё/е, and
 *   punctuation and quotes around the answer («» „“ "" …); on Uzbek questions (`locale: 'uz'`)
 *   Cyrillic is read as Latin. Numeric accepts answers within `tolerance` and a decimal comma;
 *   ordering needs the exact order.
 * - multiple choice: partial credit. Each correct option chosen earns 1/k (k = number of correct
 *   options); each wrong option chosen takes 1/k away; never below 0. So choosing everything earns
 *   nothing, and only the exact set of correct options earns 1.
 * - matching: the share of left items matched to their own right item.
 * - scenario ("what would you do?"): not graded; it does not count towards the score.
 */
import type { Locale } from './locales.ts';
import type { Question } from './schemas.ts';
import { uzbekToLatin } from './uzbek-script.ts';

/** A learner's response, by question type. */
export type Response =
	| { type: 'choice'; chosen: readonly string[] }
	| { type: 'true-false'; value: boolean | undefined }
	| { type: 'matching'; matches: Readonly<Record<string, string>> }
	| { type: 'ordering'; order: readonly string[] }
	| { type: 'text'; value: string };

/**
 * The parts of a question that grading needs. The browser rebuilds it from the page's data
 * attributes, so texts and feedback are optional here.
 */
export type GradableQuestion =
	| { type: 'single'; options: { id: string }[]; answer: string }
	| { type: 'multiple'; options: { id: string }[]; answer: string[] }
	| { type: 'scenario'; options: { id: string }[] }
	| { type: 'true-false'; answer: boolean }
	| { type: 'matching'; pairs: { id: string }[] }
	| { type: 'ordering'; items: { id: string }[] }
	/** `locale` only where the language changes grading: 'uz' reads Cyrillic answers as Latin. */
	| { type: 'short-text'; answers: string[]; locale?: Locale }
	| { type: 'numeric'; answer: number; tolerance?: number };

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'ungraded';

export interface QuestionResult {
	verdict: Verdict;
	/** Between 0 and 1; 0 for ungraded questions. */
	score: number;
	/** Whether the question counts towards the quiz score. */
	graded: boolean;
	/** Per choice option: whether it was chosen and whether it is right (choice questions only). */
	options: { id: string; chosen: boolean; isAnswer: boolean }[];
	/** Per matching pair or ordering item: whether the learner placed it right. */
	parts: { id: string; right: boolean }[];
}

/** The option ids that are right answers (empty for questions without options). */
export function answerIds(question: GradableQuestion | Question): string[] {
	if (question.type === 'single') return [question.answer];
	if (question.type === 'multiple') return [...question.answer];
	return [];
}

/** Quotes that may wrap a whole answer; the single ones only in pairs (an Uzbek word may end in ʼ). */
const WRAPPERS = /^(?:"(.*)"|«(.*)»|„(.*)[“”"]|“(.*)[”“]|'(.*)'|‘(.*)’|\((.*)\)|\[(.*)\])$/su;
/** Punctuation at either end of a typed answer: full stops, commas, !?;:, ellipsis, dashes, quotes. */
const EDGE_PUNCTUATION = /^[\s.,!?;:…\-–—"«»„“”]+|[\s.,!?;:…\-–—"«»„“”]+$/gu;

/**
 * Case, space and apostrophe-insensitive form of a typed answer, without punctuation or quotes
 * around it, and with ё read as е.
 */
export function normalizeText(text: string): string {
	let value = text.normalize('NFKC').toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
	for (let previous = ''; previous !== value; ) {
		previous = value;
		value = value.replace(EDGE_PUNCTUATION, '');
		const wrapped = WRAPPERS.exec(value);
		if (wrapped) value = wrapped.slice(1).find((group) => group !== undefined)!.trim();
	}
	return value.replace(/[ʻʼ‘’`´']/g, "'");
}

/** The form two answers are compared in: spaces and hyphens do not count ("two-step" = "two step"). */
function answerForm(text: string, locale: Locale | undefined): string {
	return normalizeText(locale === 'uz' ? uzbekToLatin(text) : text).replace(/[\s\-‐‑–—]/g, '');
}

/** A typed number, accepting a decimal comma and spaces between thousands; NaN if not a number. */
export function parseNumber(text: string): number {
	const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
	return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const result = (verdict: Verdict, score: number, extra: Partial<QuestionResult> = {}): QuestionResult => ({
	verdict,
	score,
	graded: verdict !== 'ungraded',
	options: [],
	parts: [],
	...extra,
});

const verdictOf = (score: number): Verdict => (score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect');

function gradeChoice(question: Extract<GradableQuestion, { options: unknown }>, chosen: readonly string[]): QuestionResult {
	const answers = new Set(answerIds(question));
	const valid = new Set(chosen.filter((id) => question.options.some((o) => o.id === id)));
	const options = question.options.map((o) => ({ id: o.id, chosen: valid.has(o.id), isAnswer: answers.has(o.id) }));
	if (valid.size === 0) return result('unanswered', 0, { options, graded: isGraded(question.type) });
	if (question.type === 'scenario') return result('ungraded', 0, { options });
	let score: number;
	if (question.type === 'single') {
		score = valid.size === 1 && answers.has([...valid][0]!) ? 1 : 0;
	} else {
		const right = [...valid].filter((id) => answers.has(id)).length;
		score = Math.max(0, (right - (valid.size - right)) / answers.size);
	}
	return result(verdictOf(score), score, { options });
}

/** Grades one question. A response of the wrong shape counts as unanswered. */
export function gradeQuestion(question: GradableQuestion, response: Response): QuestionResult {
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'scenario':
			return gradeChoice(question, response.type === 'choice' ? response.chosen : []);
		case 'true-false': {
			const value = response.type === 'true-false' ? response.value : undefined;
			if (value === undefined) return result('unanswered', 0);
			return result(value === question.answer ? 'correct' : 'incorrect', value === question.answer ? 1 : 0);
		}
		case 'matching': {
			const matches = response.type === 'matching' ? response.matches : {};
			const parts = question.pairs.map((pair) => ({ id: pair.id, right: matches[pair.id] === pair.id }));
			if (!question.pairs.some((pair) => matches[pair.id])) return result('unanswered', 0, { parts });
			const score = parts.filter((p) => p.right).length / parts.length;
			return result(verdictOf(score), score, { parts });
		}
		case 'ordering': {
			const order = response.type === 'ordering' ? response.order : [];
			const parts = question.items.map((item, index) => ({ id: item.id, right: order[index] === item.id }));
			if (order.length === 0) return result('unanswered', 0, { parts });
			const right = parts.every((p) => p.right) && order.length === question.items.length;
			return result(right ? 'correct' : 'incorrect', right ? 1 : 0, { parts });
		}
		case 'short-text': {
			const value = response.type === 'text' ? answerForm(response.value, question.locale) : '';
			if (!value) return result('unanswered', 0);
			const right = question.answers.some((answer) => answerForm(answer, question.locale) === value);
			return result(right ? 'correct' : 'incorrect', right ? 1 : 0);
		}
		case 'numeric': {
			const raw = response.type === 'text' ? response.value.trim() : '';
			if (!raw) return result('unanswered', 0);
			const value = parseNumber(raw);
			// A small epsilon so that 0.1 + 0.2 style rounding never fails a right answer.
			const right = Number.isFinite(value) && Math.abs(value - question.answer) <= (question.tolerance ?? 0) + 1e-9;
			return result(right ? 'correct' : 'incorrect', right ? 1 : 0);
		}
	}
}

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

/** Whether a question of this type counts towards the score. */
export function isGraded(type: GradableQuestion['type']): boolean {
	return type !== 'scenario';
}
