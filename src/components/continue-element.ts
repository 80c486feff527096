/**
 * <ogoh-continue>: on the home page, "Continue where you left off" with a link to the next step
 * (lib/progress-view.ts continueStep) from the progress kept in this browser. With nothing to
 * continue, the box keeps what the server wrote: an offer to start a lesson.
 */
import { hasStrings, isArrayOf } from '../lib/data-guards.ts';
import { readData } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { browserStorage, loadProgress } from '../lib/progress.ts';
import { continueStep, isTitledCard } from '../lib/progress-view.ts';

const isStrings = hasStrings(['heading', 'lesson', 'quiz', 'resume']);
const isCards = isArrayOf(isTitledCard);

class OgohContinue extends HTMLElement {
	/** The offer to start, as the server wrote it: [heading, link text, link href]. */
	#start: [string, string, string] | undefined;

	connectedCallback(): void {
		this.#render();
		window.addEventListener('pageshow', (event) => event.persisted && this.#render());
	}

	#render(): void {
		const strings = readData(this, 'data-strings', isStrings);
		const cards = readData(this, 'data-cards', isCards);
		const step = continueStep(loadProgress(browserStorage()), cards);
		const heading = this.querySelector('p')!;
		const link = this.querySelector<HTMLAnchorElement>('a')!;
		this.#start ??= [heading.textContent ?? '', link.textContent ?? '', link.getAttribute('href') ?? ''];
		const card = step && cards.find((c) => (step.kind === 'lesson' ? c.lesson === step.id : c.quiz?.id === step.id));
		if (!step || !card) {
			[heading.textContent, link.textContent] = this.#start;
			link.setAttribute('href', this.#start[2]);
			this.removeAttribute('data-shown');
			return;
		}
		// The lesson's title names the quiz too: quiz titles repeat "Test yourself: …".
		heading.textContent = strings.heading;
		link.href = step.kind === 'lesson' ? card.href : card.quiz!.href;
		link.textContent = fill(step.kind === 'lesson' ? strings.lesson : step.resume ? strings.resume : strings.quiz, { title: card.title });
		this.setAttribute('data-shown', step.kind);
	}
}

if (!customElements.get('ogoh-continue')) customElements.define('ogoh-continue', OgohContinue);
