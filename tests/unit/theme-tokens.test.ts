/**
 * Starlight keeps its light-theme colours inside a cascade layer, so a Starlight colour that
 * ogoh.css sets for the dark theme (unlayered `:root`) would also win in light mode unless the
 * light block sets it too (it did once: chat bubbles drawn in dark grey behind dark text).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const css = readFileSync('src/styles/ogoh.css', 'utf8');
const block = (selector: string) => {
	const start = css.indexOf(`${selector} {`);
	expect(start, selector).toBeGreaterThanOrEqual(0);
	return css.slice(start, css.indexOf('}', start));
};
const starlightTokens = (text: string) => new Set([...text.matchAll(/(--sl-color-[\w-]+)\s*:/g)].map((match) => match[1]));

test('every Starlight colour set for the dark theme is set for the light theme too', () => {
	const dark = starlightTokens(block(':root'));
	const light = starlightTokens(block(":root[data-theme='light']"));
	expect(dark.size).toBeGreaterThan(3);
	expect([...dark].filter((token) => !light.has(token))).toEqual([]);
});
