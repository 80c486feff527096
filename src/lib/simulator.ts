/**
 * The step machine of a chat simulator, shared by the page (storyboard), the <ogoh-simulator>
 * element and the content check. A simulator is a graph: each step either offers choices, each
 * leading to another step, or ends the branch with an outcome (a safe exit or a calm
 * consequence). A walk through it is the list of choice ids taken from the start; anything that
 * does not fit the graph (an old saved walk after the content changed) is cut off, never thrown.
 */
// Types only: this module ships to the browser, where zod must not.
import type { Simulator } from './schemas.ts';

export type OutcomeType = 'safe' | 'risky';

export interface GraphStep {
	choices: { id: string; next: string }[];
	outcome?: OutcomeType;
}

/** What the browser needs to play a simulator: no texts, only ids and where each choice leads. */
export interface SimulatorGraph {
	start: string;
	steps: Record<string, GraphStep>;
}

export function simulatorGraph(simulator: Pick<Simulator, 'start' | 'steps'>): SimulatorGraph {
	const steps: Record<string, GraphStep> = {};
	for (const step of simulator.steps) {
		steps[step.id] = {
			choices: (step.choices ?? []).map(({ id, next }) => ({ id, next })),
			...(step.outcome ? { outcome: step.outcome.type } : {}),
		};
	}
	return { start: simulator.start, steps };
}

/** Whether a value read from an element's data attribute has a graph's shape (the page rendered it with simulatorGraph). */
export const isSimulatorGraph = (value: unknown): value is SimulatorGraph =>
	typeof value === 'object' && value !== null && typeof (value as SimulatorGraph).start === 'string' && typeof (value as SimulatorGraph).steps === 'object';

const stepOf = (graph: SimulatorGraph, id: string): GraphStep | undefined => (Object.hasOwn(graph.steps, id) ? graph.steps[id] : undefined);

export interface Walk {
	/** The steps shown so far, from the start: one more than the choices taken. */
	steps: string[];
	/** The choices taken that fit the graph. */
	choices: string[];
	/** Where the walk stands now. */
	current: string;
	/** The outcome reached, once the current step ends the branch. */
	outcome?: OutcomeType;
}

/** Replays `choices` from the start, stopping at the first one the current step does not offer. */
export function walk(graph: SimulatorGraph, choices: readonly string[]): Walk {
	const steps = [graph.start];
	const taken: string[] = [];
	for (const id of choices) {
		const choice = stepOf(graph, steps.at(-1)!)?.choices.find((c) => c.id === id);
		if (!choice || !stepOf(graph, choice.next)) break;
		steps.push(choice.next);
		taken.push(id);
	}
	const current = steps.at(-1)!;
	const outcome = stepOf(graph, current)?.outcome;
	return { steps, choices: taken, current, ...(outcome ? { outcome } : {}) };
}

/** The choices after taking `choice` at the end of `choices`, or undefined when it is not offered there. */
export function choose(graph: SimulatorGraph, choices: readonly string[], choice: string): string[] | undefined {
	const before = walk(graph, choices);
	const next = walk(graph, [...before.choices, choice]);
	return next.choices.length > before.choices.length ? next.choices : undefined;
}

/** Step ids reachable from the start, in the order a reader meets them (breadth first). */
export function reachableSteps(graph: SimulatorGraph): string[] {
	const seen = [graph.start];
	for (let i = 0; i < seen.length; i++) {
		for (const { next } of stepOf(graph, seen[i]!)?.choices ?? []) {
			if (stepOf(graph, next) && !seen.includes(next)) seen.push(next);
		}
	}
	return stepOf(graph, graph.start) ? seen : [];
}

/** A choice that leads back to a step already on the way there (the conversation could go round forever). */
export function findLoop(graph: SimulatorGraph): { step: string; choice: string } | undefined {
	const visit = (id: string, path: string[]): { step: string; choice: string } | undefined => {
		for (const choice of stepOf(graph, id)?.choices ?? []) {
			if (path.includes(choice.next) || choice.next === id) return { step: id, choice: choice.id };
			const found = visit(choice.next, [...path, id]);
			if (found) return found;
		}
		return undefined;
	};
	return stepOf(graph, graph.start) ? visit(graph.start, []) : undefined;
}

/** The outcomes every reachable ending gives, by type. */
export function outcomeCounts(graph: SimulatorGraph): Record<OutcomeType, number> {
	const counts: Record<OutcomeType, number> = { safe: 0, risky: 0 };
	for (const id of reachableSteps(graph)) {
		const outcome = stepOf(graph, id)?.outcome;
		if (outcome) counts[outcome] += 1;
	}
	return counts;
}

/** Each reachable step's number in the storyboard (1-based, in the order a reader meets them), by step id. */
export function storyboardNumbers(graph: SimulatorGraph): Map<string, number> {
	return new Map(reachableSteps(graph).map((id, index) => [id, index + 1]));
}
