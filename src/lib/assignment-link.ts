/**
 * Assignments without a server: the whole assignment travels in the link
 * (`/assignments/#a=<encoded>`). A link is untrusted input: decoding checks its size, its
 * characters, its shape and every id against the lessons, quizzes and courses that exist, runs the
 * same checks as the builder (`assignmentProblems`), and fails with an error code the page turns
 * into a clear message.
 *
 * Format 2 (current), short enough for a QR code a phone reads from paper or a projector:
 *   2~<due YYYYMMDD>~<start YYYYMMDD or empty>~<pass mark %>~<course ref or empty>~<items>~<note>~<group>
 * - A whole course is its reference alone; its items (in module order) come from the site.
 * - Items are `.`-separated: `l` lesson, `q` quiz, `b` both the lesson and the quiz of that id,
 *   followed by a reference: the id's 4-character code (`idCode`), or `_<id>` when two ids on the
 *   site share that code.
 * - Note and group are base64url (UTF-8); the group comes last so a link never ends with `~`.
 * Format 1 (base64url JSON, links made before December 2026) is still read.
 *
 * No zod here: this module ships to the browser.
 */
import { seedFrom } from './shuffle.ts';
import {
	assignmentProblems,
	cleanText,
	DEFAULT_PASS_MARK,
	ID_PATTERN,
	MAX_ITEMS,
	MAX_TEXT,
	type Assignment,
	type AssignmentItem,
	type ItemKind,
	type KnownIds,
} from './assignment-model.ts';

/** The current link format. */
export const ASSIGNMENT_VERSION = 2;
/** Longest accepted encoded assignment (old format-1 links were up to about 2 KB). */
export const MAX_ENCODED_LENGTH = 4000;
const LEGACY_MAX_TEXT = { cohort: 80, note: 500 } as const;

export type AssignmentError = 'missing' | 'too-long' | 'garbled' | 'invalid' | 'unknown-item';

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: AssignmentError };

