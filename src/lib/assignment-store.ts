/**
 * What this device remembers about the assignments its learner opened, in localStorage under
 * `ogoh:assignments` (beside `ogoh:progress`, see progress.ts):
 *   { version: 1, open: [{ a, cohort, due, lessons, quizzes, opened }], codes: { [a]: random } }
 * - `open`: the assignments opened from a link, newest first, so lessons and quizzes can lead back
 *   to them ("Back to your assignment"). `a` is the assignment in its link form.
 * - `codes`: the random part of each assignment's completion code, made once per device, so the
 *   code stays the same on every visit and two learners showing one code stand out.
 * Like progress, stored data is untrusted: anything malformed is dropped, loading never throws.
 */
import { ASSIGNMENTS_KEY } from './browser-storage.ts';

export { ASSIGNMENTS_KEY };
/** Assignments kept as "open"; older ones drop off. */
export const MAX_OPEN = 5;
/** Completion codes kept (one per assignment completed on this device). */
export const MAX_CODES = 50;
/** An assignment stops being offered this many days after its due date. */
export const OPEN_DAYS_AFTER_DUE = 14;

export interface OpenAssignment {
	/** The assignment as in its link (`#a=…`). */
	a: string;
	cohort: string;
	due: string;
	lessons: string[];
	quizzes: string[];
	/** When it was last opened (ISO). */
	opened: string;
}
export interface AssignmentStore {
	version: 1;
	open: OpenAssignment[];
	codes: Record<string, number>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.length <= 200 && value.every((v) => typeof v === 'string' && v.length <= 200);

function isOpenAssignment(value: unknown): value is OpenAssignment {
	if (!isRecord(value)) return false;
	const { a, cohort, due, lessons, quizzes, opened } = value;
	return (
		typeof a === 'string' && /^[A-Za-z0-9_.~-]{1,4000}$/.test(a) &&
		typeof cohort === 'string' && cohort.length <= 200 &&
		typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) &&
		isStrings(lessons) && isStrings(quizzes) && typeof opened === 'string'
	);
}

export { localDay } from './local-day.ts';

export function emptyStore(): AssignmentStore {
	return { version: 1, open: [], codes: {} };
}

export function parseStore(text: string | null): AssignmentStore {
	if (!text) return emptyStore();
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return emptyStore();
	}
	if (!isRecord(raw) || raw.version !== 1) return emptyStore();
	const open = Array.isArray(raw.open) ? raw.open.filter(isOpenAssignment).slice(0, MAX_OPEN) : [];
	const codes: Record<string, number> = {};
	if (isRecord(raw.codes)) {
		for (const [key, value] of Object.entries(raw.codes).slice(-MAX_CODES)) {
			if (key !== '__proto__' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 32) codes[key] = value;
		}
	}
	return { version: 1, open: open.map(({ a, cohort, due, lessons, quizzes, opened }) => ({ a, cohort, due, lessons, quizzes, opened })), codes };
}

export function loadStore(storage: Pick<Storage, 'getItem'> | undefined): AssignmentStore {
	try {
		return parseStore(storage?.getItem(ASSIGNMENTS_KEY) ?? null);
	} catch {
		return emptyStore();
	}
}

/** Returns false when the browser refused to store (private mode, quota full). */
export function saveStore(storage: Pick<Storage, 'setItem'> | undefined, store: AssignmentStore): boolean {
	try {
		if (!storage) return false;
		storage.setItem(ASSIGNMENTS_KEY, JSON.stringify(store));
		return true;
	} catch {
		return false;
	}
}

/** Puts an assignment first in the open list (once), keeping at most MAX_OPEN. */
export function rememberAssignment(store: AssignmentStore, entry: OpenAssignment): AssignmentStore {
	return { ...store, open: [entry, ...store.open.filter((o) => o.a !== entry.a)].slice(0, MAX_OPEN) };
}

/** The day (YYYY-MM-DD) an assignment due on `due` stops being offered. */
function lastOpenDay(due: string): string {
	const time = Date.parse(`${due}T00:00:00Z`);
	return Number.isNaN(time) ? '' : new Date(time + OPEN_DAYS_AFTER_DUE * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The open assignments (newest first) that include this lesson or quiz, or all of them when no
 * item is given. `today` is YYYY-MM-DD.
 */
export function openAssignments(store: AssignmentStore, today: string, item?: { kind: 'lesson' | 'quiz'; id: string }): OpenAssignment[] {
	return store.open.filter((o) => lastOpenDay(o.due) >= today && (!item || (item.kind === 'lesson' ? o.lessons : o.quizzes).includes(item.id)));
}

/**
 * The random part of this device's completion code for an assignment: the stored one, or
 * `fresh` (which the caller then stores with the returned store).
 */
export function codeRandom(store: AssignmentStore, assignment: string, fresh: number): { random: number; store: AssignmentStore } {
	const stored = Object.hasOwn(store.codes, assignment) ? store.codes[assignment] : undefined;
	if (stored !== undefined) return { random: stored, store };
	const codes = Object.fromEntries([...Object.entries(store.codes), [assignment, fresh >>> 0]].slice(-MAX_CODES));
	return { random: fresh >>> 0, store: { ...store, codes } };
}
