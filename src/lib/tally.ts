/**
 * Classroom tally: how many raised hands went to right answers; and, when the teacher also counts
 * the hands that were sure, the confident-but-wrong map (confidence.ts has the self-check's side).
 */
export interface TallyResult {
	right: number;
	total: number;
	/** Whole percent of hands on right answers; undefined when nobody was counted. */
	share: number | undefined;
}

/** A count a teacher typed into a number field: anything not a whole number >= 0 counts as 0. */
export function handCount(typed: string | number): number {
	const value = Number(typed);
	return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** `part` of `total` as a whole percent; undefined when nobody was counted. */
export function shareOf(part: number, total: number): number | undefined {
	return total > 0 ? Math.round((part / total) * 100) : undefined;
}

/** Counts come from number fields a teacher types in (read by handCount). */
export function summariseTally(options: readonly { count: string | number; right: boolean }[]): TallyResult {
	let right = 0;
	let total = 0;
	for (const option of options) {
		const count = handCount(option.count);
		total += count;
		if (option.right) right += count;
	}
	return { right, total, share: shareOf(right, total) };
}

/** What a key does in a classroom (projector) mode: go on (reveal, then the next step) or go back. */
export type ClassroomMove = 'forward' | 'back';

/**
 * The keys both classroom modes document: Space, → or Page Down go on, ← or Page Up go back (a
 * presenter's clicker sends Page Up/Down). Keys typed into a field (a tally) move nothing.
 */
export function classroomMove(key: string, inField: boolean): ClassroomMove | undefined {
	if (inField) return undefined;
	if (key === ' ' || key === 'ArrowRight' || key === 'PageDown') return 'forward';
	if (key === 'ArrowLeft' || key === 'PageUp') return 'back';
	return undefined;
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
