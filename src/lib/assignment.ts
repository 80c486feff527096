/**
 * Assignments without a server: the assignment as data (assignment-model.ts), its link
 * (assignment-link.ts), and here where a learner stands on it. Pages and elements import all
 * three from this module.
 *
 * No zod here: this module ships to the browser.
 */
import type { Assignment } from './assignment-model.ts';

export * from './assignment-model.ts';
export * from './assignment-link.ts';

/** Whole days from `today` to the due date (negative when overdue). Dates are YYYY-MM-DD. */
export function daysUntil(due: string, today: string): number {
	return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Points a quiz needs to count as done: the pass mark of its graded questions, rounded up. */
export function pointsNeeded(passMark: number, total: number): number {
	return Math.max(0, Math.ceil((passMark * total) / 100 - 1e-9));
}

export type ItemStatus =
	| { kind: 'lesson'; id: string; done: boolean }
	| { kind: 'quiz'; id: string; done: boolean; attempted: boolean; best: number; total: number; needed: number };

/**
 * Where the learner stands on each item. A lesson is done when marked finished; a quiz when its
 * best score reaches the pass mark (a quiz taken but failed is not done, and says what it needs).
 * `quizzes` gives a quiz's stored record (already checked against the quiz's current answers) and
 * its number of graded questions, for a quiz not taken yet.
 */
export function itemStatuses(
	assignment: Pick<Assignment, 'items' | 'passMark'>,
	lessonsDone: Readonly<Record<string, unknown>>,
	quiz: (id: string) => { record?: { best: number; total: number; attempts: number } | undefined; graded: number }
): ItemStatus[] {
	return assignment.items.map((item): ItemStatus => {
		if (item.kind === 'lesson') return { kind: 'lesson', id: item.id, done: Object.hasOwn(lessonsDone, item.id) };
		const { record, graded } = quiz(item.id);
		const attempted = Boolean(record && record.attempts > 0);
		const total = attempted ? record!.total : graded;
		const best = attempted ? record!.best : 0;
		const needed = pointsNeeded(assignment.passMark, total);
		return { kind: 'quiz', id: item.id, done: attempted && best >= needed, attempted, best, total, needed };
	});
}
