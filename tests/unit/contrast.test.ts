import { describe, expect, test } from 'vitest';
import { contrastRatio, luminance, over, parseColor } from '../e2e/contrast.ts';

describe('contrast of computed colours (tests/e2e/contrast.ts)', () => {
	test('parses rgb() and rgba() in comma and space forms, with alpha as a number or a percentage', () => {
		expect(parseColor('rgb(12, 34, 56)')).toEqual([12, 34, 56, 1]);
		expect(parseColor(' rgba(1, 2, 3, 0.5) ')).toEqual([1, 2, 3, 0.5]);
		expect(parseColor('rgb(1 2 3 / 25%)')).toEqual([1, 2, 3, 0.25]);
		expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
		expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow('not an rgb() colour: "oklch(0.5 0.1 200)"');
		expect(() => parseColor('rgb(1, 2)')).toThrow();
	});

	test('composes a translucent colour over an opaque one', () => {
		expect(over([255, 255, 255, 0.5], [0, 0, 0, 1])).toEqual([127.5, 127.5, 127.5, 1]);
		expect(over([10, 20, 30, 1], [200, 200, 200, 1])).toEqual([10, 20, 30, 1]);
		expect(over([10, 20, 30, 0], [200, 100, 50, 1])).toEqual([200, 100, 50, 1]);
	});

	test('luminance and ratio match the WCAG definitions', () => {
		expect(luminance([0, 0, 0, 1])).toBe(0);
		expect(luminance([255, 255, 255, 1])).toBe(1);
		// Below and above the 0.04045 knee.
		expect(luminance([10, 10, 10, 1])).toBeCloseTo(10 / 255 / 12.92, 10);
		expect(luminance([255, 0, 0, 1])).toBeCloseTo(0.2126, 10);
		expect(luminance([0, 255, 0, 1])).toBeCloseTo(0.7152, 10);
		expect(luminance([0, 0, 255, 1])).toBeCloseTo(0.0722, 10);
		expect(luminance([128, 128, 128, 1])).toBeCloseTo(((128 / 255 + 0.055) / 1.055) ** 2.4, 10);
		expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).toBe(21);
		expect(contrastRatio([255, 255, 255, 1], [0, 0, 0, 1])).toBe(21);
		expect(contrastRatio([255, 255, 255, 1], [255, 255, 255, 1])).toBe(1);
		// #767676 on white is the classic 4.54:1; the site's light accent #0b6b66 on #fcfaf6 is 6.09:1.
		expect(contrastRatio([0x76, 0x76, 0x76, 1], [255, 255, 255, 1])).toBeCloseTo(4.54, 2);
		expect(contrastRatio([0x0b, 0x6b, 0x66, 1], [0xfc, 0xfa, 0xf6, 1])).toBeCloseTo(6.09, 2);
		// Half-transparent black on white is drawn grey.
		expect(contrastRatio([0, 0, 0, 0.5], [255, 255, 255, 1])).toBeCloseTo(contrastRatio([127.5, 127.5, 127.5, 1], [255, 255, 255, 1]), 10);
	});
});
