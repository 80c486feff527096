/**
 * <ogoh-norm-guess>: a norm-guess poll in a lesson (NormGuess.astro). The learner picks 0–10 and
 * presses Compare: the real figure opens beside a bar for the guess, with a sentence on how the guess
 * compares. The guess is kept on this device (localStorage) and shown again on the next visit. In
 * the teacher view, hand counts typed per number draw the class's spread (classSpread).
 */
import { hasStrings, readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { classSpread, compareGuess, guessWidth, parseGuess } from '../../lib/norm-guess.ts';
import { browserStorage } from '../../lib/progress.ts';

const STRING_KEYS = ['chooseFirst', 'yourGuess', 'higher', 'close', 'lower', 'classNone', 'classSummary'] as const;

class OgohNormGuess extends HTMLElement {
	connectedCallback(): void {
		let strings: Record<(typeof STRING_KEYS)[number], string>;
		try {
			strings = readData(this, 'data-strings', hasStrings(STRING_KEYS));
		} catch (error) {
			console.error(error);
			return; // The figure stays readable in its <details>.
		}
		const percent = Number(this.dataset.percent);
		const key = this.dataset.key ?? '';
		const q = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
		const answer = q<HTMLDetailsElement>('[data-answer]');
		const status = q('[data-status]');
		const radios = [...this.querySelectorAll<HTMLInputElement>('input[type=radio]')];
		answer.hidden = true;
		q('[data-actions]').hidden = false;
		const storage = browserStorage();
		const saved = parseGuess(storage?.getItem(key));
		if (saved !== undefined) radios[saved]!.checked = true;

		q('[data-compare]').addEventListener('click', () => {
			const guess = parseGuess(radios.find((radio) => radio.checked)?.value);
			if (guess === undefined) {
				status.textContent = strings.chooseFirst;
				radios[0]!.focus();
				return;
			}
			try {
				storage?.setItem(key, String(guess));
			} catch {
				// A full or blocked storage only means the guess is not kept.
			}
			q('[data-guess-text]').textContent = fill(strings.yourGuess, { n: guess });
			q('[data-guess-bar]').style.width = `${guessWidth(guess)}%`;
			q('[data-guess-row]').hidden = false;
			status.textContent = strings[compareGuess(guess, percent)];
			answer.hidden = false;
			answer.open = true;
		});

		const tally = this.querySelector('[data-class]');
		if (!tally) return;
		const inputs = [...tally.querySelectorAll<HTMLInputElement>('[data-count]')];
		const bars = [...tally.querySelectorAll<HTMLElement>('[data-class-bar]')];
		const summary = q('[data-class-summary]');
		const format = new Intl.NumberFormat(document.documentElement.lang);
		tally.addEventListener('input', () => {
			const spread = classSpread(inputs.map((input) => input.value), percent);
			bars.forEach((bar, i) => (bar.style.width = `${spread.widths[i]}%`));
			summary.textContent = spread.mean === undefined ? strings.classNone : fill(strings.classSummary, { total: spread.total, mean: format.format(spread.mean), higher: spread.higher });
		});
	}
}

if (!customElements.get('ogoh-norm-guess')) customElements.define('ogoh-norm-guess', OgohNormGuess);
