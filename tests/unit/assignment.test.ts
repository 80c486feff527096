import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
	MAX_ENCODED_LENGTH,
	assignmentProblems,
	cleanText,
	daysUntil,
	decodeAssignment,
	encodeAssignment,
	isValidDate,
	type Assignment,
} from '../../src/lib/assignment.ts';
import { completionCode, isValidCompletionCode, normalizeCode } from '../../src/lib/completion-code.ts';
import { assignmentIcs, foldIcsLine } from '../../src/lib/ics.ts';

const known = {
	lessons: new Set(['refusal-skills', 'phishing-links']),
	quizzes: new Set(['refusal-skills', 'phishing-links']),
	courses: new Set(['prevention-basics-for-teachers']),
};
const sample: Assignment = {
	cohort: 'Group 9B — Oʻzbek tili',
	start: '2026-11-23',
	due: '2026-12-07',
	note: 'Finish before the holidays, please.',
	course: 'prevention-basics-for-teachers',
	items: [
		{ kind: 'lesson', id: 'refusal-skills' },
		{ kind: 'quiz', id: 'refusal-skills' },
	],
};
const toB64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('assignment links', () => {
	test('round-trip: what the trainer builds is what the trainee gets', () => {
		const encoded = encodeAssignment(sample);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeAssignment(encoded, known)).toEqual({ ok: true, assignment: sample });
	});

	test('all 24 modules with their quizzes fit within the size limit', () => {
		const slug = 'bank-cards-and-payment-apps'; // the longest slug in the curriculum
		const items = Array.from({ length: 24 }, (_, i) => [{ kind: 'lesson' as const, id: `${slug}-${i}` }, { kind: 'quiz' as const, id: `${slug}-${i}` }]).flat();
		expect(encodeAssignment({ ...sample, items }).length).toBeLessThan(MAX_ENCODED_LENGTH);
	});

	test.each([
		['no link', null, 'missing'],
		['empty', '', 'missing'],
		['too long', 'A'.repeat(MAX_ENCODED_LENGTH + 1), 'too-long'],
		['not base64url', 'abc$%^', 'garbled'],
		['truncated', encodeAssignment(sample).slice(0, 40), 'garbled'],
		['not JSON', toB64('hello'), 'garbled'],
		['a JSON array', toB64('[1,2]'), 'invalid'],
		['wrong version', toB64(JSON.stringify({ v: 2, c: 'x', d: '2026-01-01', i: ['l:refusal-skills'] })), 'invalid'],
		['impossible date', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-02-30', i: ['l:refusal-skills'] })), 'invalid'],
		['no items', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: [] })), 'invalid'],
		['empty cohort', toB64(JSON.stringify({ v: 1, c: '  ', d: '2026-01-01', i: ['l:refusal-skills'] })), 'invalid'],
		['bad item', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: ['l:../../etc'] })), 'invalid'],
		['unknown lesson', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: ['l:no-such-lesson'] })), 'unknown-item'],
		['unknown course', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', k: 'nope', i: ['l:refusal-skills'] })), 'unknown-item'],
		['a script as an item', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: ['l:<script>alert(1)</script>'] })), 'invalid'],
	])('%s is rejected (%s)', (_name, encoded, error) => {
		expect(decodeAssignment(encoded, known)).toEqual({ ok: false, error });
	});

	test('markup in texts stays text (the page shows it with textContent), control characters go', () => {
		const hostile = toB64(JSON.stringify({ v: 1, c: '<img src=x onerror=alert(1)>\u0000\u202e', d: '2026-01-01', n: '<script>alert(1)</script>', i: ['q:phishing-links'] }));
		const result = decodeAssignment(hostile, known);
		expect(result.ok && result.assignment.cohort).toBe('<img src=x onerror=alert(1)>');
		expect(result.ok && result.assignment.note).toBe('<script>alert(1)</script>');
	});

	test('fuzz: random and mutated links never throw and never produce an unknown item', () => {
		let seed = 12345;
		const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_$%{}';
		const valid = encodeAssignment(sample);
		for (let i = 0; i < 5000; i++) {
			let input: string;
			if (i % 3 === 0) {
				input = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			} else {
				const chars = [...valid];
				for (let m = 0; m < 1 + Math.floor(random() * 4); m++) chars[Math.floor(random() * chars.length)] = alphabet[Math.floor(random() * 64)]!;
				input = chars.join('').slice(0, Math.floor(random() * chars.length) + 1);
			}
			const result = decodeAssignment(input, known);
			if (result.ok) {
				for (const item of result.assignment.items) expect((item.kind === 'lesson' ? known.lessons : known.quizzes).has(item.id)).toBe(true);
				expect(isValidDate(result.assignment.due)).toBe(true);
				expect(result.assignment.cohort.length).toBeLessThanOrEqual(80);
			} else {
				expect(['missing', 'too-long', 'garbled', 'invalid', 'unknown-item']).toContain(result.error);
			}
		}
	});

	test('the builder reports what is missing', () => {
		expect(assignmentProblems({ cohort: ' ', due: '', items: [] })).toEqual(['cohort', 'due', 'items']);
		expect(assignmentProblems({ ...sample, start: '2026-12-08' })).toEqual(['dates']);
		expect(assignmentProblems(sample)).toEqual([]);
	});

	test('helpers', () => {
		expect(cleanText('  a\u0007b \n c ', 10)).toBe('a b c');
		expect(isValidDate('2024-02-29')).toBe(true);
		expect(isValidDate('2025-02-29')).toBe(false);
		expect(daysUntil('2026-12-07', '2026-11-23')).toBe(14);
		expect(daysUntil('2026-11-20', '2026-11-23')).toBe(-3);
	});
});

