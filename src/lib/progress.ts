/**
 * A learner's progress, kept only in their own browser (localStorage). Storage may be missing
 * (private mode), full, or hold data from an older version or another site: loading never throws
 * and falls back to empty progress, saving reports failure instead of throwing.
 *
 * Stored shape (version 1), under the key `ogoh:progress`:
 *   { version: 1, quizzes: { [quizId]: { best, total, attempts, key, updated, current? } },
 *     lessons?: { [slug]: { done } }, simulators?: { [id]: { endings, choices, updated } },
 *     review?: [{ quiz, key, question, stage, due }] }
 * `key` fingerprints the quiz's answer key (answer-key.ts): when a quiz changes, its old record,
 * including any unfinished answers, is dropped. `current` is the attempt in progress: the seed of
 * its option order and the answers given so far, as lists of strings per question id, the ids of
 * the questions already checked, and, in a "missed ones" round, the ids of that round's questions;
 * `sure` and `unsure` list the questions answered "How sure are you?" with "Sure" or "Not sure".
 * A finished attempt keeps its `unsure` ids on the record (for "review my mistakes"). Older stored
 * data without them still loads (version 1 as before).
 * A chat simulator's record holds the endings (step ids) the learner has reached and the choices
 * of the walk in progress; older stored data without `simulators` still loads (version 1 as before).
 * `review` lists the questions to come back to after 1, 3 and 7 days (review-schedule.ts); older
 * data without it loads with none.
 */
// No zod here: this module ships to the browser with the quiz, where every kilobyte counts.
import { browserStorage, PROGRESS_KEY } from './browser-storage.ts';
import { isRecord } from './data-guards.ts';
import { parseReview, type ReviewItem } from './review-items.ts';

export { ASSIGNMENTS_KEY, browserStorage, PROGRESS_KEY, reportNotSaved } from './browser-storage.ts';



export interface CurrentAttempt {
	seed: number;
	answers: Record<string, string[]>;
	/** Questions checked so far: after a reload they show their feedback again. */
	checked?: string[];
	/** A round of only the missed questions: after a reload it is still that round. */
	round?: string[];
	/** Questions answered "Sure" to "How sure are you?". */
	sure?: string[];
	/** Questions answered "Not sure, guessing": they come back on the review page even when right. */
	unsure?: string[];
}

export interface QuizRecord {
	best: number;
	/** Graded questions; 0 until a first attempt is finished. */
	total: number;
	attempts: number;
	key: string;
	updated: string;
	current?: CurrentAttempt;
	/** The last finished attempt's questions answered "Not sure, guessing" (none: left out). */
	unsure?: string[];
}
export interface Progress {
	version: 1;
	quizzes: Record<string, QuizRecord>;
	/** Lessons the learner marked as done, with the time (ISO). */
	lessons: Record<string, { done: string }>;
	/** Chat simulators: the endings reached and the walk in progress. */
	simulators: Record<string, SimulatorRecord>;
	/** Questions to review, the most recently changed last (review-schedule.ts). */
	review: ReviewItem[];
}

export interface SimulatorRecord {
	/** Step ids of the endings reached, each once, in the order found. */
	endings: string[];
	/** The choice ids of the walk in progress, from the start. */
	choices: string[];
	updated: string;
}

const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.length <= 100 && value.every((item) => typeof item === 'string' && item.length > 0 && item.length <= 100);

function parseSimulators(value: unknown): Progress['simulators'] {
	const simulators: Progress['simulators'] = {};
	if (!isRecord(value)) return simulators;
	for (const [id, record] of Object.entries(value)) {
		if (id === '__proto__' || !isRecord(record)) continue;
		const { endings, choices, updated } = record;
		if (isIdList(endings) && isIdList(choices) && typeof updated === 'string') simulators[id] = { endings: [...new Set(endings)], choices, updated };
	}
	return simulators;
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isCount = (value: unknown): value is number => isInteger(value) && value >= 0;

function parseCurrent(value: unknown): CurrentAttempt | undefined {
	if (!isRecord(value) || !isInteger(value.seed) || !isRecord(value.answers)) {
		return undefined;
	}
	const answers: Record<string, string[]> = {};
	for (const [id, answer] of Object.entries(value.answers)) {
		if (id !== '__proto__' && Array.isArray(answer) && answer.every((a) => typeof a === 'string' && a.length < 500)) {
			answers[id] = answer;
		}
	}
	return {
		seed: value.seed >>> 0,
		answers,
		...(isIdList(value.checked) ? { checked: value.checked } : {}),
		...nonEmptyLists(value, ['round', 'sure', 'unsure']),
	};
}

/** The named fields of `value` that are non-empty id lists (anything else left out). */
function nonEmptyLists<K extends string>(value: object, keys: readonly K[]): Partial<Record<K, string[]>> {
	const lists: Partial<Record<K, string[]>> = {};
	for (const key of keys) {
		const list: unknown = (value as Record<string, unknown>)[key];
		if (isIdList(list) && list.length > 0) lists[key] = list;
	}
	return lists;
}

function isQuizRecord(value: unknown): value is QuizRecord {
	if (!isRecord(value)) return false;
	const { best, total, attempts, key, updated } = value;
	return (
		// best ≥ 0 and best ≤ total: total is a count too.
		typeof best === 'number' && best >= 0 && isInteger(total) && best <= total &&
		isCount(attempts) && typeof key === 'string' && typeof updated === 'string'
	);
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function emptyProgress(): Progress {
	return { version: 1, quizzes: {}, lessons: {}, simulators: {}, review: [] };
}

/** Parses stored text, keeping every valid quiz record and dropping the rest. */
export function parseProgress(text: string | null): Progress {
	let raw: unknown;
	try {
		raw = JSON.parse(text ?? '');
	} catch {
		return emptyProgress();
	}
	if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.quizzes)) return emptyProgress();
	const quizzes: Record<string, QuizRecord> = {};
	for (const [id, record] of Object.entries(raw.quizzes)) {
		// Own keys such as "__proto__" from JSON.parse must not reach an object literal's prototype.
		if (id !== '__proto__' && isQuizRecord(record)) {
			const { best, total, attempts, key, updated } = record;
			const current = parseCurrent(record.current);
			quizzes[id] = { best, total, attempts, key, updated, ...(current ? { current } : {}), ...nonEmptyLists(record, ['unsure']) };
		}
	}
	const lessons: Progress['lessons'] = {};
	if (isRecord(raw.lessons)) {
		for (const [slug, record] of Object.entries(raw.lessons)) {
			if (slug !== '__proto__' && isRecord(record) && typeof record.done === 'string') lessons[slug] = { done: record.done };
		}
	}
	return { version: 1, quizzes, lessons, simulators: parseSimulators(raw.simulators), review: parseReview(raw.review) };
}

