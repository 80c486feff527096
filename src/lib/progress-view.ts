/**
 * What lists, topic pages and the home page show of the progress kept in this browser
 * (progress.ts): per lesson card, whether the lesson is done and the best score of its quiz;
 * per topic, "4 of 12"; on the home page, where to continue.
 *
 * No zod here: this module ships to the browser with the list and home pages.
 */
import { isRecord } from './data-guards.ts';
import { fill } from './fill.ts';
import { quizRecord, type Progress } from './progress.ts';

/** A quiz as the page knows it: its answer-key fingerprint and graded questions (site/catalog.ts). */
export interface QuizRef {
	id: string;
	key: string;
	graded: number;
}
/** A lesson card: the lesson and, when it has one, its quiz. A quiz-only card has no lesson. */
export interface Card {
	lesson?: string | undefined;
	quiz?: QuizRef | undefined;
}

const isQuizRef = (value: unknown): value is QuizRef =>
	isRecord(value) && typeof value.id === 'string' && typeof value.key === 'string' && Number.isInteger(value.graded);


/** A card as a page renders it into `data-cards` (readData). */
export function isCard(value: unknown): value is Card {
	return isRecord(value) && (value.lesson === undefined || typeof value.lesson === 'string') && (value.quiz === undefined || isQuizRef(value.quiz));
}

/** A card with its lesson's title and the links of its lesson and quiz (home and passport pages). */
export type TitledCard = Card & { title: string; href: string; quiz?: (QuizRef & { href: string }) | undefined };
export function isTitledCard(value: unknown): value is TitledCard {
	return isCard(value) && isRecord(value) && typeof value.title === 'string' && typeof value.href === 'string' && (value.quiz === undefined || typeof (value.quiz as unknown as Record<string, unknown>).href === 'string');
}

export interface QuizState {
	best: number;
	total: number;
	attempts: number;
	/** An attempt was started and not finished. */
	inProgress: boolean;
	/** When the quiz was last answered (ISO). */
	updated: string;
}
export interface CardState {
	/** When the lesson was marked done (ISO), or undefined. */
	lessonDone?: string | undefined;
	/** The quiz's stored record, undefined when never started (or stored for an older version). */
	quiz?: QuizState | undefined;
}

/** The stored record of a quiz, if it still fits the quiz shown on the page. */
export function quizState(progress: Progress, quiz: QuizRef): QuizState | undefined {
	const record = quizRecord(progress, quiz.id, quiz.key, quiz.graded);
	if (!record) return undefined;
	return { best: record.best, total: record.total, attempts: record.attempts, inProgress: record.current !== undefined, updated: record.updated };
}

export function cardState(progress: Progress, card: Card): CardState {
	const lessonDone = card.lesson !== undefined && Object.hasOwn(progress.lessons, card.lesson) ? progress.lessons[card.lesson]!.done : undefined;
	return { lessonDone, quiz: card.quiz ? quizState(progress, card.quiz) : undefined };
}

/** UI strings for a card's state, with `{best}` and `{total}` left to fill. */
export interface StateStrings {
	done: string;
	best: string;
	started: string;
}

/** "✓ Done · Best score: 7 of 8"; empty for a card never touched. */
export function stateText(state: CardState, strings: StateStrings): string {
	const parts: string[] = [];
	if (state.lessonDone) parts.push(strings.done);
	const quiz = state.quiz;
	if (quiz && quiz.attempts > 0) parts.push(fill(strings.best, { best: quiz.best, total: quiz.total }));
	else if (quiz?.inProgress) parts.push(strings.started);
	return parts.join(' · ');
}

/** A card is done when its lesson is marked done; a quiz-only card, when its quiz was finished once. */
export function cardDone(card: Card, state: CardState): boolean {
	return card.lesson !== undefined ? state.lessonDone !== undefined : (state.quiz?.attempts ?? 0) > 0;
}

/**
 * "4 of 12": the cards done (cardDone). In a list with lessons only the lesson cards count; a
 * list of quizzes counts its quizzes.
 */
export function doneCount(states: readonly CardState[], cards: readonly Card[]): { done: number; total: number } {
	const lessons = cards.some((card) => card.lesson !== undefined);
	const counted = cards.flatMap((card, i) => ((lessons ? card.lesson !== undefined : card.quiz !== undefined) ? [cardDone(card, states[i]!)] : []));
	return { done: counted.filter(Boolean).length, total: counted.length };
}

export type Step = { kind: 'lesson' | 'quiz'; id: string; resume: boolean };

/**
 * Where to continue, from the latest thing done among `cards` (the lessons in course order):
 * - a quiz left unfinished: that quiz (`resume`);
 * - a lesson marked done whose quiz was never finished: that quiz;
 * - otherwise the next lesson not done after it (then from the start), or a quiz never finished;
 * undefined when nothing was done yet, or everything is.
 */
export function continueStep(progress: Progress, cards: readonly Card[]): Step | undefined {
	const states = cards.map((card) => cardState(progress, card));
	let latest = -1;
	let latestTime = '';
	let latestQuiz = false;
	states.forEach((state, i) => {
		if (state.lessonDone && state.lessonDone > latestTime) [latest, latestTime, latestQuiz] = [i, state.lessonDone, false];
		if (state.quiz && state.quiz.updated > latestTime) [latest, latestTime, latestQuiz] = [i, state.quiz.updated, true];
	});
	if (latest < 0) return undefined;
	const last = states[latest]!;
	const quiz = cards[latest]!.quiz;
	if (quiz && last.quiz?.inProgress && latestQuiz) return { kind: 'quiz', id: quiz.id, resume: true };
	const finished = (state: CardState) => (state.quiz?.attempts ?? 0) > 0;
	if (quiz && !latestQuiz && !finished(last)) return { kind: 'quiz', id: quiz.id, resume: last.quiz?.inProgress === true };
	const order = [...cards.keys()].slice(latest + 1).concat([...cards.keys()].slice(0, latest + 1));
	const lesson = order.find((i) => cards[i]!.lesson !== undefined && !states[i]!.lessonDone);
	if (lesson !== undefined) return { kind: 'lesson', id: cards[lesson]!.lesson!, resume: false };
	const open = order.find((i) => cards[i]!.quiz && !finished(states[i]!));
	return open === undefined ? undefined : { kind: 'quiz', id: cards[open]!.quiz!.id, resume: states[open]!.quiz?.inProgress === true };
}