describe('completion codes', () => {
	const encoded = encodeAssignment(sample);
	test('a code made for an assignment checks out, typed loosely', () => {
		const code = completionCode(encoded, 0x5a5a5);
		expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		expect(isValidCompletionCode(encoded, code)).toBe(true);
		expect(isValidCompletionCode(encoded, code.toLowerCase().replace('-', ' '))).toBe(true);
	});
	test('a tampered code, or a code for another assignment, is rejected', () => {
		const code = completionCode(encoded, 777);
		const tampered = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
		expect(isValidCompletionCode(encoded, tampered)).toBe(false);
		expect(isValidCompletionCode(encodeAssignment({ ...sample, cohort: 'Other group' }), code)).toBe(false);
		expect(isValidCompletionCode(encoded, '')).toBe(false);
		expect(isValidCompletionCode(encoded, 'UUUU-UUUU')).toBe(false);
	});
	test('almost every random guess fails', () => {
		let accepted = 0;
		for (let i = 0; i < 20000; i++) {
			const guess = Array.from({ length: 8 }, (_, j) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[(i * 7 + j * 13 + i * j) % 32]).join('');
			if (isValidCompletionCode(encoded, guess)) accepted++;
		}
		expect(accepted).toBeLessThan(3);
	});
	test('normalizeCode reads O as 0 and I/L as 1', () => {
		expect(normalizeCode('ab-lo io')).toBe('AB1010');
	});
});

describe('calendar file', () => {
	test('a real iCalendar parser reads the due date, title and link', () => {
		const ics = assignmentIcs({ title: 'Ogoh: 9B, refusal; skills', description: 'Lesson one\nQuiz two', due: sample.due, url: 'https://ogoh.example/assignments/#a=xyz', now: new Date('2026-11-23T10:00:00Z') });
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe('Ogoh: 9B, refusal; skills');
		expect(event.description).toBe('Lesson one\nQuiz two');
		expect(event.startDate.toString()).toBe('2026-12-07');
		expect(event.startDate.isDate).toBe(true);
		expect(event.endDate.toString()).toBe('2026-12-08');
	});
	test('long lines fold without splitting a character', () => {
		const folded = foldIcsLine(`DESCRIPTION:${'oʻ'.repeat(60)}`);
		expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'oʻ'.repeat(60)}`);
	});
});
