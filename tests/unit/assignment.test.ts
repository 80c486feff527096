import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
	MAX_ENCODED_LENGTH,
	MAX_LINK_LENGTH,
	MAX_TEXT,
	assignmentProblems,
	cleanText,
	daysUntil,
	decodeAssignment,
	encodeAssignment,
	idCode,
	isDueInPast,
	isValidDate,
	itemStatuses,
	pointsNeeded,
	type Assignment,
	type AssignmentItem,
	type KnownIds,
} from '../../src/lib/assignment.ts';
import { completionCode, isValidCompletionCode, normalizeCode } from '../../src/lib/completion-code.ts';
import { assignmentIcs, foldIcsLine } from '../../src/lib/ics.ts';

const known: KnownIds = {
	lessons: new Set(['refusal-skills', 'phishing-links']),
	quizzes: new Set(['refusal-skills', 'phishing-links']),
	courses: new Map([
		[
			'prevention-basics-for-teachers',
			{
				passMark: 70,
				items: [
					{ kind: 'lesson', id: 'refusal-skills' },
					{ kind: 'quiz', id: 'refusal-skills' },
					{ kind: 'lesson', id: 'phishing-links' },
					{ kind: 'quiz', id: 'phishing-links' },
				],
			},
		],
	]),
};
const sample: Assignment = {
	cohort: 'Group 9B — Oʻzbek tili',
	start: '2026-11-23',
	due: '2026-12-07',
	note: 'Finish before the holidays, please.',
	passMark: 80,
	items: [
		{ kind: 'lesson', id: 'refusal-skills' },
		{ kind: 'quiz', id: 'refusal-skills' },
	],
};
const toB64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('assignment links', () => {
	test('round-trip: what the trainer builds is what the trainee gets', () => {
		const encoded = encodeAssignment(sample, known);
		expect(encoded).toMatch(/^2~[A-Za-z0-9_.~-]+$/);
		expect(encoded).not.toMatch(/[~.]$/);
		expect(decodeAssignment(encoded, known)).toEqual({ ok: true, assignment: sample });
		const quizFirst = { ...sample, start: undefined, note: undefined, items: [...sample.items].reverse() };
		expect(decodeAssignment(encodeAssignment(quizFirst, known), known)).toEqual({ ok: true, assignment: quizFirst });
	});

	test('a whole course is its reference alone, and opens with its items in module order and its pass mark', () => {
		const course: Assignment = { ...sample, course: 'prevention-basics-for-teachers', passMark: 70, items: [...known.courses.get('prevention-basics-for-teachers')!.items] };
		const encoded = encodeAssignment(course, known);
		expect(encoded.split('~')[4]).toBe(idCode('prevention-basics-for-teachers'));
		expect(encoded.split('~')[5]).toBe('');
		const decoded = decodeAssignment(encoded, known);
		expect(decoded).toEqual({ ok: true, assignment: course });
		expect(decoded.ok && decoded.assignment.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['lesson:refusal-skills', 'quiz:refusal-skills', 'lesson:phishing-links', 'quiz:phishing-links']);
	});

	test('a lesson and its quiz cost one short reference', () => {
		expect(encodeAssignment(sample, known).split('~')[5]).toBe(`b${idCode('refusal-skills')}`);
		expect(encodeAssignment({ ...sample, items: [{ kind: 'quiz', id: 'phishing-links' }] }, known).split('~')[5]).toBe(`q${idCode('phishing-links')}`);
	});

	test('ids whose codes collide are written out in full, and still decode', () => {
		// Find two ids with the same 4-character code.
		const byCode = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let i = 0; !pair; i++) {
			const id = `lesson-${i}`;
			const other = byCode.get(idCode(id));
			if (other) pair = [other, id];
			else byCode.set(idCode(id), id);
		}
		const ids = new Set(pair);
		const clash: KnownIds = { lessons: ids, quizzes: new Set(), courses: new Map() };
		const assignment: Assignment = { ...sample, items: [{ kind: 'lesson', id: pair[1] }] };
		const encoded = encodeAssignment(assignment, clash);
		expect(encoded.split('~')[5]).toBe(`l_${pair[1]}`);
		expect(decodeAssignment(encoded, clash)).toEqual({ ok: true, assignment });
		// A bare code that two ids share is refused rather than guessed.
		expect(decodeAssignment(encoded.replace(`l_${pair[1]}`, `l${idCode(pair[1])}`), clash)).toEqual({ ok: false, error: 'unknown-item' });
	});

	test('the biggest selection with the longest texts in Cyrillic stays QR-sized, or the builder says so', () => {
		const ids = Array.from({ length: 24 }, (_, i) => `module-${i}`);
		const big: KnownIds = { lessons: new Set(ids), quizzes: new Set(ids), courses: new Map([['biggest-course', { passMark: 80, items: ids.flatMap((id): AssignmentItem[] => [{ kind: 'lesson', id }, { kind: 'quiz', id }]) }]]) };
		const origin = 'https://ogoh.example.org/ru/assignments/#a=';
		const texts = { cohort: 'Ж'.repeat(MAX_TEXT.cohort), note: 'Ж'.repeat(MAX_TEXT.note), start: '2026-11-23', due: '2026-12-07', passMark: 100 };
		// A whole course with the longest group name and note fits.
		expect((origin + encodeAssignment({ ...texts, course: 'biggest-course', items: [...big.courses.get('biggest-course')!.items] }, big)).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
		// 48 hand-picked items with a short note fit too; with the longest note they do not (the builder shows a message).
		const items = [...big.courses.get('biggest-course')!.items].filter((item) => item.kind === 'lesson' || item.id !== 'module-0');
		expect((origin + encodeAssignment({ ...texts, note: 'Ж'.repeat(40), items }, big)).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
		expect((origin + encodeAssignment({ ...texts, items }, big)).length).toBeGreaterThan(MAX_LINK_LENGTH);
	});

	test('format-1 links (JSON) still open: hand-picked items, the course pass mark or 80%', () => {
		const v1 = toB64(JSON.stringify({ v: 1, c: '9B', d: '2026-12-07', k: 'prevention-basics-for-teachers', i: ['q:phishing-links', 'l:refusal-skills', 'q:phishing-links'] }));
		expect(decodeAssignment(v1, known)).toEqual({
			ok: true,
			assignment: { cohort: '9B', due: '2026-12-07', start: undefined, note: undefined, course: undefined, passMark: 70, items: [{ kind: 'quiz', id: 'phishing-links' }, { kind: 'lesson', id: 'refusal-skills' }] },
		});
		const plain = decodeAssignment(toB64(JSON.stringify({ v: 1, c: '9B', d: '2026-12-07', i: ['l:refusal-skills'] })), known);
		expect(plain.ok && plain.assignment.passMark).toBe(80);
	});

	test.each([
		['no link', null, 'missing'],
		['empty', '', 'missing'],
		['too long', 'A'.repeat(MAX_ENCODED_LENGTH + 1), 'too-long'],
		['not base64url', 'abc$%^', 'garbled'],
		['truncated (format 1)', toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: ['l:refusal-skills'] })).slice(0, 30), 'garbled'],
		['truncated', encodeAssignment(sample, known).slice(0, 30), 'invalid'],
		['not JSON', toB64('hello'), 'garbled'],
		['a JSON array', toB64('[1,2]'), 'invalid'],
		['wrong version', toB64(JSON.stringify({ v: 2, c: 'x', d: '2026-01-01', i: ['l:refusal-skills'] })), 'invalid'],
		['v2: too few fields', '2~20261207~~80~~bxxxx~', 'invalid'],
		['v2: bad characters', '2~20261207~~80~~b$$$$~~OUI', 'garbled'],
		['v2: impossible date', `2~20260230~~80~~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: year 0', `2~00000101~~80~~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: start after due', `2~20261201~20261202~80~~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: pass mark 0', `2~20261201~~0~~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: pass mark 101', `2~20261201~~101~~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: no items', '2~20261201~~80~~~~OUI', 'invalid'],
		['v2: empty group', `2~20261201~~80~~l${idCode('refusal-skills')}~~IA`, 'invalid'],
		['v2: course and items', `2~20261201~~80~${idCode('prevention-basics-for-teachers')}~l${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: unknown course', '2~20261201~~80~zzzz~~~OUI', 'unknown-item'],
		['v2: unknown code', '2~20261201~~80~~lzzzz~~OUI', 'unknown-item'],
		['v2: unknown id', '2~20261201~~80~~l_no-such-lesson~~OUI', 'unknown-item'],
		['v2: bad kind', `2~20261201~~80~~x${idCode('refusal-skills')}~~OUI`, 'invalid'],
		['v2: group not UTF-8', `2~20261201~~80~~l${idCode('refusal-skills')}~~_w`, 'garbled'],
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
		const validLinks = [encodeAssignment(sample, known), toB64(JSON.stringify({ v: 1, c: 'x', d: '2026-01-01', i: ['l:refusal-skills'] }))];
		for (let i = 0; i < 5000; i++) {
			let input: string;
			if (i % 3 === 0) {
				input = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			} else {
				const chars = [...validLinks[i % 2]!];
				for (let m = 0; m < 1 + Math.floor(random() * 4); m++) chars[Math.floor(random() * chars.length)] = (alphabet + '~.')[Math.floor(random() * 66)]!;
				input = chars.join('').slice(0, Math.floor(random() * chars.length) + 1);
			}
			const result = decodeAssignment(input, known);
			if (result.ok) {
				for (const item of result.assignment.items) expect((item.kind === 'lesson' ? known.lessons : known.quizzes).has(item.id)).toBe(true);
				expect(isValidDate(result.assignment.due)).toBe(true);
				expect(assignmentProblems(result.assignment, { cohort: 80, note: 500 })).toEqual([]);
				expect(result.assignment.cohort.length).toBeLessThanOrEqual(80);
			} else {
				expect(['missing', 'too-long', 'garbled', 'invalid', 'unknown-item']).toContain(result.error);
			}
		}
	});

	test('the builder reports what is missing', () => {
		expect(assignmentProblems({ cohort: ' ', due: '', passMark: 80, items: [] })).toEqual(['cohort', 'due', 'items']);
		expect(assignmentProblems({ ...sample, start: '2026-12-08' })).toEqual(['dates']);
		expect(assignmentProblems({ ...sample, start: '2026-12-07' })).toEqual([]);
		expect(assignmentProblems({ ...sample, passMark: 0 })).toEqual(['pass-mark']);
		expect(assignmentProblems({ ...sample, passMark: 100 })).toEqual([]);
		expect(assignmentProblems({ ...sample, passMark: 79.5 })).toEqual(['pass-mark']);
		expect(assignmentProblems({ ...sample, cohort: 'x'.repeat(MAX_TEXT.cohort + 1) })).toEqual(['cohort']);
		expect(assignmentProblems({ ...sample, items: Array.from({ length: 61 }, () => sample.items[0]!) })).toEqual(['items']);
		expect(assignmentProblems(sample)).toEqual([]);
	});

	test('a due date before today is flagged for a warning', () => {
		expect(isDueInPast('2026-11-30', '2026-12-01')).toBe(true);
		expect(isDueInPast('2026-12-01', '2026-12-01')).toBe(false);
		expect(isDueInPast('2026-12-02', '2026-12-01')).toBe(false);
		expect(isDueInPast('', '2026-12-01')).toBe(false);
	});

	test('helpers', () => {
		expect(cleanText('  a\u0007b \n c ', 10)).toBe('a b c');
		expect(isValidDate('2024-02-29')).toBe(true);
		expect(isValidDate('2025-02-29')).toBe(false);
		expect(idCode('refusal-skills')).toMatch(/^[0-9a-z]{4}$/);
		expect(idCode('refusal-skills')).not.toBe(idCode('phishing-links'));
		expect(daysUntil('2026-12-07', '2026-11-23')).toBe(14);
		expect(daysUntil('2026-11-20', '2026-11-23')).toBe(-3);
	});
});

describe('what is done: a quiz counts only at the pass mark', () => {
	const items: AssignmentItem[] = [{ kind: 'lesson', id: 'a' }, { kind: 'quiz', id: 'a' }, { kind: 'quiz', id: 'b' }];
	const record = (best: number, total: number, attempts = 1) => ({ best, total, attempts });
	test('points needed round up: 80% of 7 is 6, 70% of 10 is 7, 100% of 3 is 3', () => {
		expect(pointsNeeded(80, 7)).toBe(6);
		expect(pointsNeeded(70, 10)).toBe(7);
		expect(pointsNeeded(100, 3)).toBe(3);
		expect(pointsNeeded(80, 5)).toBe(4);
		expect(pointsNeeded(1, 7)).toBe(1);
		expect(pointsNeeded(80, 0)).toBe(0);
	});
	test('everything wrong is not done, and says what it needs', () => {
		const statuses = itemStatuses({ items, passMark: 80 }, { a: { done: 'x' } }, (id) => (id === 'a' ? { record: record(0, 7), graded: 7 } : { graded: 5 }));
		expect(statuses).toEqual([
			{ kind: 'lesson', id: 'a', done: true },
			{ kind: 'quiz', id: 'a', done: false, attempted: true, best: 0, total: 7, needed: 6 },
			{ kind: 'quiz', id: 'b', done: false, attempted: false, best: 0, total: 5, needed: 4 },
		]);
	});
	test('one point short is not done; the pass mark exactly is', () => {
		const at = (best: number) => itemStatuses({ items: [items[1]!], passMark: 80 }, {}, () => ({ record: record(best, 7), graded: 7 }))[0]!.done;
		expect(at(5)).toBe(false);
		expect(at(5.5)).toBe(false);
		expect(at(6)).toBe(true);
		expect(at(7)).toBe(true);
	});
	test('a record with no finished attempt does not count; the stored total wins over the page', () => {
		const [status] = itemStatuses({ items: [items[1]!], passMark: 80 }, {}, () => ({ record: record(7, 7, 0), graded: 7 }));
		expect(status).toMatchObject({ done: false, attempted: false, needed: 6 });
		const [stored] = itemStatuses({ items: [items[1]!], passMark: 50 }, {}, () => ({ record: record(2, 4), graded: 9 }));
		expect(stored).toMatchObject({ done: true, total: 4, needed: 2 });
	});
	test('a lesson not marked is not done; inherited names do not count', () => {
		expect(itemStatuses({ items: [{ kind: 'lesson', id: 'toString' }], passMark: 80 }, {}, () => ({ graded: 0 }))[0]!.done).toBe(false);
	});
});

describe('completion codes', () => {
	const encoded = encodeAssignment(sample, known);
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
		expect(isValidCompletionCode(encodeAssignment({ ...sample, cohort: 'Other group' }, known), code)).toBe(false);
		// A code for a lower pass mark is not valid for the real one.
		expect(isValidCompletionCode(encodeAssignment({ ...sample, passMark: 50 }, known), code)).toBe(false);
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
	test('the whole file, exactly: escaped texts, the stamp without milliseconds, the day after the 31st of December', () => {
		const ics = assignmentIcs({
			title: 'Ogoh: 9B\\10A, refusal; skills',
			description: 'Lesson one\r\nQuiz two',
			due: '2026-12-31',
			url: 'https://ogoh.example/assignments/#a=xyz',
			now: new Date('2026-11-23T10:05:09.123Z'),
		});
		expect(ics.split('\r\n')).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Ogoh//Assignments//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'BEGIN:VEVENT',
			'UID:atggol-20261231@ogoh',
			'DTSTAMP:20261123T100509Z',
			'DTSTART;VALUE=DATE:20261231',
			'DTEND;VALUE=DATE:20270101',
			'SUMMARY:Ogoh: 9B\\\\10A\\, refusal\\; skills',
			'DESCRIPTION:Lesson one\\nQuiz two',
			'URL:https://ogoh.example/assignments/#a=xyz',
			'END:VEVENT',
			'END:VCALENDAR',
			'',
		]);
	});
	test('a long line folds at 75 octets, and each continuation at 74 after its space', () => {
		expect(foldIcsLine(`DESCRIPTION:${'x'.repeat(150)}`)).toBe(`DESCRIPTION:${'x'.repeat(63)}\r\n ${'x'.repeat(74)}\r\n ${'x'.repeat(13)}`);
		expect(foldIcsLine(`DESCRIPTION:${'x'.repeat(63)}`)).toBe(`DESCRIPTION:${'x'.repeat(63)}`);
		expect(foldIcsLine(`DESCRIPTION:${'x'.repeat(64)}`)).toBe(`DESCRIPTION:${'x'.repeat(63)}\r\n x`);
	});
	test('long lines fold without splitting a character', () => {
		const folded = foldIcsLine(`DESCRIPTION:${'oʻ'.repeat(60)}`);
		expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'oʻ'.repeat(60)}`);
	});
});
