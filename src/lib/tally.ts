/** Classroom tally: how many raised hands went to right answers. */
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
