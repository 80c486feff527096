import { describe, expect, test } from 'vitest';
import {
	ASSIGNMENTS_KEY,
	MAX_CODES,
	MAX_OPEN,
	codeRandom,
	emptyStore,
	loadStore,
	localDay,
	openAssignments,
	parseStore,
	rememberAssignment,
	saveStore,
	type OpenAssignment,
} from '../../src/lib/assignment-store.ts';

const entry = (a: string, extra: Partial<OpenAssignment> = {}): OpenAssignment => ({
	a,
	cohort: `Group ${a}`,
	due: '2026-12-10',
	lessons: ['refusal-skills'],
	quizzes: ['phishing-links'],
	opened: '2026-12-01T10:00:00.000Z',
	...extra,
});
const memory = () => {
	const data = new Map<string, string>();
	return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
};

describe('completion code stays the same on this device', () => {
	test('the first random part is kept; later visits get the stored one', () => {
		const first = codeRandom(emptyStore(), '2~a', 1234);
		expect(first.random).toBe(1234);
		const again = codeRandom(first.store, '2~a', 9999);
		expect(again.random).toBe(1234);
		expect(again.store).toBe(first.store);
		// Another assignment gets its own.
		expect(codeRandom(first.store, '2~b', 42).random).toBe(42);
	});
	test('survives a save and a load (a reload)', () => {
		const storage = memory();
		expect(saveStore(storage, codeRandom(emptyStore(), '2~a', 77).store)).toBe(true);
		expect(codeRandom(loadStore(storage), '2~a', 5).random).toBe(77);
	});
	test('keeps at most MAX_CODES, newest last', () => {
		let store = emptyStore();
		for (let i = 0; i < MAX_CODES + 5; i++) store = codeRandom(store, `2~${i}`, i).store;
		expect(Object.keys(store.codes)).toHaveLength(MAX_CODES);
		expect(store.codes[`2~${MAX_CODES + 4}`]).toBe(MAX_CODES + 4);
		expect(store.codes['2~0']).toBeUndefined();
	});
	test('a key named like an inherited property is not a stored code', () => {
		expect(codeRandom(emptyStore(), 'constructor', 3).random).toBe(3);
	});
});

describe('open assignments', () => {
	test('opening puts an assignment first, once, and keeps the last MAX_OPEN', () => {
		let store = emptyStore();
		for (let i = 0; i < MAX_OPEN + 2; i++) store = rememberAssignment(store, entry(`2~${i}`));
		store = rememberAssignment(store, entry('2~3'));
		expect(store.open.map((o) => o.a)).toEqual(['2~3', '2~6', '2~5', '2~4', '2~2']);
	});
	test('lessons and quizzes find the assignments that include them', () => {
		const store = rememberAssignment(rememberAssignment(emptyStore(), entry('2~a')), entry('2~b', { lessons: [], quizzes: ['refusal-skills'] }));
		expect(openAssignments(store, '2026-12-01', { kind: 'lesson', id: 'refusal-skills' }).map((o) => o.a)).toEqual(['2~a']);
		expect(openAssignments(store, '2026-12-01', { kind: 'quiz', id: 'refusal-skills' }).map((o) => o.a)).toEqual(['2~b']);
		expect(openAssignments(store, '2026-12-01', { kind: 'quiz', id: 'phishing-links' }).map((o) => o.a)).toEqual(['2~a']);
		expect(openAssignments(store, '2026-12-01', { kind: 'lesson', id: 'other' })).toEqual([]);
		expect(openAssignments(store, '2026-12-01').map((o) => o.a)).toEqual(['2~b', '2~a']);
	});
	test('an assignment is offered until 14 days after its due date', () => {
		const store = rememberAssignment(emptyStore(), entry('2~a', { due: '2026-12-10' }));
		expect(openAssignments(store, '2026-12-24')).toHaveLength(1);
		expect(openAssignments(store, '2026-12-25')).toHaveLength(0);
	});
});

describe('stored data is untrusted', () => {
	test.each([null, '', 'not json', '[]', '{"version":2,"open":[]}', '{"version":1,"open":"x","codes":[]}'])('%s gives an empty store', (text) => {
		expect(parseStore(text)).toEqual(emptyStore());
	});
	test('bad entries and codes are dropped, good ones kept', () => {
		const good = entry('2~a');
		const text = JSON.stringify({
			version: 1,
			open: [good, { ...good, a: 'javascript:alert(1)' }, { ...good, due: 5 }, { ...good, lessons: [1] }, null, { ...good, a: '2~b', extra: 'x' }],
			codes: { '2~a': 12, '2~b': -1, '2~c': 1.5, '2~d': '7', '2~e': 2 ** 32 },
		});
		const store = parseStore(text);
		expect(store.open).toEqual([good, { ...good, a: '2~b' }]);
		expect(store.codes).toEqual({ '2~a': 12 });
	});
	test('storage that throws or refuses is survived', () => {
		const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } };
		expect(loadStore(throwing)).toEqual(emptyStore());
		expect(saveStore(throwing, emptyStore())).toBe(false);
		expect(saveStore(undefined, emptyStore())).toBe(false);
		const storage = memory();
		saveStore(storage, emptyStore());
		expect([...storage.data.keys()]).toEqual([ASSIGNMENTS_KEY]);
	});
});

describe('localDay', () => {
	test('is the calendar day of the given time', () => {
		const now = new Date(2026, 11, 1, 23, 30);
		expect(localDay(now)).toBe('2026-12-01');
		expect(localDay(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
	});
});
