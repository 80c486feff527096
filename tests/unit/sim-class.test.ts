import { describe, expect, test } from 'vitest';
import { destination, digitChoice, follow, handBars, leadingChoice, newRun, runSummary, stepBack, type ClassRun } from '../../src/lib/sim-class.ts';
import { storyboardNumbers, type SimulatorGraph } from '../../src/lib/simulator.ts';

/** start → a | b | broken; a → safe | risky; b → risky | a. */
const graph: SimulatorGraph = {
	start: 'start',
	steps: {
		start: { choices: [{ id: 'to-a', next: 'a' }, { id: 'to-b', next: 'b' }, { id: 'broken', next: 'nowhere' }] },
		a: { choices: [{ id: 'stop', next: 'safe' }, { id: 'go', next: 'risky' }] },
		b: { choices: [{ id: 'go', next: 'risky' }, { id: 'back', next: 'a' }] },
		safe: { choices: [], outcome: 'safe' },
		risky: { choices: [], outcome: 'risky' },
	},
};
const numbers = storyboardNumbers(graph);

describe('destination', () => {
	test('a step by its storyboard number; an ending also by its type', () => {
		expect(destination(graph, numbers, 'a')).toEqual({ number: 2 });
		expect(destination(graph, numbers, 'b')).toEqual({ number: 3 });
		expect(destination(graph, numbers, 'safe')).toEqual({ number: 4, end: 'safe' });
		expect(destination(graph, numbers, 'risky')).toEqual({ number: 5, end: 'risky' });
	});
	test('a step the storyboard does not show is a content error, named', () => {
		expect(() => destination(graph, numbers, 'nowhere')).toThrow('step "nowhere" is not in the storyboard');
	});
});

describe('handBars', () => {
	test('each choice: its hands and whole-percent share of all hands', () => {
		expect(handBars(['12', '6', '2'])).toEqual([
			{ count: 12, share: 60 },
			{ count: 6, share: 30 },
			{ count: 2, share: 10 },
		]);
		expect(handBars([1, 2])).toEqual([
			{ count: 1, share: 33 },
			{ count: 2, share: 67 },
		]);
	});
	test('typed nonsense counts 0; nobody counted draws nothing', () => {
		expect(handBars(['', 'x', '-3'])).toEqual([
			{ count: 0, share: 0 },
			{ count: 0, share: 0 },
			{ count: 0, share: 0 },
		]);
		expect(handBars(['abc', '4.9'])).toEqual([
			{ count: 0, share: 0 },
			{ count: 4, share: 100 },
		]);
	});
});

describe('leadingChoice', () => {
	test('the choice with most hands', () => {
		expect(leadingChoice(['2', '9', '4'])).toBe(1);
		expect(leadingChoice([0, 0, 1])).toBe(2);
		expect(leadingChoice([5])).toBe(0);
	});
	test('the first of a tie', () => {
		expect(leadingChoice(['3', '7', '7'])).toBe(1);
		expect(leadingChoice([4, 4])).toBe(0);
	});
	test('nobody counted: no leader', () => {
		expect(leadingChoice(['', '', ''])).toBeUndefined();
		expect(leadingChoice([])).toBeUndefined();
	});
});

describe('a class run', () => {
	test('follows the chosen choice and keeps the hands of that step', () => {
		const one = follow(graph, newRun(), 1, ['2', '9', '']);
		expect(one).toEqual({ choices: ['to-b'], hands: [[2, 9, 0]] });
		const two = follow(graph, one, 0, [1, 8]);
		expect(two).toEqual({ choices: ['to-b', 'go'], hands: [[2, 9, 0], [1, 8]] });
	});
	test('a choice the step does not have, or one leading nowhere, changes nothing', () => {
		const run: ClassRun = { choices: ['to-a'], hands: [[1, 0, 0]] };
		expect(follow(graph, run, 2, [])).toBe(run);
		expect(follow(graph, run, -1, [])).toBe(run);
		expect(follow(graph, newRun(), 2, [0, 0, 5])).toEqual(newRun());
		const ended = follow(graph, run, 0, [3, 1]);
		expect(follow(graph, ended, 0, [])).toBe(ended);
	});
	test('back undoes the last step; at the start it stays there', () => {
		expect(stepBack({ choices: ['to-b', 'go'], hands: [[2, 9, 0], [1, 8]] })).toEqual({ choices: ['to-b'], hands: [[2, 9, 0]] });
		expect(stepBack({ choices: ['to-b', 'back', 'go'], hands: [[1], [2], [3]] })).toEqual({ choices: ['to-b', 'back'], hands: [[1], [2]] });
		expect(stepBack(newRun())).toEqual(newRun());
	});
});

describe('runSummary', () => {
	test('each step on the path with its number, the choice followed, the hands and whether most hands went there', () => {
		const run: ClassRun = { choices: ['to-b', 'back', 'go'], hands: [[2, 9, 0], [6, 1], [3, 3]] };
		expect(runSummary(graph, numbers, run)).toEqual({
			rows: [
				{ step: 'start', number: 1, chosen: 1, hands: [2, 9, 0], majority: true },
				{ step: 'b', number: 3, chosen: 1, hands: [6, 1], majority: false },
				{ step: 'a', number: 2, chosen: 1, hands: [3, 3], majority: false },
			],
			end: 'risky',
		});
	});
	test('a run not yet at an end has no ending; steps without a count are not a majority', () => {
		expect(runSummary(graph, numbers, { choices: ['to-a'], hands: [] })).toEqual({
			rows: [{ step: 'start', number: 1, chosen: 0, hands: [], majority: false }],
		});
		expect(runSummary(graph, numbers, { choices: ['to-a', 'stop'], hands: [[1, 0, 0], [0, 2]] }).end).toBe('safe');
		expect(runSummary(graph, numbers, newRun())).toEqual({ rows: [] });
	});
});

describe('digitChoice', () => {
	test('1 to 9 pick a choice the step has', () => {
		expect(digitChoice('1', 3)).toBe(0);
		expect(digitChoice('3', 3)).toBe(2);
		expect(digitChoice('9', 9)).toBe(8);
		expect(digitChoice('4', 3)).toBeUndefined();
		expect(digitChoice('0', 3)).toBeUndefined();
		expect(digitChoice('a', 3)).toBeUndefined();
		expect(digitChoice('12', 20)).toBeUndefined();
		expect(digitChoice(' 1', 3)).toBeUndefined();
		expect(digitChoice('1 ', 3)).toBeUndefined();
	});
});
