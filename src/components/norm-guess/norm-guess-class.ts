/**
 * The teacher view's part of a norm-guess poll (NormGuess.astro loads it only where there is one):
 * the hand counts typed per guess draw the class's spread and a sentence on it. The students' part
 * needs no script.
 */
import { classSpread } from '../../lib/class-spread.ts';
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';

const STRING_KEYS = ['classNone', 'classSummary'] as const;

export function drawClassSpreads(tallies: Iterable<HTMLElement>): void {
	for (const tally of tallies) {
		let strings: Record<(typeof STRING_KEYS)[number], string>;
		try {
			strings = readData(tally, 'data-strings', hasStrings(STRING_KEYS));
		} catch (error) {
			console.error(error);
			continue; // The hand-count fields stay; only the drawing is missing.
		}
		const percent = Number(tally.dataset.percent);
		const inputs = [...tally.querySelectorAll<HTMLInputElement>('[data-count]')];
		const bars = [...tally.querySelectorAll<HTMLElement>('[data-class-bar]')];
		const summary = tally.querySelector<HTMLElement>('[data-class-summary]')!;
		const format = new Intl.NumberFormat(document.documentElement.lang);
		tally.addEventListener('input', () => {
			const spread = classSpread(
				inputs.map((input) => input.value),
				percent
			);
			bars.forEach((bar, i) => (bar.style.width = `${spread.widths[i]}%`));
			summary.textContent = spread.mean === undefined ? strings.classNone : fill(strings.classSummary, { total: spread.total, mean: format.format(spread.mean), higher: spread.higher });
		});
	}
}