export function loadProgress(storage: ReadableStorage | undefined): Progress {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
	} catch {
		return emptyProgress();
	}
}


/** Whether this browser has any stored progress (a cheap check before loading what shows it). */
export function hasStoredProgress(storage: ReadableStorage | undefined = browserStorage()): boolean {
	try {
		return Boolean(storage?.getItem(PROGRESS_KEY));
	} catch {
		return false;
	}
}

/** Returns false when the browser refused to store (private mode, quota full). */
export function saveProgress(storage: WritableStorage | undefined, progress: Progress): boolean {
	try {
		if (!storage) return false;
		storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
		return true;
	} catch {
		return false;
	}
}

/**
 * Whether a record can be merged with an attempt at a quiz of `total` graded questions: sane
 * numbers, and either no finished attempt yet (total 0) or the same number of questions. A record
 * that does not fit (a bigger old version of the quiz, edited data) is dropped, never merged: a
 * stored `best: 50, total: 60` would otherwise be saved as `best: 50, total: 8`.
 */
export function fitsQuiz(record: QuizRecord, total?: number): boolean {
	return (
		isQuizRecord(record) &&
		(record.total === 0 || total === undefined || record.total === total)
	);
}

/**
 * The record of one quiz, unless the quiz has changed since it was stored; with `total` (the
 * quiz's graded questions), also unless it was stored for a different number of questions.
 */
export function quizRecord(progress: Progress, quizId: string, key: string, total?: number): QuizRecord | undefined {
	const record = Object.hasOwn(progress.quizzes, quizId) ? progress.quizzes[quizId] : undefined;
	return record && record.key === key && fitsQuiz(record, total) ? record : undefined;
}

/** Keeps the answers of the attempt in progress (a changed quiz, or a record that does not fit `total`, starts a fresh record). */
export function saveCurrentAttempt(progress: Progress, quizId: string, key: string, current: CurrentAttempt, at: Date, total?: number): Progress {
	const previous = quizRecord(progress, quizId, key, total);
	const record: QuizRecord = {
		best: previous?.best ?? 0,
		total: previous?.total ?? 0,
		attempts: previous?.attempts ?? 0,
		key,
		updated: at.toISOString(),
		current,
		...(previous?.unsure ? { unsure: previous.unsure } : {}),
	};
	return { ...progress, quizzes: { ...progress.quizzes, [quizId]: record } };
}

/**
 * Adds a finished attempt and ends the attempt in progress; a changed quiz or a record that does
 * not fit starts a fresh record. The attempt's "not sure" questions (`unsure`) replace the last ones.
 */
export function recordAttempt(
	progress: Progress,
	attempt: { quizId: string; key: string; score: number; total: number; at: Date; unsure?: readonly string[] | undefined }
): Progress {
	const previous = quizRecord(progress, attempt.quizId, attempt.key, attempt.total);
	const record: QuizRecord = {
		// An unfinished record (total 0) has best 0 (isQuizRecord: best ≤ total).
		best: Math.max(previous?.best ?? 0, attempt.score),
		total: attempt.total,
		attempts: (previous?.attempts ?? 0) + 1,
		key: attempt.key,
		updated: attempt.at.toISOString(),
		...(attempt.unsure && attempt.unsure.length > 0 ? { unsure: [...attempt.unsure] } : {}),
	};
	return { ...progress, quizzes: { ...progress.quizzes, [attempt.quizId]: record } };
}

/** Marks a lesson as done (or not done any more). */
export function setLessonDone(progress: Progress, slug: string, done: boolean, at: Date): Progress {
	const lessons = { ...progress.lessons };
	if (done) lessons[slug] = { done: at.toISOString() };
	else delete lessons[slug];
	return { ...progress, lessons };
}

/** A simulator's record, or an empty one. */
export function simulatorRecord(progress: Progress, id: string): SimulatorRecord {
	return Object.hasOwn(progress.simulators, id) ? progress.simulators[id]! : { endings: [], choices: [], updated: '' };
}

/**
 * Keeps the walk in progress; with `ending` (the step id where it ended), also adds that ending
 * to the ones found.
 */
export function saveSimulatorWalk(progress: Progress, id: string, walk: { choices: string[]; ending?: string | undefined }, at: Date): Progress {
	const previous = simulatorRecord(progress, id);
	const endings = walk.ending && !previous.endings.includes(walk.ending) ? [...previous.endings, walk.ending] : previous.endings;
	return { ...progress, simulators: { ...progress.simulators, [id]: { endings, choices: walk.choices, updated: at.toISOString() } } };
}


