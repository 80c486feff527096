/**
 * The browser's registry (graders.ts) and the list both registries come from (registry.ts): every
 * type's whole definition embeds the browser part the browser uses, and what the page hands the
 * browser is checked before it is graded.
 */
import { describe, expect, test } from 'vitest';
import { display, isGradableQuestion, isGraded, isQuestionType } from '../../src/lib/question-types/graders.ts';
import { QUESTION_TYPES, QUESTION_TYPE_REGISTRY } from '../../src/lib/question-types/index.ts';
import { BROWSER_PARTS } from '../../src/lib/question-types/registry.ts';
import { nonEmpty } from '../../src/lib/schemas.ts';

describe('the question-type registries', () => {
	test('the list of types, in the registry order: none lost (a new one may join without changing this test)', () => {
		expect(QUESTION_TYPES.slice(0, 11)).toEqual(['single', 'multiple', 'true-false', 'matching', 'ordering', 'short-text', 'numeric', 'scenario', 'categorize', 'hotspot', 'cloze']);
		expect(Object.keys(BROWSER_PARTS)).toEqual(QUESTION_TYPES);
	});

	test('each whole definition embeds the very browser part the browser grades with', () => {
		for (const type of QUESTION_TYPES) expect(QUESTION_TYPE_REGISTRY[type].browser, type).toBe(BROWSER_PARTS[type]);
	});

	test('display and counting per type', () => {
		expect(display('single')).toEqual({ graded: true, field: 'choice', shuffle: true, feedback: 'every-option' });
		expect(display('true-false')).toEqual({ graded: true, field: 'choice', shuffle: false, feedback: 'chosen-option' });
		expect(display('matching')).toEqual({ graded: true, field: 'matching', shuffle: true, feedback: 'verdict' });
		expect(display('ordering')).toEqual({ graded: true, field: 'ordering', shuffle: true, feedback: 'verdict' });
		expect(display('categorize')).toEqual({ graded: true, field: 'categorize', shuffle: false, feedback: 'every-option' });
		expect(display('numeric')).toEqual({ graded: true, field: 'text', shuffle: false, feedback: 'verdict' });
		expect(QUESTION_TYPES.filter((type) => !isGraded(type))).toEqual(['scenario']);
	});
});

describe('what the page hands the browser', () => {
	test('a known type name only', () => {
		expect(isQuestionType('single')).toBe(true);
		expect(isQuestionType('yes-no')).toBe(false);
		expect(isQuestionType('toString')).toBe(false);
		expect(isQuestionType(1)).toBe(false);
		expect(isQuestionType(undefined)).toBe(false);
	});

	test('an object of a known type that its type finds gradable', () => {
		const single = { type: 'single', options: [{ id: 'a' }, { id: 'b' }], answer: 'a' };
		expect(isGradableQuestion(single)).toBe(true);
		expect(isGradableQuestion({ ...single, answer: 1 })).toBe(false);
		expect(isGradableQuestion({ ...single, type: 'yes-no' })).toBe(false);
		expect(isGradableQuestion({ ...single, type: undefined })).toBe(false);
		expect(isGradableQuestion(null)).toBe(false);
		expect(isGradableQuestion('single')).toBe(false);
		expect(isGradableQuestion([single])).toBe(false);
		expect(isGradableQuestion(Object.assign([], single))).toBe(false);
	});
});

test('the question union refuses an empty registry by name', () => {
	expect(() => nonEmpty([])).toThrow(/^the question-type registry is empty$/);
	expect(nonEmpty([1, 2])).toEqual([1, 2]);
});
