/**
 * A chat simulator run in class (projector mode, printed storyboard): where each choice leads, as
 * the storyboard labels it, and the class's run: at each step the hands raised per choice and the
 * choice the teacher followed (usually the one with most hands, any allowed). The browser keeps a
 * run in memory only; nothing is saved. Counts are read as the quiz classroom reads them (tally.ts).
 */
import { walk, type OutcomeType, type SimulatorGraph } from './simulator.ts';
import { handCount, shareOf } from './tally.ts';

/** Where a choice leads: a step's storyboard number, and the ending's type when that step ends the branch. */
export interface Destination {
	number: number;
	end?: OutcomeType;
}

export function destination(graph: SimulatorGraph, numbers: ReadonlyMap<string, number>, next: string): Destination {
	const number = numbers.get(next);
	if (number === undefined) throw new RangeError(`step "${next}" is not in the storyboard`);
	const end = graph.steps[next]?.outcome;
	return end ? { number, end } : { number };
}

/** One bar per choice: its hands and their whole-percent share of all hands at the step (0 when nobody was counted). */
export function handBars(typed: readonly (string | number)[]): { count: number; share: number }[] {
	const counts = typed.map(handCount);
	const total = counts.reduce((sum, count) => sum + count, 0);
	return counts.map((count) => ({ count, share: shareOf(count, total) ?? 0 }));
}

/** The index of the choice with most hands (the first of a tie); undefined when nobody was counted. */
export function leadingChoice(typed: readonly (string | number)[]): number | undefined {
	let best: number | undefined;
	let most = 0;
	typed.map(handCount).forEach((count, index) => {
		if (count > most) [best, most] = [index, count];
	});
	return best;
}

/** A class's way through a simulator: the choices followed and, for each, the hands counted per choice at that step. */
export interface ClassRun {
	choices: string[];
	hands: number[][];
}

export const newRun = (): ClassRun => ({ choices: [], hands: [] });

/** The run after following choice `index` of the current step with `typed` hands counted; unchanged when there is no such choice. */
export function follow(graph: SimulatorGraph, run: ClassRun, index: number, typed: readonly (string | number)[]): ClassRun {
	const state = walk(graph, run.choices);
	const choice = graph.steps[state.current]?.choices[index];
	if (!choice || walk(graph, [...run.choices, choice.id]).choices.length !== run.choices.length + 1) return run;
	return { choices: [...run.choices, choice.id], hands: [...run.hands, typed.map(handCount)] };
}

/** The run one step back (the last choice undone); at the start it stays at the start. */
export const stepBack = (run: ClassRun): ClassRun => ({ choices: run.choices.slice(0, -1), hands: run.hands.slice(0, -1) });

/** One row of the summary: a step on the path, the choice followed there (by index) and the hands per choice. */
export interface PathRow {
	step: string;
	number: number;
	chosen: number;
	hands: number[];
	/** Whether the class followed the choice with most hands (false when the teacher chose another, or nobody was counted). */
	majority: boolean;
}

/** The path the class took, step by step, and the ending reached if any. */
export function runSummary(graph: SimulatorGraph, numbers: ReadonlyMap<string, number>, run: ClassRun): { rows: PathRow[]; end?: OutcomeType } {
	const state = walk(graph, run.choices);
	const rows = state.choices.map((id, i) => {
		const step = state.steps[i]!;
		const chosen = graph.steps[step]!.choices.findIndex((choice) => choice.id === id);
		const hands = run.hands[i] ?? [];
		return { step, number: numbers.get(step) ?? 0, chosen, hands, majority: leadingChoice(hands) === chosen };
	});
	return state.outcome ? { rows, end: state.outcome } : { rows };
}

/** The choice a digit key picks: 1 for the first, up to 9; undefined for any other key or a choice the step does not have. */
export function digitChoice(key: string, choices: number): number | undefined {
	if (!/^[1-9]$/.test(key)) return undefined;
	const index = Number(key) - 1;
	return index < choices ? index : undefined;
}
