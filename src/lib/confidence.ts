/**
 * "How sure are you?": the learner's confidence next to their answer, without the DOM (used by
 * the self-check quiz).
 *
 * Self-check: each graded question may be answered "sure" or "not sure"; the feedback then tells
 * four cases apart (a right answer given sure or as a guess, a confident mistake, an unsure
 * mistake), and the results list the confident mistakes first: those are the ones worth reviewing.
 * A partly right answer counts as a mistake, as in "retry only the ones I missed".
 * Classroom mode's "sure" hands and its confident-but-wrong map are in tally.ts (the classroom's
 * script does not load this module, nor the quiz's that one).
 */
import type { QuestionResult } from './question-types/grading-kit.ts';

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
