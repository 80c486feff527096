/** Format-1 links (JSON in base64url, before the compact format): what is accepted and refused. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_PASS_MARK, decodeAssignment, type KnownIds } from '../../src/lib/assignment.ts';

const known: KnownIds = {
	lessons: new Set(['refusal-skills']),
	quizzes: new Set(['phishing-links']),
	courses: new Map([['basics', { passMark: 70, items: [{ kind: 'lesson', id: 'refusal-skills' }] }], ['no-mark', { passMark: 0, items: [] }]]),
};
const v1 = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify({ v: 1, c: '9B', d: '2026-12-07', i: ['l:refusal-skills'], ...fields }), 'utf8').toString('base64url');
const error = (fields: Record<string, unknown>) => {
	const result = decodeAssignment(v1(fields), known);
	return result.ok ? 'ok' : result.error;
};

describe('format-1 links', () => {
	test('a full link decodes to exactly its fields, with the default pass mark', () => {
		expect(decodeAssignment(v1({ s: '2026-12-01', n: 'Read first', i: ['l:refusal-skills', 'q:phishing-links'] }), known)).toEqual({
			ok: true,
			assignment: {
				cohort: '9B',
				due: '2026-12-07',
				start: '2026-12-01',
				note: 'Read first',
				course: undefined,
				passMark: DEFAULT_PASS_MARK,
				items: [
					{ kind: 'lesson', id: 'refusal-skills' },
					{ kind: 'quiz', id: 'phishing-links' },
				],
			},
		});
	});

	test("a course's pass mark applies; a course without one gives the default", () => {
		const withCourse = decodeAssignment(v1({ k: 'basics' }), known);
		expect(withCourse.ok && withCourse.assignment.passMark).toBe(70);
		expect(withCourse.ok && withCourse.assignment.course).toBeUndefined();
		const noMark = decodeAssignment(v1({ k: 'no-mark' }), known);
		expect(noMark.ok && noMark.assignment.passMark).toBe(DEFAULT_PASS_MARK);
	});

	test.each([
		['another version', { v: 2 }, 'invalid'],
		['a cohort that is not text', { c: 9 }, 'invalid'],
		['a due date that is not text', { d: 20261207 }, 'invalid'],
		['items that are not a list', { i: 'l:refusal-skills' }, 'invalid'],
		['a start that is not text', { s: 1 }, 'invalid'],
		['a note that is not text', { n: 1 }, 'invalid'],
		['a course that is not text', { k: 1 }, 'invalid'],
		['a course id with other characters', { k: 'Basics!' }, 'invalid'],
		['an item that is not text', { i: [1] }, 'invalid'],
		['an item of another kind', { i: ['x:refusal-skills'] }, 'invalid'],
		['an item without an id', { i: ['l:'] }, 'invalid'],
		['a quiz id given as a lesson', { i: ['l:phishing-links'] }, 'unknown-item'],
		['a lesson id given as a quiz', { i: ['q:refusal-skills'] }, 'unknown-item'],
		['an unknown course', { k: 'other' }, 'unknown-item'],
	])('%s is refused (%s)', (_name, fields, expected) => {
		expect(error(fields)).toBe(expected);
	});

	test('JSON that is not an object is invalid', () => {
		for (const json of ['null', '[1]', '"x"']) {
			const result = decodeAssignment(Buffer.from(json).toString('base64url'), known);
			expect(result).toEqual({ ok: false, error: 'invalid' });
		}
	});

	test('no more items than MAX_ITEMS', () => {
		expect(error({ i: Array.from({ length: 61 }, () => 'l:refusal-skills') })).toBe('invalid');
		expect(error({ i: Array.from({ length: 60 }, () => 'l:refusal-skills') })).toBe('ok');
	});
});
