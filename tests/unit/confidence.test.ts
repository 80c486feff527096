/** "How sure are you?": the four-way verdict, the stored lists, confident mistakes (src/lib/confidence.ts) and the classroom map (src/lib/tally.ts). */
import { describe, expect, test } from 'vitest';
import { confidenceById, confidenceVerdict, confidentMistakes, isConfidence, storedConfidence, type Confidence } from '../../src/lib/confidence.ts';
import { confidentWrongMap, handCount } from '../../src/lib/tally.ts';

const graded = (verdict: 'correct' | 'partial' | 'incorrect') => ({ verdict, graded: true });

describe('the four-way verdict', () => {
	test.each([
		['correct', 'sure', 'right-sure'],
		['correct', 'unsure', 'right-unsure'],
		['incorrect', 'sure', 'wrong-sure'],
		['incorrect', 'unsure', 'wrong-unsure'],
		['partial', 'sure', 'wrong-sure'],
		['partial', 'unsure', 'wrong-unsure'],
	] as const)('%s answered %s is %s', (verdict, confidence, expected) => {
		expect(confidenceVerdict(graded(verdict), confidence)).toBe(expected);
	});

	test('no confidence given, no result, a scenario or an unanswered question: no verdict', () => {
		expect(confidenceVerdict(graded('correct'), undefined)).toBeUndefined();
		expect(confidenceVerdict(undefined, 'sure')).toBeUndefined();
		expect(confidenceVerdict({ verdict: 'ungraded', graded: false }, 'sure')).toBeUndefined();
		expect(confidenceVerdict({ verdict: 'incorrect', graded: false }, 'sure')).toBeUndefined();
		expect(confidenceVerdict({ verdict: 'unanswered', graded: true }, 'sure')).toBeUndefined();
		expect(confidenceVerdict({ verdict: 'ungraded', graded: true }, 'unsure')).toBeUndefined();
	});

	test('only the two stored words are confidences', () => {
		expect([isConfidence('sure'), isConfidence('unsure'), isConfidence('Sure'), isConfidence(''), isConfidence(undefined)]).toEqual([true, true, false, false, false]);
	});
});

describe('stored confidence', () => {
	test('two id lists in page order, empty ones left out', () => {
		const map = new Map<string, Confidence>([['q3', 'sure'], ['q1', 'unsure'], ['q2', 'sure']]);
		expect(storedConfidence(['q1', 'q2', 'q3', 'q4'], map)).toEqual({ sure: ['q2', 'q3'], unsure: ['q1'] });
		expect(storedConfidence(['q1', 'q2'], new Map([['q2', 'sure']]))).toEqual({ sure: ['q2'] });
		expect(storedConfidence(['q1', 'q2'], new Map([['q1', 'unsure']]))).toEqual({ unsure: ['q1'] });
		expect(storedConfidence(['q1'], new Map())).toEqual({});
	});

	test('read back by id; an id in both lists counts as "not sure"', () => {
		expect([...confidenceById({ sure: ['a', 'b'], unsure: ['b', 'c'] })]).toEqual([['a', 'sure'], ['b', 'unsure'], ['c', 'unsure']]);
		expect([...confidenceById({})]).toEqual([]);
	});
});

describe('confident mistakes', () => {
	const ids = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
	const results = [graded('incorrect'), graded('correct'), graded('partial'), graded('incorrect'), { verdict: 'ungraded' as const, graded: false }, undefined];
	const confidence = new Map<string, Confidence>([['q1', 'sure'], ['q2', 'sure'], ['q3', 'sure'], ['q4', 'unsure'], ['q5', 'sure'], ['q6', 'sure']]);

	test('wrong or partly right, checked, graded and answered "sure", in the order asked', () => {
		expect(confidentMistakes([0, 1, 2, 3, 4, 5], ids, results, confidence)).toEqual(['q1', 'q3']);
		expect(confidentMistakes([2, 0], ids, results, confidence)).toEqual(['q3', 'q1']);
	});

	test('only among the round\'s questions', () => {
		expect(confidentMistakes([1, 2, 3], ids, results, confidence)).toEqual(['q3']);
		expect(confidentMistakes([], ids, results, confidence)).toEqual([]);
	});
});

describe('the classroom confident-but-wrong map', () => {
	test('per question, sure-and-wrong hands highest first, bars as a share of the highest', () => {
		expect(
			confidentWrongMap([
				{ question: 1, sure: ['2', ''], wrong: ['5', '3'] },
				{ question: 2, sure: ['4', '4'], wrong: ['6', '6'] },
				{ question: 3, sure: [''], wrong: ['9'] },
				{ question: 4, sure: ['6'], wrong: ['7'] },
			])
		).toEqual([
			{ question: 2, sureWrong: 8, wrong: 12, width: 100 },
			{ question: 4, sureWrong: 6, wrong: 7, width: 75 },
			{ question: 1, sureWrong: 2, wrong: 8, width: 25 },
		]);
	});

	test('ties keep the question order; typed zeros are shown with no bar; nonsense counts as 0', () => {
		expect(
			confidentWrongMap([
				{ question: 5, sure: [3], wrong: [3] },
				{ question: 2, sure: ['3'], wrong: ['4'] },
				{ question: 7, sure: ['0', 'x'], wrong: ['2', '-1'] },
				{ question: 8, sure: [' '], wrong: ['2'] },
			])
		).toEqual([
			{ question: 2, sureWrong: 3, wrong: 4, width: 100 },
			{ question: 5, sureWrong: 3, wrong: 3, width: 100 },
			{ question: 7, sureWrong: 0, wrong: 2, width: 0 },
		]);
	});

	test('one third is rounded to a whole percent; nothing counted gives an empty map', () => {
		expect(confidentWrongMap([{ question: 1, sure: ['3'], wrong: [] }, { question: 2, sure: ['1'], wrong: [] }]).map((row) => row.width)).toEqual([100, 33]);
		expect(confidentWrongMap([{ question: 1, sure: ['0'], wrong: ['0'] }])).toEqual([{ question: 1, sureWrong: 0, wrong: 0, width: 0 }]);
		expect(confidentWrongMap([{ question: 1, sure: [''], wrong: ['3'] }])).toEqual([]);
		expect(confidentWrongMap([])).toEqual([]);
	});
});

test('a typed hand count: whole numbers ≥ 0, anything else 0', () => {
	expect(['3', 4, '2.9', '-2', 'abc', '', 'Infinity', '0'].map(handCount)).toEqual([3, 4, 2, 0, 0, 0, 0, 0]);
});
