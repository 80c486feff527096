/**
 * What a chat simulator's element reads from its server-rendered markup, for the student's player
 * (simulator-element.ts) and the classroom projector (sim-class-element.ts): the translated strings
 * and the validated step graph. Undefined, with the reason in the console, when either is broken:
 * the storyboard the page shows without a script stays readable.
 */
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { isSimulatorGraph, type SimulatorGraph } from '../../lib/simulator.ts';

export function readSimulator<K extends string>(element: HTMLElement, keys: readonly K[]): { strings: Record<K, string>; graph: SimulatorGraph } | undefined {
	try {
		return { strings: readData(element, 'data-strings', hasStrings(keys)), graph: readData(element, 'data-graph', isSimulatorGraph) };
	} catch (error) {
		console.error(error);
		return undefined;
	}
}
