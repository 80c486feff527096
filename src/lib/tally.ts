/** Classroom tally: how many raised hands went to right answers. */
export interface TallyResult {
	right: number;
	total: number;
	/** Whole percent of hands on right answers; undefined when nobody was counted. */
	share: number | undefined;
}

/** Counts come from number fields a teacher types in: anything not a whole number >= 0 counts as 0. */
export function summariseTally(options: readonly { count: string | number; right: boolean }[]): TallyResult {
	let right = 0;
	let total = 0;
	for (const option of options) {
		const value = Number(option.count);
		const count = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
		total += count;
		if (option.right) right += count;
	}
	return { right, total, share: total > 0 ? Math.round((right / total) * 100) : undefined };
}
