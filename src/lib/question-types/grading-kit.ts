/**
 * What every question type's grading shares, without zod: the browser quiz imports it.
 * Scoring rules per type are in the type's own module (src/lib/question-types/<type>.ts).
 */
import type { LanguageDefinition } from '../languages.ts';
import { uzbekToLatin } from '../uzbek-script.ts';

/** A learner's response, by the kind of field the question is answered in. */
export type Response =
	| { type: 'choice'; chosen: readonly string[] }
	| { type: 'true-false'; value: boolean | undefined }
	| { type: 'matching'; matches: Readonly<Record<string, string>> }
	| { type: 'ordering'; order: readonly string[] }
	| { type: 'text'; value: string }
	| { type: 'blanks'; values: Readonly<Record<string, string>> };

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'ungraded';

export interface QuestionResult {
	verdict: Verdict;
	/** Between 0 and 1; 0 for ungraded questions. */
	score: number;
	/** Whether the question counts towards the quiz score. */
	graded: boolean;
	/** Per choice option: whether it was chosen and whether it is right (choice questions only). */
	options: { id: string; chosen: boolean; isAnswer: boolean }[];
	/** Per matching pair, ordering item or blank: whether the learner placed or filled it right. */
	parts: { id: string; right: boolean }[];
}

export const result = (verdict: Verdict, score: number, extra: Partial<QuestionResult> = {}): QuestionResult => ({
	verdict,
	score,
	graded: verdict !== 'ungraded',
	options: [],
	parts: [],
	...extra,
});

export { verdictOf } from './choice-score.ts';

/** 1 or 0, as a result. */
export const rightOrWrong = (right: boolean, extra: Partial<QuestionResult> = {}): QuestionResult =>
	result(right ? 'correct' : 'incorrect', right ? 1 : 0, extra);

/** The chosen option ids of a choice response that are options of the question (others are ignored). */
export function chosenOptions(options: readonly { id: string }[], response: Response): Set<string> {
	const chosen = response.type === 'choice' ? response.chosen : [];
	return new Set(chosen.filter((id) => options.some((o) => o.id === id)));
}

/** The typed text of a text response ('' for any other response). */
export const typedText = (response: Response): string => (response.type === 'text' ? response.value : '');

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
export function answerForm(text: string, compare: LanguageDefinition['typedAnswers']): string {
	return normalizeText(compare === 'uzbek-either-script' ? uzbekToLatin(text) : text).replace(/[\s\-‐‑–—]/g, '');
}

/** A typed number, accepting a decimal comma and spaces between thousands; NaN if not a number. */
export function parseNumber(text: string): number {
	const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
	return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
