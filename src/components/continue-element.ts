/**
 * <ogoh-continue>: on the home page, "Continue where you left off" with a link to the next step
 * (lib/progress-view.ts continueStep) from the progress kept in this browser. Its space is
 * reserved and stays invisible when there is nothing to continue (and without JavaScript).
 */
import { hasStrings, isArrayOf } from '../lib/data-guards.ts';
import { readData } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { browserStorage, loadProgress } from '../lib/progress.ts';
import { continueStep, isTitledCard } from '../lib/progress-view.ts';

const isStrings = hasStrings(['lesson', 'quiz', 'resume']);
const isCards = isArrayOf(isTitledCard);

class OgohContinue extends HTMLElement {
	connectedCallback(): void {
		this.#render();
		window.addEventListener('pageshow', (event) => event.persisted && this.#render());
	}

	#render(): void {
		const strings = readData(this, 'data-strings', isStrings);
		const cards = readData(this, 'data-cards', isCards);
		const step = continueStep(loadProgress(browserStorage()), cards);
		const link = this.querySelector<HTMLAnchorElement>('a')!;
		const card = step && cards.find((c) => (step.kind === 'lesson' ? c.lesson === step.id : c.quiz?.id === step.id));
		if (!step || !card) {
			this.removeAttribute('data-shown');
			return;
		}
		// The lesson's title names the quiz too: quiz titles repeat "Test yourself: …".
		link.href = step.kind === 'lesson' ? card.href : card.quiz!.href;
		link.textContent = fill(step.kind === 'lesson' ? strings.lesson : step.resume ? strings.resume : strings.quiz, { title: card.title });
		this.setAttribute('data-shown', step.kind);
	}
}

if (!customElements.get('ogoh-continue')) customElements.define('ogoh-continue', OgohContinue);
