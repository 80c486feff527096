import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { simulatorSchema } from '../../src/lib/schemas.ts';
import { choose, findLoop, isSimulatorGraph, outcomeCounts, reachableSteps, simulatorGraph, storyboardNumbers, walk, type SimulatorGraph } from '../../src/lib/simulator.ts';

/** start → a | b; a → safe | risky; b → risky | a. */
const graph: SimulatorGraph = {
	start: 'start',
	steps: {
		start: { choices: [{ id: 'to-a', next: 'a' }, { id: 'to-b', next: 'b' }] },
		a: { choices: [{ id: 'stop', next: 'safe' }, { id: 'go', next: 'risky' }] },
		b: { choices: [{ id: 'go', next: 'risky' }, { id: 'back', next: 'a' }] },
		safe: { choices: [], outcome: 'safe' },
		risky: { choices: [], outcome: 'risky' },
	},
};

describe('simulatorGraph', () => {
	test('keeps only ids, where each choice leads and the outcome types', () => {
		const simulator = simulatorSchema.parse(parse(readFileSync('tests/fixtures/content/valid/content/simulators/en/sample.yaml', 'utf8')));
		expect(simulatorGraph(simulator)).toEqual({
			start: 'offer',
			steps: {
				offer: { choices: [{ id: 'ask', next: 'dodge' }, { id: 'agree', next: 'risky-end' }] },
				dodge: { choices: [{ id: 'stop', next: 'safe-end' }, { id: 'go-on', next: 'risky-end' }] },
				'safe-end': { choices: [], outcome: 'safe' },
				'risky-end': { choices: [], outcome: 'risky' },
			},
		});
	});
});

describe('walk', () => {
	test('starts at the start, with no outcome', () => {
		expect(walk(graph, [])).toEqual({ steps: ['start'], choices: [], current: 'start' });
	});
	test('follows each choice to its step and ends with the outcome', () => {
		expect(walk(graph, ['to-b', 'back', 'stop'])).toEqual({ steps: ['start', 'b', 'a', 'safe'], choices: ['to-b', 'back', 'stop'], current: 'safe', outcome: 'safe' });
		expect(walk(graph, ['to-a', 'go'])).toEqual({ steps: ['start', 'a', 'risky'], choices: ['to-a', 'go'], current: 'risky', outcome: 'risky' });
	});
	test('the same choice id leads where the current step says', () => {
		expect(walk(graph, ['to-b', 'go']).current).toBe('risky');
		expect(walk(graph, ['to-a', 'go']).steps).toEqual(['start', 'a', 'risky']);
	});
	test('cuts a saved walk at the first choice the step does not offer', () => {
		expect(walk(graph, ['to-a', 'back', 'stop'])).toEqual({ steps: ['start', 'a'], choices: ['to-a'], current: 'a' });
		expect(walk(graph, ['nope'])).toEqual({ steps: ['start'], choices: [], current: 'start' });
		// Past an ending nothing is offered.
		expect(walk(graph, ['to-a', 'stop', 'to-a']).choices).toEqual(['to-a', 'stop']);
	});
	test('never follows a choice to a step that does not exist, nor to an inherited property', () => {
		const broken: SimulatorGraph = { start: 'start', steps: { start: { choices: [{ id: 'x', next: 'gone' }, { id: 'y', next: 'toString' }] } } };
		expect(walk(broken, ['x'])).toEqual({ steps: ['start'], choices: [], current: 'start' });
		expect(walk(broken, ['y'])).toEqual({ steps: ['start'], choices: [], current: 'start' });
		expect(walk({ start: 'constructor', steps: {} }, ['a'])).toEqual({ steps: ['constructor'], choices: [], current: 'constructor' });
	});
});

describe('choose', () => {
	test('adds an offered choice', () => {
		expect(choose(graph, [], 'to-b')).toEqual(['to-b']);
		expect(choose(graph, ['to-b'], 'back')).toEqual(['to-b', 'back']);
	});
	test('refuses a choice the current step does not offer, and any after an ending', () => {
		expect(choose(graph, [], 'stop')).toBeUndefined();
		expect(choose(graph, ['to-a', 'stop'], 'go')).toBeUndefined();
	});
	test('drops the part of a stale walk that no longer fits before choosing', () => {
		expect(choose(graph, ['to-a', 'old'], 'stop')).toEqual(['to-a', 'stop']);
	});
});

