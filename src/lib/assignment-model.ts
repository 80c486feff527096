/**
 * An assignment as data: what a teacher sets (items, dates, pass mark, a note for the group), its
 * limits, and the checks every assignment passes, in the builder before a link is made and in the
 * decoder (assignment-link.ts) for every link opened. Texts are only ever shown as text.
 *
 * No zod here: this module ships to the browser.
 */

/** Limits of the builder's text fields. Format-1 links allowed more and are still read. */
export const MAX_TEXT = { cohort: 50, note: 200 } as const;
export const MAX_ITEMS = 60;
/**
 * Longest whole link (address included) the builder makes: its QR code (error correction M) stays
 * at version 22 or less, 105 modules with the quiet zone, which a phone reads from a printed sheet
 * (about 0.7 mm a module) and from the page at 4 CSS pixels a module.
 */
export const MAX_LINK_LENGTH = 760;
/** Pass mark of hand-picked items (a whole course uses its own `assessment.passMark`). */
export const DEFAULT_PASS_MARK = 80;
/** Dates outside these years are typing mistakes (or hostile links), not assignments. */
export const YEAR_RANGE = { min: 2000, max: 2099 } as const;

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
	/** A whole course: its items are the course's, in module order. */
	course?: string | undefined;
	/** Percent of a quiz's points needed for the quiz to count as done. */
	passMark: number;
	items: AssignmentItem[];
}

/** What exists on the site, so that a link cannot point anywhere else. */
export interface KnownIds {
	lessons: ReadonlySet<string>;
	quizzes: ReadonlySet<string>;
	/** Each course's items in module order, and its pass mark. */
	courses: ReadonlyMap<string, { items: readonly AssignmentItem[]; passMark: number }>;
}

/** A lesson, quiz or course id as links may name it. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date, YYYY-MM-DD, in YEAR_RANGE. */
export function isValidDate(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE.test(value)) return false;
	const year = Number(value.slice(0, 4));
	if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Trims, removes control characters and shortens a text field. */
export function cleanText(value: string, max: number): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

type Problem = 'cohort' | 'due' | 'start' | 'items' | 'dates' | 'pass-mark';

/**
 * The checks every assignment passes, in the builder before a link is made and in the decoder
 * for every link opened: the same function, so a link the builder refuses is refused when opened.
 */
export function assignmentProblems(assignment: Assignment, limits: { cohort: number; note: number } = MAX_TEXT): Problem[] {
	const problems: Problem[] = [];
	const cohort = cleanText(assignment.cohort, limits.cohort * 2);
	if (!cohort || cohort.length > limits.cohort) problems.push('cohort');
	if (!isValidDate(assignment.due)) problems.push('due');
	if (assignment.start !== undefined && !isValidDate(assignment.start)) problems.push('start');
	if (assignment.items.length === 0 || assignment.items.length > MAX_ITEMS) problems.push('items');
	if (assignment.start && isValidDate(assignment.start) && isValidDate(assignment.due) && assignment.start > assignment.due) problems.push('dates');
	if (!Number.isInteger(assignment.passMark) || assignment.passMark < 1 || assignment.passMark > 100) problems.push('pass-mark');
	return problems;
}

/** A due date before today: allowed (a late assignment), but the builder warns. */
export function isDueInPast(due: string, today: string): boolean {
	return isValidDate(due) && due < today;
}
