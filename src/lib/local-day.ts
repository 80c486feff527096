/**
 * The learner's own calendar day, for what is due on a day (assignments, review of mistakes). In a
 * module of its own so that a page needing only this loads nothing else.
 */

/** The learner's own calendar day (YYYY-MM-DD), not UTC's. */
export function localDay(now: Date): string {
	return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
