/**
 * Chat simulator rules a schema cannot express: step and choice ids unique, every choice leads to
 * a step that exists, every step can be reached, no branch goes round in a loop, at least one
 * branch ends in a safe exit, the lessons named exist, and each translation keeps the English
 * steps, choices and outcomes (only the texts are translated).
 */
import { SOURCE_LOCALE } from '../locales.ts';
import type { Simulator } from '../schemas.ts';
import { findLoop, outcomeCounts, reachableSteps, simulatorGraph } from '../simulator.ts';
import { findDuplicates, reporter, same, type Parsed, type Problem, type RuleContext } from './types.ts';

function graphProblems(simulator: Parsed<Simulator>, problems: Problem[]): void {
	const report = reporter(problems, simulator.file);
	const { steps, start } = simulator.value;
	const ids = steps.map((s) => s.id);
	for (const id of findDuplicates(ids)) report('sim/duplicate-step', 'steps', `step id "${id}" is used more than once`, 'give every step its own id');
	if (!ids.includes(start)) report('sim/unknown-step', 'start', `there is no step "${start}"`, `start with one of: ${ids.join(', ')}`);
	steps.forEach((step, index) => {
		const choices = step.choices ?? [];
		for (const id of findDuplicates(choices.map((c) => c.id))) {
			report('sim/duplicate-choice', `steps.${index}.choices`, `choice id "${id}" is used more than once in step "${step.id}"`, 'give every choice of a step its own id');
		}
		choices.forEach((choice, i) => {
			if (!ids.includes(choice.next)) report('sim/unknown-step', `steps.${index}.choices.${i}.next`, `there is no step "${choice.next}"`, `lead to one of: ${ids.join(', ')}`);
		});
	});
	const graph = simulatorGraph(simulator.value);
	if (!ids.includes(start)) return;
	const reachable = new Set(reachableSteps(graph));
	steps.forEach((step, index) => {
		if (!reachable.has(step.id)) report('sim/unreachable', `steps.${index}`, `no choice leads to step "${step.id}"`, `lead a choice to it (next: ${step.id}), or remove the step`);
	});
	const loop = findLoop(graph);
	if (loop) {
		const index = ids.indexOf(loop.step);
		const choice = steps[index]!.choices!.findIndex((c) => c.id === loop.choice);
		report('sim/loop', `steps.${index}.choices.${choice}.next`, `choice "${loop.choice}" leads back to a step already passed, so the conversation could go round forever`, 'lead it to a later step or an ending');
	}
	if (outcomeCounts(graph).safe === 0) report('sim/no-safe-exit', 'steps', 'no branch ends in a safe exit', 'end at least one branch with outcome type: safe, showing what to do instead');
}

/** What a translation must keep: the graph, the lessons and the number of red flags. */
const structure = (simulator: Simulator) => ({ lessons: simulator.lessons, graph: simulatorGraph(simulator), redFlags: simulator.debrief.redFlags.length });

export function simulatorRules({ simulators, ids }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const english = new Map(simulators.filter((s) => s.locale === SOURCE_LOCALE).map((s) => [s.id, s]));
	for (const simulator of simulators) {
		const report = reporter(problems, simulator.file);
		graphProblems(simulator, problems);
		simulator.value.lessons.forEach((slug, i) => {
			if (!ids.lessons.has(slug)) report('ref/lesson', `lessons.${i}`, `lesson "${slug}" does not exist`, `create content/lessons/en/${slug}.mdx or fix the slug`);
		});
		if (simulator.locale === SOURCE_LOCALE) continue;
		const original = english.get(simulator.id);
		if (!original) {
			if (!ids.simulators.has(simulator.id)) {
				report('i18n/orphan', '(path)', `there is no English original content/simulators/en/${simulator.id}.yaml`, 'write the English version first, or rename this file to match an English one');
			}
		} else if (!same(structure(simulator.value), structure(original.value))) {
			report('i18n/simulator', 'steps', 'the lessons, steps, choices, where they lead, outcome types or number of red flags differ from the English simulator', `copy them from ${original.file}; translate only the texts`);
		}
	}
	return problems;
}
