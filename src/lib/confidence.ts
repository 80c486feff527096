/**
 * "How sure are you?": the learner's confidence next to their answer, without the DOM (used by
 * the self-check quiz and the classroom mode).
 *
 * Self-check: each graded question may be answered "sure" or "not sure"; the feedback then tells
 * four cases apart (a right answer given sure or as a guess, a confident mistake, an unsure
 * mistake), and the results list the confident mistakes first: those are the ones worth reviewing.
 * A partly right answer counts as a mistake, as in "retry only the ones I missed".
 * Classroom: after the answer is revealed the teacher may count, per wrong letter, the hands that
 * were sure; the summary maps the confident-but-wrong hands per question, highest first.
 */
import type { QuestionResult } from './question-types/grading-kit.ts';
import { handCount } from './tally.ts';

export type Confidence = 'sure' | 'unsure';

/** The four cases of a checked graded question with a confidence given. */
export type ConfidenceVerdict = 'right-sure' | 'right-unsure' | 'wrong-sure' | 'wrong-unsure';

export const isConfidence = (value: unknown): value is Confidence => value === 'sure' || value === 'unsure';

/**
 * The four-way verdict of a checked question: none when no confidence was given, or when the
 * question is not graded (a scenario) or has no answer.
 */
export function confidenceVerdict(result: Pick<QuestionResult, 'verdict' | 'graded'> | undefined, confidence: Confidence | undefined): ConfidenceVerdict | undefined {
	if (!result || !result.graded || !confidence || (result.verdict !== 'correct' && result.verdict !== 'partial' && result.verdict !== 'incorrect')) return undefined;
	return `${result.verdict === 'correct' ? 'right' : 'wrong'}-${confidence}`;
}

/** The confidence of each question, by id, as stored with the attempt (`sure` and `unsure` id lists). */
export function confidenceById(stored: { sure?: readonly string[] | undefined; unsure?: readonly string[] | undefined }): Map<string, Confidence> {
	const map = new Map<string, Confidence>();
	for (const id of stored.sure ?? []) map.set(id, 'sure');
	// Both lists naming one id (edited data): "not sure" wins, so the question comes back for review.
	for (const id of stored.unsure ?? []) map.set(id, 'unsure');
	return map;
}

/** The `sure` and `unsure` id lists to store, in the order of `ids`; empty lists are left out. */
export function storedConfidence(ids: readonly string[], confidence: ReadonlyMap<string, Confidence>): { sure?: string[]; unsure?: string[] } {
	const sure = ids.filter((id) => confidence.get(id) === 'sure');
	const unsure = ids.filter((id) => confidence.get(id) === 'unsure');
	return { ...(sure.length > 0 ? { sure } : {}), ...(unsure.length > 0 ? { unsure } : {}) };
}

/**
 * The confident mistakes among `questions` (indices into `ids`, in the order given): checked,
 * graded, not fully right, and answered "sure". Their ids.
 */
export function confidentMistakes(
	questions: readonly number[],
	ids: readonly string[],
	results: readonly (Pick<QuestionResult, 'verdict' | 'graded'> | undefined)[],
	confidence: ReadonlyMap<string, Confidence>
): string[] {
	return questions.filter((i) => confidenceVerdict(results[i], confidence.get(ids[i]!)) === 'wrong-sure').map((i) => ids[i]!);
}

/** One classroom question's sure hands on its wrong letters, as the teacher typed them. */
export interface SureTally {
	/** The question's number on the slides (1-based). */
	question: number;
	/** What was typed per wrong letter ('' when nothing). */
	sure: readonly (string | number)[];
	/** What was typed per wrong letter for all hands on it, to show "of N". */
	wrong: readonly (string | number)[];
}

export interface ConfidentWrongRow {
	question: number;
	/** Hands that were wrong and sure. */
	sureWrong: number;
	/** All hands on wrong letters. */
	wrong: number;
	/** Bar length: whole percent of the highest `sureWrong` on the map. */
	width: number;
}

const typed = (value: string | number) => String(value).trim() !== '';

/**
 * The confident-but-wrong map: per question where any sure hands were counted, how many hands
 * were sure and wrong, highest first (ties in question order), each bar as a share of the highest.
 */
export function confidentWrongMap(tallies: readonly SureTally[]): ConfidentWrongRow[] {
	const rows = tallies
		.filter((tally) => tally.sure.some(typed))
		.map((tally) => ({
			question: tally.question,
			sureWrong: tally.sure.reduce<number>((sum, value) => sum + handCount(value), 0),
			wrong: tally.wrong.reduce<number>((sum, value) => sum + handCount(value), 0),
		}))
		.sort((a, b) => b.sureWrong - a.sureWrong || a.question - b.question);
	const highest = Math.max(0, ...rows.map((row) => row.sureWrong));
	return rows.map((row) => ({ ...row, width: highest > 0 ? Math.round((row.sureWrong / highest) * 100) : 0 }));
}
