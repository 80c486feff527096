/**
 * <ogoh-checkpoint>: one question of the lesson's quiz inside the lesson (Checkpoint.astro). The
 * learner checks an answer and sees each option's feedback under the option, as in the quiz
 * (mark-question.ts); a wrong or partly right answer can be tried again, a right one shows the
 * explanation. Nothing is saved: the quiz keeps the score. Without JavaScript the answer and
 * explanation are in a <details>.
 */
import { hasStrings, readData } from '../../lib/element-data.ts';
import { display, gradeQuestion, isGradableQuestion, type GradableQuestion } from '../../lib/question-types/graders.ts';
import { clearMarks, markQuestion } from '../quiz/mark-question.ts';
import { all, one, responseOf, setFormState } from '../quiz/quiz-form.ts';

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
		clearMarks(this);
		setFormState(this, []);
		one<HTMLElement>(this, '[data-verdict]').textContent = '';
		one<HTMLElement>(this, '[data-again]').hidden = true;
		one<HTMLElement>(this, '[data-actions]').hidden = false;
		this.querySelector<HTMLElement>('input, select')?.focus();
	}
}

if (!customElements.get('ogoh-checkpoint')) customElements.define('ogoh-checkpoint', OgohCheckpoint);
