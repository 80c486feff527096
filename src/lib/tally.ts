/** Classroom tally: how many raised hands went to right answers. */
export interface TallyResult {
	right: number;
	total: number;
	/** Whole percent of hands on right answers; undefined when nobody was counted. */
	share: number | undefined;
}

/** A count from a number field a teacher types in: anything not a whole number >= 0 counts as 0. */
export function handCount(count: string | number): number {
	const value = Number(count);
	return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Counts come from number fields a teacher types in (handCount). */
export function summariseTally(options: readonly { count: string | number; right: boolean }[]): TallyResult {
	let right = 0;
	let total = 0;
	for (const option of options) {
		const count = handCount(option.count);
		total += count;
		if (option.right) right += count;
	}
	return { right, total, share: total > 0 ? Math.round((right / total) * 100) : undefined };
}
