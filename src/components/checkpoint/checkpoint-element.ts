/**
 * <ogoh-checkpoint>: one question of the lesson's quiz inside the lesson (Checkpoint.astro). The
 * learner checks an answer and sees each option's feedback under the option, as in the quiz
 * (mark-question.ts); a wrong or partly right answer can be tried again, a right one shows the
 * explanation. Options are shuffled once per visit, as in the quiz. Nothing is saved: the quiz
 * keeps the score. Without JavaScript the answer and explanation are in a <details>.
 */
import { hasStrings, readData } from '../../lib/element-data.ts';
import { optionLetter } from '../../lib/letters.ts';
import { isLocale } from '../../lib/locales.ts';
import { display, gradableAnswerIds, gradeQuestion, isGradableQuestion, type GradableQuestion } from '../../lib/question-types/graders.ts';
import { seedFrom, shuffled } from '../../lib/shuffle.ts';
import { markQuestion, unmarkQuestion } from '../quiz/mark-question.ts';
import { all, choiceText, one, responseOf, setFormState } from '../quiz/quiz-form.ts';

const STRING_KEYS = ['chooseFirst', 'correct', 'partial', 'incorrect', 'ungraded', 'yourChoice', 'rightAnswer'] as const;
type Strings = Record<(typeof STRING_KEYS)[number], string>;

class OgohCheckpoint extends HTMLElement {
	#strings = {} as Strings;
	#model!: GradableQuestion;

	connectedCallback(): void {
		try {
			this.#strings = readData(this, 'data-strings', hasStrings(STRING_KEYS));
			this.#model = readData(this, 'data-grade', isGradableQuestion);
		} catch (error) {
			console.error(error);
			return; // The answer stays readable in its <details>.
		}
		one<HTMLElement>(this, '[data-answer-key]').hidden = true;
		one<HTMLElement>(this, '[data-actions]').hidden = false;
		one(this, '[data-check]').addEventListener('click', () => this.#check());
		one(this, '[data-again]').addEventListener('click', () => this.#again());
		this.#shuffle();
	}

	/** Options in a new order on each visit (lessons list the right answers first often), relettered. */
	#shuffle(): void {
		const { field, shuffle } = display(this.#model.type);
		if (field !== 'choice' || !shuffle) return;
		const locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
		const list = one(this, '[data-options]');
		list.append(...shuffled(all(list, '[data-option]'), seedFrom(`${this.getAttribute('aria-labelledby')}/${Date.now()}`)));
		all<HTMLElement>(list, '[data-letter]').forEach((letter, i) => (letter.textContent = optionLetter(i, locale)));
		const correct = this.querySelector('[data-reveal] [data-correct-answers]');
		if (correct) correct.textContent = choiceText(list, gradableAnswerIds(this.#model));
	}

	#check(): void {
		const verdict = one<HTMLElement>(this, '[data-verdict]');
		const result = gradeQuestion(this.#model, responseOf(this, display(this.#model.type).field));
		if (result.verdict === 'unanswered') {
			verdict.textContent = this.#strings.chooseFirst;
			this.querySelector<HTMLElement>('input, select')?.focus();
			return;
		}
		markQuestion(this, result, this.#model, this.#strings);
		for (const control of all<HTMLInputElement | HTMLSelectElement>(this, 'input, select')) control.disabled = true;
		verdict.textContent = this.#strings[result.verdict];
		const done = result.verdict === 'correct' || !result.graded;
		one<HTMLElement>(this, '[data-actions]').hidden = true;
		one<HTMLElement>(this, '[data-reveal]').hidden = !done;
		const again = one<HTMLElement>(this, '[data-again]');
		again.hidden = done;
		// The hidden Check button had the focus: give it to what comes next.
		(done ? verdict : again).focus();
	}

	#again(): void {
		unmarkQuestion(this);
		setFormState(this, []);
		one<HTMLElement>(this, '[data-again]').hidden = true;
		this.querySelector<HTMLElement>('input, select')?.focus();
	}
}

if (!customElements.get('ogoh-checkpoint')) customElements.define('ogoh-checkpoint', OgohCheckpoint);
