/** The chat simulator rules on their fixtures: the exact message and fix an author reads. */
import { describe, expect, test } from 'vitest';
import { contentProblems } from '../../src/lib/check-content.ts';
import { fixtureTree } from '../fixture-tree.ts';

const english = (overlay: string) => contentProblems(fixtureTree(overlay)).filter((p) => p.file === 'content/simulators/en/sample.yaml' || p.file.startsWith('content/simulators/uz/'));
const read = (overlay: string) => english(overlay).map((p) => `${p.code} ${p.file} ${p.field}: ${p.message} | ${p.fix}`);

describe('chat simulator rules', () => {
	test('the valid fixture has a simulator and no problem', () => {
		expect(contentProblems(fixtureTree())).toEqual([]);
	});
	test('a choice leading to no step', () => {
		expect(read('simulator-unknown-step')[0]).toBe(
			'sim/unknown-step content/simulators/en/sample.yaml steps.1.choices.1.next: there is no step "nowhere" | lead to one of: offer, dodge, safe-end, risky-end'
		);
	});
	test('a step id used twice', () => {
		expect(read('simulator-duplicate-step')[0]).toBe('sim/duplicate-step content/simulators/en/sample.yaml steps: step id "safe-end" is used more than once | give every step its own id');
	});
	test('a choice id used twice', () => {
		expect(read('simulator-duplicate-choice')[0]).toBe(
			'sim/duplicate-choice content/simulators/en/sample.yaml steps.0.choices: choice id "ask" is used more than once in step "offer" | give every choice of a step its own id'
		);
	});
	test('a step no choice leads to', () => {
		expect(read('simulator-unreachable')[0]).toBe('sim/unreachable content/simulators/en/sample.yaml steps.4: no choice leads to step "orphan" | lead a choice to it (next: orphan), or remove the step');
	});
	test('a choice leading back', () => {
		expect(read('simulator-loop')[0]).toBe(
			'sim/loop content/simulators/en/sample.yaml steps.1.choices.1.next: choice "go-on" leads back to a step already passed, so the conversation could go round forever | lead it to a later step or an ending'
		);
	});
	test('no safe ending', () => {
		expect(read('simulator-no-safe-exit')[0]).toBe(
			'sim/no-safe-exit content/simulators/en/sample.yaml steps: no branch ends in a safe exit | end at least one branch with outcome type: safe, showing what to do instead'
		);
	});
	test('a lesson that does not exist', () => {
		expect(read('simulator-dangling-lesson')[0]).toBe('ref/lesson content/simulators/en/sample.yaml lessons.1: lesson "no-such-lesson" does not exist | create content/lessons/en/no-such-lesson.mdx or fix the slug');
	});
	test('a translation with other choices', () => {
		expect(read('simulator-structure-differs')).toEqual([
			'i18n/simulator content/simulators/uz/sample.yaml steps: the lessons, steps, choices, where they lead, outcome types or number of red flags differ from the English simulator | copy them from content/simulators/en/sample.yaml; translate only the texts',
		]);
	});
	test('a translation without an English original', () => {
		expect(read('simulator-orphan')).toEqual([
			'i18n/orphan content/simulators/uz/other.yaml (path): there is no English original content/simulators/en/other.yaml | write the English version first, or rename this file to match an English one',
		]);
	});
	test('a step with both choices and an outcome', () => {
		expect(read('simulator-choices-and-outcome')[0]).toBe(
			'schema/invalid content/simulators/en/sample.yaml steps.1: a step has either choices (the conversation goes on) or an outcome (the branch ends), not both or neither | correct the value as the message says'
		);
	});
});
