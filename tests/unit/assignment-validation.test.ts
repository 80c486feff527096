/**
 * Issue 10, defect 19: a link is checked with the builder's own rules. These tests use only what
 * both link formats share (format-1 JSON links, which are still read), so they ran on the old
 * decoder too, and failed there.
 */
import { describe, expect, test } from 'vitest';
import { assignmentProblems, decodeAssignment, isValidDate } from '../../src/lib/assignment.ts';

const known = {
	lessons: new Set(['refusal-skills']),
	quizzes: new Set(['refusal-skills']),
	courses: new Map([['prevention-basics-for-teachers', { items: [], passMark: 70 }]]),
};
const link = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify({ v: 1, c: 'Group 9B', i: ['l:refusal-skills'], ...fields }), 'utf8').toString('base64url');

describe('a link follows the same rules as the builder', () => {
	test('a start after the due date is refused, as the builder refuses it', () => {
		expect(decodeAssignment(link({ s: '2026-12-10', d: '2026-12-01' }), known)).toEqual({ ok: false, error: 'invalid' });
		expect(assignmentProblems({ cohort: 'x', start: '2026-12-10', due: '2026-12-01', passMark: 80, items: [{ kind: 'lesson', id: 'refusal-skills' }] })).toContain('dates');
	});
	test('the same start and due day is fine', () => {
		expect(decodeAssignment(link({ s: '2026-12-01', d: '2026-12-01' }), known).ok).toBe(true);
	});
	test.each(['0000-01-01', '1999-12-31', '2100-01-01', '9999-12-31'])('the year of %s is out of range', (date) => {
		expect(isValidDate(date)).toBe(false);
		expect(decodeAssignment(link({ d: date }), known)).toEqual({ ok: false, error: 'invalid' });
		expect(decodeAssignment(link({ d: '2026-12-01', s: date }), known)).toEqual({ ok: false, error: 'invalid' });
	});
	test.each(['2000-01-01', '2099-12-31', '2026-02-28'])('%s is a fine date', (date) => {
		expect(isValidDate(date)).toBe(true);
		expect(decodeAssignment(link({ d: date }), known).ok).toBe(true);
	});
});