describe('graph checks', () => {
	test('reachable steps in the order a reader meets them', () => {
		expect(reachableSteps(graph)).toEqual(['start', 'a', 'b', 'safe', 'risky']);
		const withOrphan: SimulatorGraph = { ...graph, steps: { ...graph.steps, orphan: { choices: [], outcome: 'safe' } } };
		expect(reachableSteps(withOrphan)).not.toContain('orphan');
		expect(reachableSteps({ start: 'missing', steps: graph.steps })).toEqual([]);
	});
	test('a missing target is not reachable', () => {
		expect(reachableSteps({ start: 's', steps: { s: { choices: [{ id: 'x', next: 'gone' }, { id: 'y', next: 'e' }] }, e: { choices: [], outcome: 'safe' } } })).toEqual(['s', 'e']);
	});
	test('numbers the storyboard from 1', () => {
		expect([...storyboardNumbers(graph)]).toEqual([['start', 1], ['a', 2], ['b', 3], ['safe', 4], ['risky', 5]]);
	});
	test('finds no loop in a graph that only goes forward (even when two paths meet)', () => {
		expect(findLoop(graph)).toBeUndefined();
		expect(findLoop({ start: 'missing', steps: {} })).toBeUndefined();
	});
	test('finds a choice that goes back, and one that stays on its step', () => {
		const back: SimulatorGraph = { start: 's', steps: { s: { choices: [{ id: 'on', next: 't' }] }, t: { choices: [{ id: 'end', next: 'e' }, { id: 'again', next: 's' }] }, e: { choices: [], outcome: 'safe' } } };
		expect(findLoop(back)).toEqual({ step: 't', choice: 'again' });
		const self: SimulatorGraph = { start: 's', steps: { s: { choices: [{ id: 'stay', next: 's' }] } } };
		expect(findLoop(self)).toEqual({ step: 's', choice: 'stay' });
	});
	test('counts the reachable endings by type', () => {
		expect(outcomeCounts(graph)).toEqual({ safe: 1, risky: 1 });
		expect(outcomeCounts({ start: 's', steps: { s: { choices: [{ id: 'a', next: 'r' }] }, r: { choices: [], outcome: 'risky' }, lost: { choices: [], outcome: 'safe' } } })).toEqual({ safe: 0, risky: 1 });
	});
});

describe('the simulators in content/', () => {
	const files = readdirSync('content/simulators/en').map((name) => name.replace(/\.yaml$/, ''));
	test('there are simulators', () => expect(files).toEqual(expect.arrayContaining(['courier-job', 'hello-mum', 'card-rental', 'fake-bank-call', 'open-budget-code'])));
	test.each(files)('%s: every language has the same steps, a safe exit and a risky branch', (id) => {
		const graphs = ['en', 'uz', 'ru', 'kk'].map((locale) => simulatorGraph(simulatorSchema.parse(parse(readFileSync(`content/simulators/${locale}/${id}.yaml`, 'utf8')))));
		for (const other of graphs.slice(1)) expect(other).toEqual(graphs[0]);
		const counts = outcomeCounts(graphs[0]!);
		expect(counts.safe).toBeGreaterThanOrEqual(1);
		expect(counts.risky).toBeGreaterThanOrEqual(1);
	});
});

describe('isSimulatorGraph (the graph read back from the page)', () => {
	test('wants an object with a string start and an object of steps', () => {
		expect(isSimulatorGraph({ start: 'a', steps: {} })).toBe(true);
		expect(isSimulatorGraph(null)).toBe(false);
		expect(isSimulatorGraph('{"start":"a","steps":{}}')).toBe(false);
		expect(isSimulatorGraph({ start: 1, steps: {} })).toBe(false);
		expect(isSimulatorGraph({ start: 'a' })).toBe(false);
		expect(isSimulatorGraph({ steps: {} })).toBe(false);
	});
});
