/**
 * WCAG 2 contrast, for tests that measure drawn colours (home.spec.ts): computed CSS colours
 * ("rgb(12, 34, 56)", "rgba(…, 0.5)") to a contrast ratio, with a translucent colour composed
 * over what is behind it.
 */
export type Rgba = [number, number, number, number];

/** A computed CSS colour in rgb()/rgba() form; throws on anything else. */
export function parseColor(css: string): Rgba {
	const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
	if (!match) throw new Error(`not an rgb() colour: "${css}"`);
	const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
	return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** `top` drawn over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
	const a = top[3];
	return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** Relative luminance (WCAG 2.x) of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of text colour `fg` on the opaque background `bg`, from 1 to 21. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
	const [a, b] = [luminance(over(fg, bg)), luminance(bg)];
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
