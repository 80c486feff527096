/**
 * <ogoh-classroom>: turns the list of questions into projector slides. Space or → reveals the
 * answer, then moves on; ← goes back. The teacher may type how many hands went up per option;
 * after the reveal, also how many of the hands on a wrong answer were sure (Enter leaves a field).
 * The last slide charts the share of hands on the right answer per question, and the hands that
 * were sure but wrong, highest first (confident-map.ts).
 */
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { classroomMove, summariseTally } from '../../lib/tally.ts';
import { tallyBar } from '../tally-bar.ts';

import { drawConfidentMap, showSureFields, tableRow } from './confident-map.ts';
import { all, one } from './quiz-form.ts';

const STRING_KEYS = ['counter', 'timeUp', 'noTally'] as const;

function tallyOf(slide: HTMLElement) {
	return summariseTally(
		all<HTMLElement>(slide, '[data-option]').map((option) => ({
			count: one<HTMLInputElement>(option, '[data-tally]').value,
			right: option.dataset.right === 'true',
		}))
	);
}

class OgohClassroom extends HTMLElement {
	#index = 0;
	#revealed = false;
	#slides: HTMLElement[] = [];
	#timer: number | undefined;
	#strings: Record<(typeof STRING_KEYS)[number], string> = { counter: '', timeUp: '', noTally: '' };

	connectedCallback(): void {
		this.#strings = readData(this, 'data-strings', hasStrings(STRING_KEYS));
		this.#slides = all<HTMLElement>(this, '.classroom-slide');
		one<HTMLElement>(this, '[data-enhanced]').hidden = false;
		one<HTMLElement>(this, '[data-controls]').hidden = false;
		one(this, '[data-start]').addEventListener('click', () => this.#start());
		one(this, '[data-reveal]').addEventListener('click', () => this.#reveal());
		one(this, '[data-next]').addEventListener('click', () => this.#go(this.#index + 1));
		one(this, '[data-previous]').addEventListener('click', () => this.#go(this.#index - 1));
		this.addEventListener('keydown', (event) => this.#onKey(event));
		this.#go(0);
	}

	#onKey(event: KeyboardEvent): void {
		const target = event.target as HTMLElement;
		// Enter leaves a tally field (not Esc: it ends full screen), so the keys move the slides again.
		if (event.key === 'Enter' && target.matches('[data-tally], [data-sure-tally]')) {
			one<HTMLElement>(this, '[data-stage]').focus();
			return;
		}
		// Typing a tally must not move the slides.
		const move = classroomMove(event.key, target.matches('input, select, textarea'));
		if (!move) return;
		event.preventDefault();
		if (move === 'back') this.#go(this.#index - 1);
		// The summary is the last slide: there is nothing further, so the keys leave it as it is.
		else if (this.#isLast()) return;
		else if (!this.#revealed) this.#reveal();
		else this.#go(this.#index + 1);
	}

	#start(): void {
		const stage = one<HTMLElement>(this, '[data-stage]');
		// Full screen is a nicety: some browsers or kiosk settings refuse it.
		stage.requestFullscreen?.().catch(() => undefined);
		this.#go(0);
		stage.focus();
	}

	#isLast(): boolean {
		return this.#index === this.#slides.length - 1;
	}

	#go(index: number): void {
		this.#index = Math.min(Math.max(index, 0), this.#slides.length - 1);
		this.#slides.forEach((slide, i) => (slide.hidden = i !== this.#index));
		const isSummary = this.#isLast();
		this.#setRevealed(false);
		one<HTMLButtonElement>(this, '[data-reveal]').hidden = isSummary;
		one<HTMLButtonElement>(this, '[data-next]').disabled = isSummary;
		one<HTMLButtonElement>(this, '[data-previous]').disabled = this.#index === 0;
		one(this, '[data-counter]').textContent = isSummary ? '' : fill(this.#strings.counter, { n: this.#index + 1, total: this.#slides.length - 1 });
		if (isSummary) this.#summarise();
		this.#startTimer(isSummary);
	}

	#setRevealed(revealed: boolean): void {
		this.#revealed = revealed;
		this.toggleAttribute('data-revealed', revealed);
		for (const answer of all<HTMLElement>(this, '[data-answer]')) answer.hidden = !revealed;
		showSureFields(this, revealed);
	}

	#reveal(): void {
		this.#setRevealed(true);
		window.clearInterval(this.#timer);
		one<HTMLElement>(this, '[data-timer-display]').hidden = true;
	}

	#startTimer(stop: boolean): void {
		window.clearInterval(this.#timer);
		const display = one<HTMLElement>(this, '[data-timer-display]');
		let left = Number(one<HTMLSelectElement>(this, '[data-timer]').value);
		display.hidden = stop || left === 0;
		if (display.hidden) return;
		display.textContent = `${left}`;
		this.#timer = window.setInterval(() => {
			left -= 1;
			display.textContent = left > 0 ? `${left}` : this.#strings.timeUp;
			if (left <= 0) window.clearInterval(this.#timer);
		}, 1000);
	}

	#summarise(): void {
		const rows = one<HTMLElement>(this, '[data-summary-rows]');
		const chart = one<HTMLElement>(this, '[data-chart]');
		rows.replaceChildren();
		chart.replaceChildren();
		const graded = this.#slides.slice(0, -1).flatMap((slide, i) => (slide.dataset.graded === 'true' ? [{ slide, number: i + 1 }] : []));
		for (const { slide, number } of graded) {
			const { right, total, share } = tallyOf(slide);
			rows.append(tableRow([`${number}`, total > 0 ? `${right} (${share}%)` : this.#strings.noTally, `${total}`]));
			chart.append(tallyBar(`${number}`, share, share === undefined ? '–' : `${share}%`));
		}
		drawConfidentMap(this, graded);
	}
}

if (!customElements.get('ogoh-classroom')) customElements.define('ogoh-classroom', OgohClassroom);
