/**
 * Assignments without a server: the whole assignment travels in the link
 * (`/assignments/#a=<base64url JSON>`). A link is untrusted input: decoding checks its size, its
 * characters, its shape and every id against the lessons and quizzes that exist, and fails with
 * an error code the page turns into a clear message. Texts are only ever shown as text.
 *
 * No zod here: this module ships to the browser.
 */

export const ASSIGNMENT_VERSION = 1;
/** Longest accepted encoded assignment: a whole course fits in well under 2 KB. */
export const MAX_ENCODED_LENGTH = 4000;
export const MAX_TEXT = { cohort: 80, note: 500 } as const;
export const MAX_ITEMS = 60;

export type ItemKind = 'lesson' | 'quiz';
export interface AssignmentItem {
	kind: ItemKind;
	id: string;
}
export interface Assignment {
	cohort: string;
	/** YYYY-MM-DD */
	start?: string | undefined;
	/** YYYY-MM-DD */
	due: string;
	note?: string | undefined;
	/** The course the items were taken from, if any. */
	course?: string | undefined;
	items: AssignmentItem[];
}

export type AssignmentError = 'missing' | 'too-long' | 'garbled' | 'invalid' | 'unknown-item';

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: AssignmentError };

/** What exists on the site, so that a link cannot point anywhere else. */
export interface KnownIds {
	lessons: ReadonlySet<string>;
	quizzes: ReadonlySet<string>;
	courses: ReadonlySet<string>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Trims, removes control characters and shortens a text field. */
export function cleanText(value: string, max: number): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
	const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The compact JSON form: short keys, items as "l:slug" / "q:id". */
export function encodeAssignment(assignment: Assignment): string {
	const compact: Record<string, unknown> = {
		v: ASSIGNMENT_VERSION,
		c: cleanText(assignment.cohort, MAX_TEXT.cohort),
		d: assignment.due,
		i: assignment.items.map((item) => `${item.kind === 'lesson' ? 'l' : 'q'}:${item.id}`),
	};
	if (assignment.start) compact.s = assignment.start;
	if (assignment.note) compact.n = cleanText(assignment.note, MAX_TEXT.note);
	if (assignment.course) compact.k = assignment.course;
	return toBase64Url(JSON.stringify(compact));
}

/** Checks an assignment built in the page before it is encoded; returns the problems found. */
export function assignmentProblems(assignment: Assignment): ('cohort' | 'due' | 'start' | 'items' | 'dates')[] {
	const problems: ('cohort' | 'due' | 'start' | 'items' | 'dates')[] = [];
	if (!cleanText(assignment.cohort, MAX_TEXT.cohort)) problems.push('cohort');
	if (!isValidDate(assignment.due)) problems.push('due');
	if (assignment.start && !isValidDate(assignment.start)) problems.push('start');
	if (assignment.items.length === 0 || assignment.items.length > MAX_ITEMS) problems.push('items');
	if (assignment.start && isValidDate(assignment.start) && isValidDate(assignment.due) && assignment.start > assignment.due) problems.push('dates');
	return problems;
}

/** Decodes and validates an encoded assignment from a link. Never throws. */
export function decodeAssignment(encoded: string | null | undefined, known: KnownIds): DecodeResult {
	if (!encoded) return { ok: false, error: 'missing' };
	if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
	if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return { ok: false, error: 'garbled' };
	let raw: unknown;
	try {
		raw = JSON.parse(fromBase64Url(encoded));
	} catch {
		return { ok: false, error: 'garbled' };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'invalid' };
	const data = raw as Record<string, unknown>;
	const { v, c, d, s, n, k, i } = data;
	if (v !== ASSIGNMENT_VERSION || typeof c !== 'string' || !isValidDate(d) || !Array.isArray(i)) return { ok: false, error: 'invalid' };
	if (s !== undefined && !isValidDate(s)) return { ok: false, error: 'invalid' };
	if (n !== undefined && typeof n !== 'string') return { ok: false, error: 'invalid' };
	if (k !== undefined && (typeof k !== 'string' || !ID.test(k))) return { ok: false, error: 'invalid' };
	if (i.length === 0 || i.length > MAX_ITEMS) return { ok: false, error: 'invalid' };
	const cohort = cleanText(c, MAX_TEXT.cohort);
	if (!cohort || c.length > MAX_TEXT.cohort * 2 || (typeof n === 'string' && n.length > MAX_TEXT.note * 2)) return { ok: false, error: 'invalid' };

	const items: AssignmentItem[] = [];
	const seen = new Set<string>();
	for (const entry of i) {
		if (typeof entry !== 'string') return { ok: false, error: 'invalid' };
		const match = /^([lq]):(.+)$/.exec(entry);
		if (!match || !ID.test(match[2]!)) return { ok: false, error: 'invalid' };
		const kind: ItemKind = match[1] === 'l' ? 'lesson' : 'quiz';
		const id = match[2]!;
		if (!(kind === 'lesson' ? known.lessons : known.quizzes).has(id)) return { ok: false, error: 'unknown-item' };
		if (!seen.has(entry)) items.push({ kind, id });
		seen.add(entry);
	}
	if (typeof k === 'string' && !known.courses.has(k)) return { ok: false, error: 'unknown-item' };
	return {
		ok: true,
		assignment: {
			cohort,
			due: d,
			start: typeof s === 'string' ? s : undefined,
			note: typeof n === 'string' ? cleanText(n, MAX_TEXT.note) || undefined : undefined,
			course: typeof k === 'string' ? k : undefined,
			items,
		},
	};
}

/** Whole days from `today` to the due date (negative when overdue). Dates are YYYY-MM-DD. */
export function daysUntil(due: string, today: string): number {
	return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
