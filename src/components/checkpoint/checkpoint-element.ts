/**
 * <ogoh-checkpoint>: one choice question of the lesson's quiz inside the lesson (Checkpoint.astro).
 * The learner checks an answer and sees the options' feedback under them, marked as in the quiz
 * (mark-question.ts): every option's, or only the chosen one's for true/false
 * (`data-chosen-feedback`). A wrong or partly right answer can be tried again; a right one shows the
 * explanation. It scores with the quiz's rules (choice-score.ts) and loads nothing else, so a lesson
 * page stays within its script budget. Nothing is saved: the quiz keeps the score. Without
 * JavaScript the answer and explanation are in a <details>.
 */
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { choiceScore, verdictOf } from '../../lib/question-types/choice-score.ts';

const STRING_KEYS = ['chooseFirst', 'correct', 'partial', 'incorrect', 'yourChoice', 'rightAnswer'] as const;
type Strings = Record<(typeof STRING_KEYS)[number], string>;

class OgohCheckpoint extends HTMLElement {
	#strings = {} as Strings;

	connectedCallback(): void {
		try {
			this.#strings = readData(this, 'data-strings', hasStrings(STRING_KEYS));
		} catch (error) {
			console.error(error);
			return; // The answer stays readable in its <details>.
		}
		this.#part('[data-answer-key]').hidden = true;
		this.#part('[data-actions]').hidden = false;
		this.#part('[data-check]').addEventListener('click', () => this.#check());
		this.#part('[data-again]').addEventListener('click', () => this.#again());
	}

	#part(selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector)!;
	}

	#options() {
		return [...this.querySelectorAll<HTMLElement>('[data-option]')].map((item) => ({
			item,
			input: item.querySelector('input')!,
			right: item.dataset.right !== undefined,
		}));
	}

	#check(): void {
		const verdict = this.#part('[data-verdict]');
		const options = this.#options();
		const chosen = options.filter((option) => option.input.checked);
		if (chosen.length === 0) {
			verdict.textContent = this.#strings.chooseFirst;
			options[0]?.input.focus();
			return;
		}
		const rightChosen = chosen.filter((option) => option.right).length;
		const rights = options.filter((option) => option.right).length;
		const result = verdictOf(choiceScore(this.dataset.several !== undefined, rightChosen, chosen.length - rightChosen, rights));
		const { yourChoice, rightAnswer } = this.#strings;
		for (const { item, input, right } of options) {
			const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
			feedback.hidden = !input.checked && this.dataset.chosenFeedback !== undefined;
			item.dataset.state = right ? 'right' : input.checked ? 'wrong' : '';
			const labels = [input.checked ? yourChoice : '', right ? rightAnswer : ''].filter(Boolean).join(' · ');
			feedback.querySelector('[data-mark]')!.textContent = labels ? `${right ? '✓' : '✗'} ${labels}:` : '';
			input.disabled = true;
		}
		verdict.textContent = this.#strings[result];
		const done = result === 'correct';
		this.#part('[data-actions]').hidden = true;
		this.#part('[data-reveal]').hidden = !done;
		const again = this.#part('[data-again]');
		again.hidden = done;
		// The hidden Check button had the focus: give it to what comes next.
		(done ? verdict : again).focus();
	}

	#again(): void {
		const options = this.#options();
		for (const { item, input } of options) {
			input.disabled = false;
			input.checked = false;
			item.dataset.state = '';
			item.querySelector<HTMLElement>('[data-feedback]')!.hidden = true;
		}
		this.#part('[data-again]').hidden = true;
		this.#part('[data-actions]').hidden = false;
		this.#part('[data-verdict]').textContent = '';
		options[0]?.input.focus();
	}
}

if (!customElements.get('ogoh-checkpoint')) customElements.define('ogoh-checkpoint', OgohCheckpoint);
