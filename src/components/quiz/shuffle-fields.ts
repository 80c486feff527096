/**
 * Puts a self-check question's choices, matching answers and ordering items in an attempt's order
 * (from its seed), and letters the choices as shown, in the page's alphabet (letters.ts). Each
 * list's children are kept in the page's order, so every attempt's order depends on its seed alone.
 */
import { display, gradableAnswerIds, type GradableQuestion } from '../../lib/question-types/graders.ts';
import { optionLetter } from '../../lib/letters.ts';
import type { Locale } from '../../lib/locales.ts';
import { seedFrom, shuffled } from '../../lib/shuffle.ts';
import { all, choiceText, one } from './quiz-form.ts';

export class FieldShuffler {
	/** Each shuffled list's children in the page's order. */
	#canonical = new Map<Element, Element[]>();

	#inPageOrder(parent: Element, children: () => Element[]): Element[] {
		const known = this.#canonical.get(parent) ?? children();
		this.#canonical.set(parent, known);
		return known;
	}

	/** A question's own seed in an attempt, so that two questions with the same options differ. */
	#seedOf(question: HTMLElement, attemptSeed: number): number {
		return attemptSeed ^ seedFrom(question.dataset.question!);
	}

	/**
	 * The order of the attempt with this seed, as text: the same text, the same order on screen. It
	 * reads the lists `shuffle` put in order; Fisher-Yates moves positions, not values, so shuffling
	 * positions gives each list's order.
	 */
	orderOf(attemptSeed: number): string {
		return [...this.#canonical].map(([list, children]) => shuffled([...children.keys()], this.#seedOf(list.closest<HTMLElement>('[data-question]')!, attemptSeed)).join()).join('|');
	}

	/** Puts choices, matching answers and ordering items in the order of the attempt with this seed. */
	shuffle(questions: readonly { element: HTMLElement; model: GradableQuestion }[], attemptSeed: number, locale: Locale): void {
		for (const { element, model } of questions) {
			const { field, shuffle } = display(model.type);
			if (!shuffle) continue;
			const seed = this.#seedOf(element, attemptSeed);
			if (field === 'choice') {
				const list = one(element, '[data-options]');
				list.append(...shuffled(this.#inPageOrder(list, () => all(list, '[data-option]')), seed));
				all<HTMLElement>(list, '[data-letter]').forEach((letter, i) => (letter.textContent = optionLetter(i, locale)));
				const correct = element.querySelector('[data-reveal] [data-correct-answers]');
				if (correct) correct.textContent = choiceText(list, gradableAnswerIds(model));
			} else if (field === 'matching') {
				for (const select of all<HTMLSelectElement>(element, 'select')) {
					// The placeholder ("choose…") stays first.
					const options = this.#inPageOrder(select, () => [...select.options].slice(1));
					select.replaceChildren(select.options[0]!, ...shuffled(options, seed));
				}
			} else if (field === 'ordering') {
				const list = one(element, '[data-items]');
				list.append(...shuffled(this.#inPageOrder(list, () => all(list, '[data-part]')), seed));
			}
		}
	}
}