export function toBase64Url(text: string): string {
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

/** The 4-character code of a lesson, quiz or course id in links (base 36 of its FNV-1a hash). */
export function idCode(id: string): string {
	return (seedFrom(id) % 36 ** 4).toString(36).padStart(4, '0');
}


const compactDate = (date: string) => date.replace(/-/g, '');
const fullDate = (date: string) => (/^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : '');

function reference(id: string, among: Iterable<string>): string {
	const code = idCode(id);
	for (const other of among) if (other !== id && idCode(other) === code) return `_${id}`;
	return code;
}

function resolve(ref: string, among: Iterable<string>): string | undefined {
	if (ref.startsWith('_')) {
		const id = ref.slice(1);
		return ID_PATTERN.test(id) && [...among].includes(id) ? id : undefined;
	}
	if (!/^[0-9a-z]{4}$/.test(ref)) return undefined;
	const matches = [...among].filter((id) => idCode(id) === ref);
	return matches.length === 1 ? matches[0] : undefined;
}

const both = (known: KnownIds) => [...known.lessons].filter((id) => known.quizzes.has(id));

/**
 * The link form of an assignment (format 2). The same assignment always gives the same text:
 * completion codes are made and checked against it.
 */
export function encodeAssignment(assignment: Assignment, known: KnownIds): string {
	let course = '';
	let items = '';
	if (assignment.course) course = reference(assignment.course, known.courses.keys());
	else {
		const tokens: string[] = [];
		const list = assignment.items;
		for (let i = 0; i < list.length; i++) {
			const item = list[i]!;
			const next = list[i + 1];
			if (item.kind === 'lesson' && next?.kind === 'quiz' && next.id === item.id) {
				tokens.push(`b${reference(item.id, both(known))}`);
				i++;
			} else tokens.push(`${item.kind === 'lesson' ? 'l' : 'q'}${reference(item.id, item.kind === 'lesson' ? known.lessons : known.quizzes)}`);
		}
		items = tokens.join('.');
	}
	const note = assignment.note ? cleanText(assignment.note, MAX_TEXT.note) : '';
	return [
		ASSIGNMENT_VERSION,
		compactDate(assignment.due),
		assignment.start ? compactDate(assignment.start) : '',
		assignment.passMark,
		course,
		items,
		note ? toBase64Url(note) : '',
		toBase64Url(cleanText(assignment.cohort, MAX_TEXT.cohort)),
	].join('~');
}

/** The assignment's items: a whole course's from the site, in module order; otherwise its own. */
function courseItems(course: string, known: KnownIds): AssignmentItem[] {
	return [...(known.courses.get(course)?.items ?? [])];
}

function decodeVersion2(encoded: string, known: KnownIds): DecodeResult {
	const fields = encoded.split('~');
	if (fields.length !== 8) return { ok: false, error: 'invalid' };
	const [, due, start, passMark, courseRef, itemList, note, cohort] = fields as [string, string, string, string, string, string, string, string];
	if (!/^\d{1,3}$/.test(passMark) || !/^[A-Za-z0-9_-]*$/.test(note) || !/^[A-Za-z0-9_-]+$/.test(cohort)) return { ok: false, error: 'invalid' };
	let noteText: string;
	let cohortText: string;
	try {
		noteText = note ? fromBase64Url(note) : '';
		cohortText = fromBase64Url(cohort);
	} catch {
		return { ok: false, error: 'garbled' };
	}
	let course: string | undefined;
	const items: AssignmentItem[] = [];
	if (courseRef) {
		if (itemList) return { ok: false, error: 'invalid' };
		course = resolve(courseRef, known.courses.keys());
		if (!course) return { ok: false, error: 'unknown-item' };
		items.push(...courseItems(course, known));
	} else {
		const tokens = itemList ? itemList.split('.') : [];
		if (tokens.length > MAX_ITEMS) return { ok: false, error: 'invalid' };
		for (const token of tokens) {
			const kind = token[0];
			const ref = token.slice(1);
			if (kind !== 'l' && kind !== 'q' && kind !== 'b') return { ok: false, error: 'invalid' };
			if (!/^([0-9a-z]{4}|_[a-z0-9-]+)$/.test(ref)) return { ok: false, error: 'invalid' };
			const id = resolve(ref, kind === 'l' ? known.lessons : kind === 'q' ? known.quizzes : both(known));
			if (!id) return { ok: false, error: 'unknown-item' };
			if (kind !== 'q') items.push({ kind: 'lesson', id });
			if (kind !== 'l') items.push({ kind: 'quiz', id });
		}
	}
	return finish(
		{ cohort: cohortText, due: fullDate(due), start: start ? fullDate(start) : undefined, note: noteText, course, passMark: Number(passMark), items },
		MAX_TEXT
	);
}

function decodeVersion1(encoded: string, known: KnownIds): DecodeResult {
	let raw: unknown;
	try {
		raw = JSON.parse(fromBase64Url(encoded));
	} catch {
		return { ok: false, error: 'garbled' };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'invalid' };
	const { v, c, d, s, n, k, i } = raw as Record<string, unknown>;
	if (v !== 1 || typeof c !== 'string' || typeof d !== 'string' || !Array.isArray(i)) return { ok: false, error: 'invalid' };
	if ((s !== undefined && typeof s !== 'string') || (n !== undefined && typeof n !== 'string')) return { ok: false, error: 'invalid' };
	if (k !== undefined && (typeof k !== 'string' || !ID_PATTERN.test(k))) return { ok: false, error: 'invalid' };
	if (i.length > MAX_ITEMS) return { ok: false, error: 'invalid' };
	const items: AssignmentItem[] = [];
	for (const entry of i) {
		if (typeof entry !== 'string') return { ok: false, error: 'invalid' };
		const match = /^([lq]):(.+)$/.exec(entry);
		if (!match || !ID_PATTERN.test(match[2]!)) return { ok: false, error: 'invalid' };
		const kind: ItemKind = match[1] === 'l' ? 'lesson' : 'quiz';
		if (!(kind === 'lesson' ? known.lessons : known.quizzes).has(match[2]!)) return { ok: false, error: 'unknown-item' };
		items.push({ kind, id: match[2]! });
	}
	if (typeof k === 'string' && !known.courses.has(k)) return { ok: false, error: 'unknown-item' };
	// Format 1 had no pass mark: a course's own applies, or the default.
	const passMark = (typeof k === 'string' && known.courses.get(k)?.passMark) || DEFAULT_PASS_MARK;
	// A format-1 link with a course listed its items; it stays a hand-picked list.
	return finish({ cohort: c, due: d, start: s as string | undefined, note: n as string | undefined, course: undefined, passMark, items }, LEGACY_MAX_TEXT);
}

/** Removes duplicate items, cleans the texts and applies the builder's own checks. */
function finish(raw: Assignment, limits: { cohort: number; note: number }): DecodeResult {
	if ((raw.note?.length ?? 0) > limits.note * 2 || raw.cohort.length > limits.cohort * 2) return { ok: false, error: 'invalid' };
	const seen = new Set<string>();
	const items = raw.items.filter((item) => {
		const key = `${item.kind}:${item.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const assignment: Assignment = {
		cohort: cleanText(raw.cohort, limits.cohort),
		due: raw.due,
		start: raw.start || undefined,
		note: raw.note ? cleanText(raw.note, limits.note) || undefined : undefined,
		course: raw.course,
		passMark: raw.passMark,
		items,
	};
	if (assignmentProblems(assignment, limits).length) return { ok: false, error: 'invalid' };
	return { ok: true, assignment };
}

/** Decodes and validates an encoded assignment from a link (format 2, or format 1). Never throws. */
export function decodeAssignment(encoded: string | null | undefined, known: KnownIds): DecodeResult {
	if (!encoded) return { ok: false, error: 'missing' };
	if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: 'too-long' };
	if (encoded.startsWith(`${ASSIGNMENT_VERSION}~`)) {
		if (!/^[A-Za-z0-9_.~-]+$/.test(encoded)) return { ok: false, error: 'garbled' };
		return decodeVersion2(encoded, known);
	}
	if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return { ok: false, error: 'garbled' };
	return decodeVersion1(encoded, known);
}
