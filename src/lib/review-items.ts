/**
 * The review items of "review my mistakes" as stored in progress (progress.ts `review`), and how
 * stored data is read back: apart from the schedule (review-schedule.ts), so that every page that
 * reads progress loads only this much of it.
 *
 * No zod here: this module ships to the browser with every page that reads progress.
 */
import { isRecord } from './data-guards.ts';

/** Days until an item of each stage comes back. */
export const INTERVALS = [1, 3, 7] as const;
/** Items kept on a device; the ones changed longest ago drop off. */
export const MAX_REVIEW_ITEMS = 200;

export interface ReviewItem {
	quiz: string;
	/** The quiz's answer-key fingerprint when the item was made (answer-key.ts). */
	key: string;
	question: string;
	/** Index into INTERVALS: how far along the item is. */
	stage: number;
	/** The day it comes back (YYYY-MM-DD). */
	due: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 100;

/** Stored review items, each checked; anything malformed is dropped, and a quiz's question is kept once (its last). */
export function parseReview(value: unknown): ReviewItem[] {
	if (!Array.isArray(value)) return [];
	const items = new Map<string, ReviewItem>();
	for (const raw of value.slice(-MAX_REVIEW_ITEMS)) {
		if (!isRecord(raw)) continue;
		const { quiz, key, question, stage, due } = raw;
		if (!isId(quiz) || !isId(key) || !isId(question) || typeof due !== 'string' || !DAY.test(due)) continue;
		if (!Number.isInteger(stage) || (stage as number) < 0 || (stage as number) >= INTERVALS.length) continue;
		const id = JSON.stringify([quiz, question]);
		items.delete(id);
		items.set(id, { quiz, key, question, stage: stage as number, due });
	}
	return [...items.values()];
}
