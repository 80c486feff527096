/**
 * The self-check's part of "review my mistakes" (lib/review-schedule.ts): each graded question
 * checked is noted in the schedule, an address with `?review=q2,q5` (from the review page) starts
 * a round of only those questions, and the results screen says when the missed ones come back.
 * DOM only; the schedule is in src/lib.
 */
import { localDay } from '../../lib/local-day.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { fill } from '../../lib/fill.ts';
import type { Locale } from '../../lib/locales.ts';
import { browserStorage, loadProgress, type Progress } from '../../lib/progress.ts';
import { nextReview, noteCheck, reviewQuestions } from '../../lib/review-schedule.ts';
import type { QuestionResult } from '../../lib/question-types/grading-kit.ts';
import { confidenceOf } from './confidence-field.ts';

/** Progress with a checked question noted for review; "not sure" is the learner's answer to "How sure are you?". */
export function noteChecked(quiz: { id: string; key: string }, element: HTMLElement, result: QuestionResult): (progress: Progress) => Progress {
	return (progress) =>
		result.graded
			? {
					...progress,
					review: noteCheck(progress.review, { quiz: quiz.id, key: quiz.key, question: element.dataset.question!, right: result.verdict === 'correct', unsure: confidenceOf(element) === 'unsure' }, localDay(new Date())),
				}
			: progress;
}

/** The question numbers of the round the page's address asks for (`?review=`), or none. */
export function requestedRound(ids: readonly string[]): number[] | undefined {
	return reviewQuestions(window.location.search, ids)?.map((id) => ids.indexOf(id));
}

/** "Questions to review on December 2, 2026: 2", on the results screen, or hidden when none come back. */
export function showComesBack(root: HTMLElement, quiz: { id: string; key: string }, template: string, locale: Locale): void {
	const box = root.querySelector<HTMLElement>('[data-comes-back]');
	if (!box) return;
	const next = nextReview(loadProgress(browserStorage()).review, quiz);
	box.hidden = !next;
	if (next) box.querySelector('[data-comes-back-text]')!.textContent = fill(template, { date: formatLongDate(next.due, locale), count: next.count });
}
