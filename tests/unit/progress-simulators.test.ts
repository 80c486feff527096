import { describe, expect, test } from 'vitest';
import { emptyProgress, parseProgress, saveSimulatorWalk, simulatorRecord } from '../../src/lib/progress.ts';

const at = new Date('2026-12-01T10:00:00Z');
const later = new Date('2026-12-01T11:00:00Z');

describe('simulator progress', () => {
	test('an unknown simulator has an empty record', () => {
		expect(simulatorRecord(emptyProgress(), 'courier-job')).toEqual({ endings: [], choices: [], updated: '' });
		expect(simulatorRecord(emptyProgress(), 'toString')).toEqual({ endings: [], choices: [], updated: '' });
	});
	test('keeps the walk in progress, and each ending once in the order found', () => {
		let progress = saveSimulatorWalk(emptyProgress(), 'sim', { choices: ['a'] }, at);
		expect(progress.simulators).toEqual({ sim: { endings: [], choices: ['a'], updated: '2026-12-01T10:00:00.000Z' } });
		progress = saveSimulatorWalk(progress, 'sim', { choices: ['a', 'stop'], ending: 'safe' }, later);
		progress = saveSimulatorWalk(progress, 'sim', { choices: ['b'], ending: undefined }, later);
		progress = saveSimulatorWalk(progress, 'sim', { choices: ['b', 'go'], ending: 'risky' }, later);
		progress = saveSimulatorWalk(progress, 'sim', { choices: ['a', 'stop'], ending: 'safe' }, later);
		expect(simulatorRecord(progress, 'sim')).toEqual({ endings: ['safe', 'risky'], choices: ['a', 'stop'], updated: '2026-12-01T11:00:00.000Z' });
	});
	test('leaves quizzes, lessons and other simulators alone', () => {
		const before = { ...emptyProgress(), lessons: { l: { done: 'x' } }, simulators: { other: { endings: ['e'], choices: [], updated: 'y' } } };
		const after = saveSimulatorWalk(before, 'sim', { choices: [] }, at);
		expect(after.lessons).toEqual({ l: { done: 'x' } });
		expect(after.simulators.other).toEqual({ endings: ['e'], choices: [], updated: 'y' });
		expect(before.simulators).not.toHaveProperty('sim');
	});
	test('stored data from before simulators existed still loads, with none', () => {
		const old = JSON.stringify({ version: 1, quizzes: {}, lessons: { l: { done: 'x' } } });
		expect(parseProgress(old)).toEqual({ version: 1, quizzes: {}, lessons: { l: { done: 'x' } }, simulators: {}, review: [] });
	});
	test('round-trips through JSON, dropping duplicate endings', () => {
		const text = JSON.stringify({ version: 1, quizzes: {}, simulators: { sim: { endings: ['a', 'a', 'b'], choices: ['x'], updated: 't' } } });
		expect(parseProgress(text).simulators).toEqual({ sim: { endings: ['a', 'b'], choices: ['x'], updated: 't' } });
	});
	test.each([
		['not an object', 'x'],
		['endings not a list', { endings: 'a', choices: [], updated: 't' }],
		['choices not a list', { endings: [], choices: {}, updated: 't' }],
		['an empty id', { endings: [''], choices: [], updated: 't' }],
		['a number among choices', { endings: [], choices: [1], updated: 't' }],
		['an id over 100 characters', { endings: ['e'.repeat(101)], choices: [], updated: 't' }],
		['over 100 choices', { endings: [], choices: Array.from({ length: 101 }, () => 'c'), updated: 't' }],
		['no updated time', { endings: [], choices: [] }],
	])('drops a record with %s, keeping the valid ones', (_, record) => {
		const text = JSON.stringify({ version: 1, quizzes: {}, simulators: { bad: record, good: { endings: ['e'.repeat(100)], choices: Array.from({ length: 100 }, () => 'c'), updated: 't' } } });
		const simulators = parseProgress(text).simulators;
		expect(Object.keys(simulators)).toEqual(['good']);
	});
	test('ignores simulators that are not an object, and a "__proto__" key', () => {
		expect(parseProgress(JSON.stringify({ version: 1, quizzes: {}, simulators: ['x'] })).simulators).toEqual({});
		const text = '{"version":1,"quizzes":{},"simulators":{"__proto__":{"endings":[],"choices":[],"updated":"t"}}}';
		const simulators = parseProgress(text).simulators;
		expect(Object.keys(simulators)).toEqual([]);
		expect(Object.getPrototypeOf(simulators)).toBe(Object.prototype);
	});
});
