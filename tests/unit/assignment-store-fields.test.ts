/** What parseStore keeps and drops, field by field and at each limit. */
import { describe, expect, test } from 'vitest';
import { MAX_CODES, MAX_OPEN, codeRandom, emptyStore, loadStore, localDay, openAssignments, parseStore, rememberAssignment, type OpenAssignment } from '../../src/lib/assignment-store.ts';

const good: OpenAssignment = { a: '2~a', cohort: 'Group', due: '2026-12-10', lessons: ['l'], quizzes: ['q'], opened: '2026-12-01T10:00:00.000Z' };
const keptOpen = (value: unknown) => parseStore(JSON.stringify({ version: 1, open: [value] })).open.length;
const keptCodes = (codes: unknown) => parseStore(JSON.stringify({ version: 1, open: [], codes })).codes;

describe('an open assignment', () => {
	test.each([
		['a with a character outside the link alphabet', { ...good, a: '2~a b' }],
		['an empty a', { ...good, a: '' }],
		['a longer than 4000', { ...good, a: 'a'.repeat(4001) }],
		['a not a string', { ...good, a: 5 }],
		['a cohort longer than 200', { ...good, cohort: 'c'.repeat(201) }],
		['a cohort not a string', { ...good, cohort: 5 }],
		['a due date of another form', { ...good, due: '2026-12-1' }],
		['a due date with more after it', { ...good, due: '2026-12-10x' }],
		['lessons not a list', { ...good, lessons: 'l' }],
		['201 lessons', { ...good, lessons: Array.from({ length: 201 }, () => 'l') }],
		['a lesson id longer than 200', { ...good, lessons: ['l'.repeat(201)] }],
		['a quiz id not a string', { ...good, quizzes: [1] }],
		['opened not a string', { ...good, opened: 1 }],
		['an array', [good]],
		['text', 'x'],
	])('with %s is dropped', (_name, value) => {
		expect(keptOpen(value)).toBe(0);
	});

	test('at each limit it is kept, with only its six fields', () => {
		const atLimits = { ...good, a: 'A'.repeat(4000), cohort: 'c'.repeat(200), lessons: Array.from({ length: 200 }, () => 'l'.repeat(200)), quizzes: [], extra: 1 };
		const { extra: _extra, ...expected } = atLimits;
		expect(parseStore(JSON.stringify({ version: 1, open: [atLimits] })).open).toEqual([expected]);
		expect(keptOpen({ ...good, a: 'Az09_.~-' })).toBe(1);
	});

	test('at most MAX_OPEN are read, the first ones', () => {
		const open = Array.from({ length: MAX_OPEN + 2 }, (_, i) => ({ ...good, a: `a${i}` }));
		expect(parseStore(JSON.stringify({ version: 1, open })).open.map((o) => o.a)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
	});

	test('another version, or open that is not a list, gives nothing', () => {
		expect(parseStore(JSON.stringify({ version: 2, open: [good] }))).toEqual(emptyStore());
		expect(parseStore(JSON.stringify({ version: 1, open: { 0: good }, codes: { x: 1 } }))).toEqual({ version: 1, open: [], codes: { x: 1 } });
		expect(parseStore('[]')).toEqual(emptyStore());
		expect(parseStore('{')).toEqual(emptyStore());
		expect(parseStore('')).toEqual(emptyStore());
		expect(loadStore(undefined)).toEqual(emptyStore());
	});
});

describe('stored code parts', () => {
	test('whole numbers from 0 to 2^32 - 1 are kept', () => {
		expect(keptCodes({ a: 0, b: 2 ** 32 - 1, c: 2 ** 32, d: -1, e: 0.5, f: '1', __proto__: 3 })).toEqual({ a: 0, b: 2 ** 32 - 1 });
	});
	test('a "__proto__" key is ignored', () => {
		const codes = parseStore(`{"version":1,"open":[],"codes":{"__proto__":3,"x":4}}`).codes;
		expect(Object.getPrototypeOf(codes)).toBe(Object.prototype);
		expect(codes).toEqual({ x: 4 });
	});
	test('only the last MAX_CODES are read', () => {
		const codes = Object.fromEntries(Array.from({ length: MAX_CODES + 1 }, (_, i) => [`k${i}`, i]));
		const read = keptCodes(codes);
		expect(Object.keys(read)).toHaveLength(MAX_CODES);
		expect(read.k0).toBeUndefined();
		expect(read[`k${MAX_CODES}`]).toBe(MAX_CODES);
	});
	test('codes that are not an object give none', () => {
		expect(keptCodes([1, 2])).toEqual({});
	});
	test('a fresh random part is stored as an unsigned 32-bit number, dropping the oldest past MAX_CODES', () => {
		expect(codeRandom(emptyStore(), 'a', -1)).toEqual({ random: 4294967295, store: { ...emptyStore(), codes: { a: 4294967295 } } });
		const full = { ...emptyStore(), codes: Object.fromEntries(Array.from({ length: MAX_CODES }, (_, i) => [`k${i}`, i])) };
		const { store } = codeRandom(full, 'new', 7);
		expect(Object.keys(store.codes)).toHaveLength(MAX_CODES);
		expect(store.codes.k0).toBeUndefined();
		expect(store.codes.new).toBe(7);
		expect(full.codes.k0).toBe(0);
	});
});

describe('offering open assignments', () => {
	test('up to and including 14 days after the due date', () => {
		const store = rememberAssignment(emptyStore(), good);
		expect(openAssignments(store, '2026-12-24')).toEqual([good]);
		expect(openAssignments(store, '2026-12-25')).toEqual([]);
	});
	test('an assignment with an unreadable due date is not offered', () => {
		const store = rememberAssignment(emptyStore(), { ...good, due: '2026-13-45' });
		expect(openAssignments(store, '2000-01-01')).toEqual([]);
	});
	test('by kind: a quiz id among lessons does not count', () => {
		const store = rememberAssignment(emptyStore(), { ...good, lessons: ['x'], quizzes: ['y'] });
		expect(openAssignments(store, '2026-12-01', { kind: 'lesson', id: 'x' })).toHaveLength(1);
		expect(openAssignments(store, '2026-12-01', { kind: 'quiz', id: 'x' })).toHaveLength(0);
		expect(openAssignments(store, '2026-12-01', { kind: 'quiz', id: 'y' })).toHaveLength(1);
		expect(openAssignments(store, '2026-12-01', { kind: 'lesson', id: 'y' })).toHaveLength(0);
	});
});

describe('localDay', () => {
	test('uses the time zone offset of the device', () => {
		const at = (iso: string, offsetMinutes: number) => ({ getTime: () => Date.parse(iso), getTimezoneOffset: () => offsetMinutes }) as unknown as Date;
		// Tashkent is UTC+5: getTimezoneOffset() is -300.
		expect(localDay(at('2026-12-01T20:00:00Z', -300))).toBe('2026-12-02');
		expect(localDay(at('2026-12-01T02:00:00Z', 300))).toBe('2026-11-30');
		expect(localDay(at('2026-12-01T12:00:00Z', 0))).toBe('2026-12-01');
	});
});
