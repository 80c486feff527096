/**
 * A topic passport: a printable page with the learner's own name (typed and kept on this device
 * only), the topic's lessons done with their dates, quiz scores, and, once the whole topic is
 * done, a completion code.
 *
 * The code is an assignment's completion code (completion-code.ts), not a new kind: the topic is
 * read as an assignment of all its lessons and quizzes (`topicAssignment`), with the same pass
 * mark, the same "done" rule (itemStatuses) and the same per-device random part (codeRandom), so a
 * trainer checks it on the assignments' "check a code" page with the link `checkHash` gives.
 *
 * No zod here: this module ships to the browser.
 */
import { codeRandom, type AssignmentStore } from './assignment-store.ts';
import { cleanText, DEFAULT_PASS_MARK, encodeAssignment, MAX_TEXT, itemStatuses, type Assignment, type KnownIds } from './assignment.ts';
import { completionCode } from './completion-code.ts';
import { quizRecord, type Progress } from './progress.ts';
import type { Card, CardState } from './progress-view.ts';

/** The learner's name, in localStorage beside `ogoh:progress`; it never leaves the device. */
export const NAME_KEY = 'ogoh:learner-name';
export const MAX_NAME = 60;
/** A topic "assignment" has no due date; this one keeps its link valid (assignment-model.ts YEAR_RANGE). */
export const TOPIC_DUE = '2099-12-31';

export function loadName(storage: Pick<Storage, 'getItem'> | undefined): string {
	try {
		return cleanText(storage?.getItem(NAME_KEY) ?? '', MAX_NAME);
	} catch {
		return '';
	}
}

/** Stores the cleaned name (an empty name removes it); false when the browser refused. */
export function saveName(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, name: string): boolean {
	try {
		if (!storage) return false;
		const clean = cleanText(name, MAX_NAME);
		if (clean) storage.setItem(NAME_KEY, clean);
		else storage.removeItem(NAME_KEY);
		return true;
	} catch {
		return false;
	}
}

/**
 * The topic as an assignment: each card's lesson, then its quiz, in the order shown. `cohort` is
 * what the check page shows as the group: the passport's title in its language ("Passport: Cyber
 * safety"), so the teacher sees which passport the code is for.
 */
export function topicAssignment(cohort: string, cards: readonly Card[]): Assignment {
	const items = cards.flatMap((card) => [
		...(card.lesson ? [{ kind: 'lesson' as const, id: card.lesson }] : []),
		...(card.quiz ? [{ kind: 'quiz' as const, id: card.quiz.id }] : []),
	]);
	return { cohort: cleanText(cohort, MAX_TEXT.cohort), due: TOPIC_DUE, passMark: DEFAULT_PASS_MARK, items };
}

export interface PassportResult {
	/** Items done (lessons marked done, quizzes passed), of all the topic's items. */
	done: number;
	total: number;
	/** The topic in its assignment-link form, for the trainer's check link. */
	encoded: string;
	/** The completion code once every item is done. */
	code?: string | undefined;
	/** The assignment store, with this code's random part kept when it was new. */
	store: AssignmentStore;
}

/**
 * Where the learner stands on the whole topic, and its completion code when all is done.
 * `cohort` names the passport on the check page (`topicAssignment`); `fresh` is a random 32-bit
 * number, used only when this device has no code for the topic yet.
 */
export function passport(progress: Progress, store: AssignmentStore, cohort: string, cards: readonly Card[], known: KnownIds, fresh: number): PassportResult {
	const assignment = topicAssignment(cohort, cards);
	const quizzes = new Map(cards.flatMap((card) => (card.quiz ? [[card.quiz.id, card.quiz] as const] : [])));
	const statuses = itemStatuses(assignment, progress.lessons, (id) => {
		const quiz = quizzes.get(id)!;
		return { record: quizRecord(progress, id, quiz.key, quiz.graded), graded: quiz.graded };
	});
	const done = statuses.filter((status) => status.done).length;
	const encoded = encodeAssignment(assignment, known);
	const result: PassportResult = { done, total: statuses.length, encoded, store };
	if (statuses.length === 0 || done < statuses.length) return result;
	const random = codeRandom(store, encoded, fresh);
	return { ...result, code: completionCode(encoded, random.random), store: random.store };
}

/** The fragment of the "check a code" page for this topic's codes. */
export function checkHash(encoded: string): string {
	return `#a=${encoded}`;
}

/** The passport's two cells of a card: the day the lesson was finished, and the quiz's best score. */
export function passportCells(state: CardState, notYet: string, day: (iso: string) => string): { lesson: string; quiz: string } {
	const quiz = state.quiz && state.quiz.attempts > 0 ? `${state.quiz.best}/${state.quiz.total}` : notYet;
	return { lesson: state.lessonDone ? day(state.lessonDone) : notYet, quiz };
}
