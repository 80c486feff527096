import { describe, expect, test } from 'vitest';
import { hasStrings, isArrayOf, isRecord, isStringRecord } from '../../src/lib/data-guards.ts';
import { readData } from '../../src/lib/element-data.ts';

/** The two members readData uses, without a DOM. */
function element(attributes: Record<string, string>, localName = 'ogoh-test'): HTMLElement {
	const fake = { localName, getAttribute: (name: string) => attributes[name] ?? null };
	return fake as unknown as HTMLElement;
}

describe('readData', () => {
	test('returns the parsed value the guard accepts, by full attribute name or dataset name', () => {
		const el = element({ 'data-strings': '{"next":"Next","back":"Back"}' });
		expect(readData(el, 'data-strings', isStringRecord)).toEqual({ next: 'Next', back: 'Back' });
		expect(readData(el, 'strings', isStringRecord)).toEqual({ next: 'Next', back: 'Back' });
	});

	test('a missing attribute names the element and the attribute', () => {
		expect(() => readData(element({}, 'ogoh-quiz'), 'strings', isStringRecord)).toThrow(
			new Error('<ogoh-quiz data-strings>: the attribute is missing. Render it in the component with JSON.stringify(…).'),
		);
	});

	test('an empty attribute is not JSON', () => {
		expect(() => readData(element({ 'data-grade': '' }), 'data-grade', isRecord)).toThrow(/^<ogoh-test data-grade>: the attribute is not valid JSON \(SyntaxError: .+\)\. Render it with JSON\.stringify\(…\)\.$/);
	});

	test('invalid JSON keeps the parse error as the cause', () => {
		try {
			readData(element({ 'data-x': '{oops' }), 'x', isRecord);
			expect.unreachable();
		} catch (error) {
			expect((error as Error).cause).toBeInstanceOf(SyntaxError);
		}
	});

	test('JSON of the wrong shape is refused, quoting the start of the data', () => {
		expect(() => readData(element({ 'data-strings': '{"next":1}' }), 'strings', isStringRecord)).toThrow(
			new Error('<ogoh-test data-strings>: the data does not have the expected shape: {"next":1}'),
		);
		const long = JSON.stringify(['x'.repeat(200)]);
		expect(() => readData(element({ 'data-strings': long }), 'strings', isStringRecord)).toThrow(
			new Error(`<ogoh-test data-strings>: the data does not have the expected shape: ${long.slice(0, 120)}`),
		);
	});
});

describe('guards', () => {
	test('isRecord accepts plain objects only', () => {
		expect(isRecord({})).toBe(true);
		expect(isRecord({ a: 1 })).toBe(true);
		expect(isRecord(null)).toBe(false);
		expect(isRecord([])).toBe(false);
		expect(isRecord('x')).toBe(false);
		expect(isRecord(1)).toBe(false);
	});

	test('isStringRecord wants every value a string', () => {
		expect(isStringRecord({})).toBe(true);
		expect(isStringRecord({ a: 'x', b: '' })).toBe(true);
		expect(isStringRecord({ a: 'x', b: 2 })).toBe(false);
		expect(isStringRecord(['x'])).toBe(false);
		expect(isStringRecord(null)).toBe(false);
	});

	test('hasStrings wants each named key a string and allows others', () => {
		const guard = hasStrings(['done', 'todo']);
		expect(guard({ done: 'Done', todo: 'Mark done', extra: 3 })).toBe(true);
		expect(guard({ done: 'Done' })).toBe(false);
		expect(guard({ done: 'Done', todo: 1 })).toBe(false);
		expect(guard(null)).toBe(false);
		expect(hasStrings([])({})).toBe(true);
	});

	test('isArrayOf wants an array whose every item passes', () => {
		const strings = isArrayOf((value: unknown): value is string => typeof value === 'string');
		expect(strings([])).toBe(true);
		expect(strings(['a', 'b'])).toBe(true);
		expect(strings(['a', 1])).toBe(false);
		expect(strings({ 0: 'a', length: 1 })).toBe(false);
		expect(strings('ab')).toBe(false);
	});
});

describe('hasStrings as the elements read their strings', () => {
	test('each named key an own string property; anything else is refused', () => {
		const guard = hasStrings(['next', 'back']);
		expect(guard({ next: 'Next', back: 'Back', extra: 1 })).toBe(true);
		expect(guard({ next: 'Next', back: 2 })).toBe(false);
		expect(guard(undefined)).toBe(false);
		expect(guard(Object.create({ next: 'Next', back: 'Back' }))).toBe(false);
		// A JSON string has own string "properties" ('0', '1'): still not an object of strings.
		expect(hasStrings(['0'])('ab')).toBe(false);
		expect(hasStrings(['0'])(['a'])).toBe(false);
	});

	test('readData with it, as the elements call it', () => {
		const el = element({ 'data-strings': '{"next":"Next","back":"Back"}' });
		expect(readData(el, 'strings', hasStrings(['next', 'back']))).toEqual({ next: 'Next', back: 'Back' });
		expect(() => readData(el, 'strings', hasStrings(['next', 'done']))).toThrow(
			new Error('<ogoh-test data-strings>: the data does not have the expected shape: {"next":"Next","back":"Back"}'),
		);
	});
});
