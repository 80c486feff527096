/**
 * <ogoh-progress-list>: lesson and quiz lists rendered on the server, enhanced with the progress
 * kept in this browser: each `[data-state="<index>"]` gets "✓ Done · Best score: 7 of 8" for
 * `data-cards[index]`, and `[data-count]` (if any) "4 of 12 lessons done". The spaces are reserved
 * by the page, so nothing moves; without JavaScript or progress they stay empty.
 */
import { hasStrings, isArrayOf } from '../lib/data-guards.ts';
import { readData } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { browserStorage, loadProgress } from '../lib/progress.ts';
import { cardDone, cardState, doneCount, isCard, stateText } from '../lib/progress-view.ts';

const isStrings = hasStrings(['done', 'best', 'started', 'count']);
const isCards = isArrayOf(isCard);

class OgohProgressList extends HTMLElement {
	connectedCallback(): void {
		this.#render();
		// Back from a lesson or quiz (the page may come from the back-forward cache).
		window.addEventListener('pageshow', (event) => event.persisted && this.#render());
	}

	#render(): void {
		const strings = readData(this, 'data-strings', isStrings);
		const cards = readData(this, 'data-cards', isCards);
		const progress = loadProgress(browserStorage());
		const states = cards.map((card) => cardState(progress, card));
		for (const slot of this.querySelectorAll<HTMLElement>('[data-state]')) {
			const index = Number(slot.dataset.state);
			const [card, state] = [cards[index], states[index]];
			slot.textContent = state ? stateText(state, strings) : '';
			slot.closest('li')?.toggleAttribute('data-done', Boolean(card && state && cardDone(card, state)));
		}
		const count = this.querySelector<HTMLElement>('[data-count]');
		if (count) {
			const { done, total } = doneCount(states, cards);
			count.textContent = done > 0 ? fill(strings.count, { done, total }) : '';
		}
	}
}

if (!customElements.get('ogoh-progress-list')) customElements.define('ogoh-progress-list', OgohProgressList);
