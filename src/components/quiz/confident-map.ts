/**
 * The classroom's "sure" hands: after the reveal, how many of the hands on each wrong answer were
 * sure (optional); the summary's confident-but-wrong map, per question, highest first, as bars and
 * a table. DOM only; the counting is in src/lib/confidence.ts.
 */
import { confidentWrongMap, type ConfidentWrongRow } from '../../lib/tally.ts';
import { tallyBar } from '../tally-bar.ts';
import { all, one } from './quiz-form.ts';

/** The sure fields show after the reveal only, with the line that says how to use them. */
export function showSureFields(root: HTMLElement, shown: boolean): void {
	for (const field of all<HTMLElement>(root, '[data-sure-field]')) field.hidden = !shown;
	one<HTMLElement>(root, '[data-sure-hint]').hidden = !shown;
}


/** A table row of these cells. */
export function tableRow(cells: readonly string[]): HTMLTableRowElement {
	const row = document.createElement('tr');
	for (const text of cells) {
		const cell = document.createElement('td');
		cell.textContent = text;
		row.append(cell);
	}
	return row;
}

/** The confident-but-wrong map of the graded slides (`number`: each slide's question number). */
export function drawConfidentMap(root: HTMLElement, slides: readonly { slide: HTMLElement; number: number }[]): ConfidentWrongRow[] {
	const rows = confidentWrongMap(
		slides.map(({ slide, number }) => {
			const wrong = all<HTMLElement>(slide, '[data-option][data-right="false"]');
			return {
				question: number,
				sure: wrong.map((option) => option.querySelector<HTMLInputElement>('[data-sure-tally]')?.value ?? ''),
				wrong: wrong.map((option) => one<HTMLInputElement>(option, '[data-tally]').value),
			};
		})
	);
	one(root, '[data-sure-chart]').replaceChildren(...rows.map((row) => tallyBar(`${row.question}`, row.width, `${row.sureWrong}`)));
	one(root, '[data-sure-rows]').replaceChildren(...rows.map((row) => tableRow([`${row.question}`, `${row.sureWrong}`, `${row.wrong}`])));
	one<HTMLElement>(root, '[data-sure-table]').hidden = rows.length === 0;
	one<HTMLElement>(root, '[data-no-sure]').hidden = rows.length > 0;
	return rows;
}
