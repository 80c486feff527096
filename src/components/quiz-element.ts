/**
 * <ogoh-quiz>: makes the server-rendered quiz interactive. Each question is checked on its own
 * (immediate per-option feedback); when all are checked, the score is shown, saved to this
 * browser, and the learner may try again. Without JavaScript the page stays a readable worksheet.
 */
import { gradeQuestion, scoreQuiz, type GradableQuestion, type QuestionResult } from '../lib/grading.ts';
import { loadProgress, quizRecord, recordAttempt, saveProgress } from '../lib/progress.ts';

type Strings = Record<'check' | 'chooseFirst' | 'correct' | 'partial' | 'incorrect' | 'yourChoice' | 'rightAnswer' | 'score' | 'best' | 'progress', string>;

/** Fills "{name}" placeholders that the server left in translated strings. */
const fill = (template: string, values: object) =>
	template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String((values as Record<string, unknown>)[name]) : match));

function safeStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

class OgohQuiz extends HTMLElement {
	#strings = {} as Strings;
	#results: (QuestionResult | undefined)[] = [];

	connectedCallback(): void {
		try {
			this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
		} catch {
			return; // Leave the static worksheet as it is.
		}
		this.#results = this.#questions().map(() => undefined);
		for (const question of this.#questions()) {
			question.querySelector<HTMLElement>('[data-answer-key]')!.hidden = true;
			question.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
			question.querySelector('[data-check]')!.addEventListener('click', () => this.#check(question));
		}
		this.querySelector('[data-retry]')?.addEventListener('click', () => this.#reset());
		this.#showBest();
	}

	#questions(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[data-question]')];
	}

	#model(question: HTMLElement): GradableQuestion {
		const options = [...question.querySelectorAll<HTMLElement>('[data-option]')].map((o) => ({ id: o.dataset.option! }));
		const answer = (question.dataset.answer ?? '').split(' ').filter(Boolean);
		return question.dataset.type === 'multiple'
			? { type: 'multiple', options, answer }
			: { type: 'single', options, answer: answer[0] ?? '' };
	}

	#check(question: HTMLElement): void {
		const inputs = [...question.querySelectorAll<HTMLInputElement>('input')];
		const chosen = inputs.filter((input) => input.checked).map((input) => input.value);
		const verdict = question.querySelector<HTMLElement>('[data-verdict]')!;
		if (chosen.length === 0) {
			verdict.textContent = this.#strings.chooseFirst;
			inputs[0]?.focus();
			return;
		}
		const result = gradeQuestion(this.#model(question), chosen);
		this.#results[this.#questions().indexOf(question)] = result;

		for (const option of result.options) {
			const item = question.querySelector<HTMLElement>(`[data-option="${CSS.escape(option.id)}"]`)!;
			const feedback = item.querySelector<HTMLElement>('[data-feedback]')!;
			// Feedback for what the learner chose, and the right answers they missed.
			feedback.hidden = !(option.chosen || option.isAnswer);
			item.dataset.state = option.isAnswer ? 'right' : option.chosen ? 'wrong' : '';
			const labels = [option.chosen ? this.#strings.yourChoice : '', option.isAnswer ? this.#strings.rightAnswer : ''];
			feedback.querySelector('[data-mark]')!.textContent = `${option.isAnswer ? '✓' : '✗'} ${labels.filter(Boolean).join(' · ')}:`;
		}
		for (const input of inputs) input.disabled = true;
		question.querySelector<HTMLElement>('[data-actions]')!.hidden = true;
		question.querySelector<HTMLElement>('[data-explanation]')!.hidden = false;
		verdict.textContent = this.#strings[result.verdict === 'unanswered' ? 'incorrect' : result.verdict];
		this.#updateScore();
	}

	#updateScore(): void {
		const score = scoreQuiz(this.#results);
		const output = this.querySelector<HTMLElement>('[data-score]')!;
		if (score.answered < score.total) {
			output.textContent = fill(this.#strings.progress, score);
			return;
		}
		output.textContent = fill(this.#strings.score, score);
		this.querySelector<HTMLElement>('[data-retry]')!.hidden = false;
		const storage = safeStorage();
		const progress = recordAttempt(loadProgress(storage), {
			quizId: this.dataset.quizId!,
			key: this.dataset.key!,
			score: score.score,
			total: score.total,
			at: new Date(),
		});
		saveProgress(storage, progress);
		this.#showBest();
	}

	#showBest(): void {
		const record = quizRecord(loadProgress(safeStorage()), this.dataset.quizId!, this.dataset.key!);
		const best = this.querySelector<HTMLElement>('[data-best]')!;
		best.hidden = !record;
		if (record) best.textContent = fill(this.#strings.best, record);
	}

	#reset(): void {
		for (const question of this.#questions()) {
			for (const input of question.querySelectorAll<HTMLInputElement>('input')) {
				input.checked = false;
				input.disabled = false;
			}
			for (const item of question.querySelectorAll<HTMLElement>('[data-option]')) {
				item.dataset.state = '';
				item.querySelector<HTMLElement>('[data-feedback]')!.hidden = true;
			}
			question.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
			question.querySelector<HTMLElement>('[data-explanation]')!.hidden = true;
			question.querySelector<HTMLElement>('[data-verdict]')!.textContent = '';
		}
		this.#results = this.#results.map(() => undefined);
		this.querySelector<HTMLElement>('[data-score]')!.textContent = '';
		this.querySelector<HTMLElement>('[data-retry]')!.hidden = true;
		this.querySelector<HTMLInputElement>('input')?.focus();
	}
}

if (!customElements.get('ogoh-quiz')) customElements.define('ogoh-quiz', OgohQuiz);
