/**
 * The self-check quiz as rounds and steps, without the DOM (used by quiz-element.ts).
 *
 * A round is the questions in play: all of them at first, then, after "retry only the ones I
 * missed", the graded questions that were not fully right. On a phone the round is shown one
 * question per screen (a step), then a results screen; on a wider screen all at once.
 * Question numbers are indices into the quiz's questions.
 */
import { scoreQuiz, type QuestionResult, type QuizScore } from './grading.ts';

/**
 * Below this width the quiz shows one question at a time: Starlight's own phone layout (the
 * sidebar becomes a menu under 50rem), so a tablet in portrait gets steps too.
 */
export const STEP_MEDIA = '(max-width: 50rem)';

/** A good score (at least this share of the total) gets a celebration. */
export const CELEBRATE_AT = 0.8;

export type Step = number | 'results';

export interface Round {
	/** The questions in play, in page order. */
	questions: readonly number[];
	/** Where the learner is: a position in `questions`, or the results screen. */
	step: Step;
}

export const fullRound = (count: number): Round => ({ questions: Array.from({ length: count }, (_, i) => i), step: 0 });

/** Every question of the round checked. */
export function isComplete(round: Round, results: readonly (QuestionResult | undefined)[]): boolean {
	return round.questions.every((i) => results[i] !== undefined);
}

/** The score of the round's questions only (a retry of missed ones is scored on those). */
export function roundScore(round: Round, results: readonly (QuestionResult | undefined)[], graded: readonly boolean[]): QuizScore {
	return scoreQuiz(
		round.questions.map((i) => results[i]),
		round.questions.map((i) => graded[i]!)
	);
}

/** Graded questions of the round that were not fully right (wrong, partly right or unanswered). */
export function missed(round: Round, results: readonly (QuestionResult | undefined)[], graded: readonly boolean[]): number[] {
	return round.questions.filter((i) => graded[i] && results[i]?.verdict !== 'correct');
}

/** A round of only the missed questions, starting at its first. */
export const missedRound = (round: Round, results: readonly (QuestionResult | undefined)[], graded: readonly boolean[]): Round => ({
	questions: missed(round, results, graded),
	step: 0,
});

/** "3 of 8": the step's place in the round (the results screen counts as the last). */
export function position(round: Round): { current: number; count: number } {
	const count = round.questions.length;
	return { current: round.step === 'results' ? count : round.step + 1, count };
}

/** The question on screen, or none on the results screen. */
export const currentQuestion = (round: Round): number | undefined => (round.step === 'results' ? undefined : round.questions[round.step]);

/** What the forward button does: go to the next question, show the results (all checked), or nothing. */
export function forward(round: Round, complete: boolean): 'next' | 'results' | 'none' {
	if (round.step === 'results') return 'none';
	if (round.step < round.questions.length - 1) return 'next';
	return complete ? 'results' : 'none';
}

/** One step on or back; the results screen goes back to the last question. */
export function move(round: Round, direction: 1 | -1, complete: boolean): Round {
	if (round.step === 'results') return direction === -1 ? { ...round, step: round.questions.length - 1 } : round;
	if (direction === 1) {
		const action = forward(round, complete);
		return action === 'none' ? round : { ...round, step: action === 'results' ? 'results' : round.step + 1 };
	}
	return { ...round, step: Math.max(0, round.step - 1) };
}

/** A calm celebration for a good score: all right, or at least CELEBRATE_AT of the total. */
export function celebration(score: number, total: number): 'perfect' | 'good' | 'none' {
	if (total === 0) return 'none';
	if (score >= total) return 'perfect';
	// In thousandths, so 5.6 of 7 is 80% (5.6 / 7 is 0.7999… in floating point).
	return Math.round((score / total) * 1000) >= CELEBRATE_AT * 1000 ? 'good' : 'none';
}

/**
 * The lesson sections to review: each review entry lists the questions it is about; an entry is
 * shown when any of them was missed. Entries keep their (lesson) order.
 */
export function entriesToReview(entries: readonly (readonly string[])[], missedIds: readonly string[]): number[] {
	const wanted = new Set(missedIds);
	return entries.flatMap((ids, index) => (ids.some((id) => wanted.has(id)) ? [index] : []));
}

export interface ReviewEntry {
	/** The lesson section's anchor, or none: the lesson as a whole. */
	section: string | undefined;
	/** The section's heading as the lesson shows it (none for the whole lesson or an unknown anchor). */
	title: string | undefined;
	/** The questions about it. */
	questions: string[];
}

/**
 * One review link per lesson section the quiz asks about, in the lesson's order, then one to the
 * whole lesson for questions without a section.
 */
export function reviewEntries(questions: readonly { id: string; section?: string | undefined }[], headings: readonly { slug: string; text: string }[]): ReviewEntry[] {
	const bySection = new Map<string | undefined, string[]>();
	for (const { id, section } of questions) bySection.set(section, [...(bySection.get(section) ?? []), id]);
	const at = (section: string | undefined) => headings.findIndex((h) => h.slug === section);
	// Sections in the lesson's order; an anchor that is not a heading after them; the whole lesson last.
	const order = (section: string | undefined) => (section === undefined ? headings.length + 1 : at(section) < 0 ? headings.length : at(section));
	return [...bySection.entries()]
		.sort(([a], [b]) => order(a) - order(b))
		.map(([section, ids]) => ({ section, title: headings.find((h) => h.slug === section)?.text, questions: ids }));
}

/** What an attempt in progress stores of its round: the ids of a "missed ones" round; nothing for the whole quiz. */
export function storedRound(round: Round, ids: readonly string[]): string[] | undefined {
	return round.questions.length === ids.length ? undefined : round.questions.map((i) => ids[i]!);
}

/**
 * The round an attempt in progress comes back to after a reload: the stored "missed ones" in page
 * order (unknown ids dropped; none left means the whole quiz), at its first question not checked.
 */
export function restoredRound(ids: readonly string[], stored: readonly string[] | undefined, checked: ReadonlySet<string>): Round {
	const questions = stored ? ids.flatMap((id, i) => (stored.includes(id) ? [i] : [])) : [];
	const round = questions.length > 0 ? { questions, step: 0 } : fullRound(ids.length);
	return { ...round, step: Math.max(0, round.questions.findIndex((i) => !checked.has(ids[i]!))) };
}
