/**
 * "Review my mistakes": questions answered wrong (or right but not sure) come back after 1, 3 and
 * 7 days, as boosters, on the learner's device only (stored in progress.ts under `review`).
 *
 * - A graded question checked wrong, partly right, or right but marked "not sure" becomes a review
 *   item for its quiz and question, due 1 day later (stage 0). A new miss of an item restarts it.
 * - Answered right (and sure) when due, it moves on: to 3 days (stage 1), then 7 days (stage 2),
 *   then it is done and dropped. Answered right before it is due, it stays as it is.
 * - Days are the learner's calendar days (YYYY-MM-DD, local-day.ts).
 * - An item carries its quiz's answer-key fingerprint: when the quiz changes, its items are dropped,
 *   as quiz records are. At most MAX_REVIEW_ITEMS are kept, the most recently changed.
 *
 * The stored items and their parsing are in review-items.ts. No zod here: this module ships to the
 * browser with the quiz and the review page.
 */
import { INTERVALS, MAX_REVIEW_ITEMS, type ReviewItem } from './review-items.ts';

export { INTERVALS, MAX_REVIEW_ITEMS, parseReview, type ReviewItem } from './review-items.ts';

/** One checked question, as the quiz reports it. */
export interface Check {
	quiz: string;
	key: string;
	question: string;
	/** Fully right (a partly right answer is not). */
	right: boolean;
	/** The learner said they were not sure (the confidence question). */
	unsure?: boolean | undefined;
}

/** The day `days` days after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

const sameItem = (item: ReviewItem, quiz: string, question: string) => item.quiz === quiz && item.question === question;

/** The newest MAX_REVIEW_ITEMS of a list kept oldest change first. */
const bounded = (items: ReviewItem[]) => items.slice(-MAX_REVIEW_ITEMS);

/**
 * The review items after a question was checked on `today`: a miss (or a right answer not sure)
 * schedules it for tomorrow; a sure right answer to a due item moves it on (or ends it). Items of
 * the same quiz with another answer key are dropped.
 */
export function noteCheck(items: readonly ReviewItem[], check: Check, today: string): ReviewItem[] {
	const current = items.filter((item) => item.quiz !== check.quiz || item.key === check.key);
	const existing = current.find((item) => sameItem(item, check.quiz, check.question));
	const others = current.filter((item) => item !== existing);
	if (!check.right || check.unsure) return bounded([...others, { quiz: check.quiz, key: check.key, question: check.question, stage: 0, due: addDays(today, INTERVALS[0]) }]);
	if (!existing || existing.due > today) return current;
	const stage = existing.stage + 1;
	if (stage >= INTERVALS.length) return others;
	return [...others, { ...existing, stage, due: addDays(today, INTERVALS[stage]!) }];
}

/** A quiz as the review page knows it: id and answer-key fingerprint, in the site's order. */
export interface ReviewQuiz {
	id: string;
	key: string;
}

/** Items of quizzes that still exist with the same answer key. */
export const liveItems = (items: readonly ReviewItem[], quizzes: readonly ReviewQuiz[]): ReviewItem[] =>
	items.filter((item) => quizzes.some((quiz) => quiz.id === item.quiz && quiz.key === item.key));

/** What is due on `today` (or before), by quiz in the site's order, each quiz's questions in the order they were missed. */
export function dueByQuiz(items: readonly ReviewItem[], quizzes: readonly ReviewQuiz[], today: string): { quiz: string; questions: string[] }[] {
	const due = liveItems(items, quizzes).filter((item) => item.due <= today);
	return quizzes.flatMap(({ id }) => {
		const questions = due.filter((item) => item.quiz === id).map((item) => item.question);
		return questions.length > 0 ? [{ quiz: id, questions }] : [];
	});
}

/** What comes later: how many questions come back on each day after `today`, earliest first. */
export function comingLater(items: readonly ReviewItem[], quizzes: readonly ReviewQuiz[], today: string): { due: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const item of liveItems(items, quizzes)) if (item.due > today) counts.set(item.due, (counts.get(item.due) ?? 0) + 1);
	return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([due, count]) => ({ due, count }));
}

/** The quiz's next review day and how many of its questions come back then (the results screen), or none. */
export function nextReview(items: readonly ReviewItem[], quiz: ReviewQuiz): { due: string; count: number } | undefined {
	const own = liveItems(items, [quiz]);
	const due = own.map((item) => item.due).sort()[0];
	return due === undefined ? undefined : { due, count: own.filter((item) => item.due === due).length };
}

/** The URL parameter of a round of only some questions: `?review=q2,q5`. */
export const REVIEW_PARAM = 'review';

/** A quiz's address with a round of only these questions. */
export const reviewHref = (quizHref: string, questions: readonly string[]): string => `${quizHref}?${REVIEW_PARAM}=${questions.map(encodeURIComponent).join(',')}`;

/** The questions a `?review=` address asks for, those of this quiz only, in the quiz's order; none when it asks for none of them. */
export function reviewQuestions(search: string, ids: readonly string[]): string[] | undefined {
	const wanted = new URLSearchParams(search).get(REVIEW_PARAM)?.split(',') ?? [];
	const questions = ids.filter((id) => wanted.includes(id));
	return questions.length > 0 ? questions : undefined;
}
