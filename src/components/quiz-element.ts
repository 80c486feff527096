/**
 * <ogoh-quiz>: makes the server-rendered quiz interactive. Each question is checked on its own
 * (immediate feedback); when all are checked, the score and a review are shown, the result is
 * saved in this browser, and the learner may try again with the options in a new order.
 * Without JavaScript the page stays a readable worksheet with its answer key.
 */
import { gradeQuestion, isGraded, scoreQuiz, type GradableQuestion, type QuestionResult, type Response } from '../lib/grading.ts';
import { fill } from '../lib/fill.ts';
import { browserStorage, loadProgress, quizRecord, recordAttempt, saveCurrentAttempt, saveProgress, type CurrentAttempt } from '../lib/progress.ts';
import { seedFrom, shuffled } from '../lib/shuffle.ts';

type StringKey =
	| 'chooseFirst' | 'correct' | 'partial' | 'incorrect' | 'ungraded' | 'yourChoice' | 'rightAnswer'
	| 'yourAnswer' | 'correctAnswer' | 'noAnswer' | 'notScored' | 'score' | 'best' | 'progress';
type Strings = Record<StringKey, string>;

const all = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];
const one = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

class OgohQuiz extends HTMLElement {
	#strings = {} as Strings;
	#questions: { element: HTMLElement; model: GradableQuestion }[] = [];
	#results: (QuestionResult | undefined)[] = [];
	#current: CurrentAttempt = { seed: 0, answers: {} };

	connectedCallback(): void {
		try {
			this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
			this.#questions = all<HTMLElement>(this, '[data-question]').map((element) => ({
				element,
				model: JSON.parse(element.dataset.grade ?? '') as GradableQuestion,
			}));
		} catch {
			return; // Leave the static worksheet as it is.
		}
		this.#results = this.#questions.map(() => undefined);
		for (const { element } of this.#questions) {
			one<HTMLElement>(element, '[data-answer-key]').hidden = true;
			one<HTMLElement>(element, '[data-actions]').hidden = false;
			one(element, '[data-check]').addEventListener('click', () => this.#check(element));
			element.addEventListener('change', () => this.#saveAnswers());
		}
		this.querySelector('[data-retry]')?.addEventListener('click', () => this.#reset());

		const record = this.#record();
		this.#current = record?.current ?? { seed: seedFrom(`${this.dataset.quizId}/${Date.now()}`), answers: {} };
		this.#shuffle();
		this.#restore();
		this.#showBest();
	}

	#record() {
		return quizRecord(loadProgress(browserStorage()), this.dataset.quizId!, this.dataset.key!);
	}

	/** Puts choices, matching answers and ordering items in this attempt's order. */
	#shuffle(): void {
		for (const { element, model } of this.#questions) {
			const seed = this.#current.seed ^ seedFrom(element.dataset.question!);
			if (model.type === 'single' || model.type === 'multiple' || model.type === 'scenario') {
				const list = one(element, '[data-options]');
				const options = all<HTMLElement>(list, '[data-option]');
				list.append(...shuffled(options, seed));
				all<HTMLElement>(list, '[data-letter]').forEach((letter, i) => (letter.textContent = String.fromCharCode(65 + i)));
			} else if (model.type === 'matching') {
				for (const select of all<HTMLSelectElement>(element, 'select')) {
					const [placeholder, ...options] = [...select.options];
					select.replaceChildren(placeholder!, ...shuffled(options, seed));
				}
			} else if (model.type === 'ordering') {
				const list = one(element, '[data-items]');
				list.append(...shuffled(all<HTMLElement>(list, '[data-part]'), seed));
			}
		}
	}

	#response(element: HTMLElement, model: GradableQuestion): Response {
		switch (model.type) {
			case 'single':
			case 'multiple':
			case 'scenario':
				return { type: 'choice', chosen: all<HTMLInputElement>(element, 'input:checked').map((i) => i.value) };
			case 'true-false': {
				const value = element.querySelector<HTMLInputElement>('input:checked')?.value;
				return { type: 'true-false', value: value === undefined ? undefined : value === 'true' };
			}
			case 'matching':
				return {
					type: 'matching',
					matches: Object.fromEntries(all<HTMLSelectElement>(element, 'select').map((s) => [s.dataset.pair!, s.value])),
				};
			case 'ordering': {
				const positions = all<HTMLSelectElement>(element, 'select').map((s) => ({ id: s.dataset.item!, at: Number(s.value) }));
				if (positions.some((p) => !p.at)) return { type: 'ordering', order: [] };
				return { type: 'ordering', order: positions.sort((a, b) => a.at - b.at).map((p) => p.id) };
			}
			case 'short-text':
			case 'numeric':
				return { type: 'text', value: one<HTMLInputElement>(element, '[data-text-answer]').value };
		}
	}

	/** The form state of a question as strings, to store and restore an unfinished attempt. */
	#formState(element: HTMLElement): string[] {
		const inputs = all<HTMLInputElement>(element, 'input[type="radio"], input[type="checkbox"]');
		if (inputs.length) return inputs.filter((i) => i.checked).map((i) => i.value);
		const selects = all<HTMLSelectElement>(element, 'select');
		if (selects.length) return selects.map((s) => s.value);
		return [one<HTMLInputElement>(element, '[data-text-answer]').value];
	}

	#setFormState(element: HTMLElement, state: string[]): void {
		const inputs = all<HTMLInputElement>(element, 'input[type="radio"], input[type="checkbox"]');
		if (inputs.length) inputs.forEach((i) => (i.checked = state.includes(i.value)));
		else {
			const selects = all<HTMLSelectElement>(element, 'select');
			if (selects.length) selects.forEach((s, i) => (s.value = state[i] ?? ''));
			else one<HTMLInputElement>(element, '[data-text-answer]').value = state[0] ?? '';
		}
	}

	#saveAnswers(): void {
		const answers: Record<string, string[]> = {};
		for (const { element } of this.#questions) answers[element.dataset.question!] = this.#formState(element);
		this.#current = { seed: this.#current.seed, answers };
		const storage = browserStorage();
		saveProgress(storage, saveCurrentAttempt(loadProgress(storage), this.dataset.quizId!, this.dataset.key!, this.#current, new Date()));
	}

	#restore(): void {
		for (const { element } of this.#questions) {
			const state = this.#current.answers[element.dataset.question!];
			if (state) this.#setFormState(element, state);
		}
	}

	#check(element: HTMLElement): void {
		const index = this.#questions.findIndex((q) => q.element === element);
		const { model } = this.#questions[index]!;
		const verdict = one<HTMLElement>(element, '[data-verdict]');
		const result = gradeQuestion(model, this.#response(element, model));
		if (result.verdict === 'unanswered') {
			verdict.textContent = this.#strings.chooseFirst;
			element.querySelector<HTMLElement>('input, select')?.focus();
			return;
		}
		this.#results[index] = result;
		this.#mark(element, result);
		for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = true;
		one<HTMLElement>(element, '[data-actions]').hidden = true;
		one<HTMLElement>(element, '[data-reveal]').hidden = false;
		verdict.textContent = this.#strings[result.verdict as 'correct' | 'partial' | 'incorrect' | 'ungraded'];
		this.#saveAnswers();
		this.#updateScore();
	}

	/** Shows per-option feedback and marks each option, pair or item right or wrong (in words too). */
	#mark(element: HTMLElement, result: QuestionResult): void {
		const { yourChoice, rightAnswer } = this.#strings;
		const scenario = !result.graded;
		for (const option of result.options) {
			const item = one<HTMLElement>(element, `[data-option="${CSS.escape(option.id)}"]`);
			const feedback = item.querySelector<HTMLElement>('[data-feedback]');
			if (!feedback) continue;
			feedback.hidden = !(option.chosen || (option.isAnswer && !scenario));
			item.dataset.state = scenario ? '' : option.isAnswer ? 'right' : option.chosen ? 'wrong' : '';
			const labels = [option.chosen ? yourChoice : '', option.isAnswer ? rightAnswer : ''].filter(Boolean).join(' · ');
			one(feedback, '[data-mark]').textContent = scenario ? `${yourChoice}:` : `${option.isAnswer ? '✓' : '✗'} ${labels}:`;
		}
		// True/false has two options but no option list in the result: mark the chosen one.
		if (element.dataset.type === 'true-false') {
			for (const item of all<HTMLElement>(element, '[data-option]')) {
				const chosen = one<HTMLInputElement>(item, 'input').checked;
				const feedback = one<HTMLElement>(item, '[data-feedback]');
				feedback.hidden = !chosen;
				item.dataset.state = chosen ? (result.verdict === 'correct' ? 'right' : 'wrong') : '';
				one(feedback, '[data-mark]').textContent = `${result.verdict === 'correct' ? '✓' : '✗'} ${yourChoice}:`;
			}
		}
		for (const part of result.parts) {
			const row = one<HTMLElement>(element, `[data-part="${CSS.escape(part.id)}"]`);
			row.dataset.state = part.right ? 'right' : 'wrong';
			one(row, '[data-mark]').textContent = part.right ? `✓ ${this.#strings.correct}` : `✗ ${this.#strings.incorrect}`;
		}
	}

	#updateScore(): void {
		const graded = this.#questions.map(({ model }) => isGraded(model.type));
		const score = scoreQuiz(this.#results, graded);
		const output = one<HTMLElement>(this, '[data-score]');
		if (score.answered < score.questions) {
			output.textContent = fill(this.#strings.progress, score);
			return;
		}
		output.textContent = fill(this.#strings.score, score);
		one<HTMLElement>(this, '[data-retry]').hidden = false;
		this.#showReview();
		const storage = browserStorage();
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

	/** What the learner answered, in words, for the review list. */
	#answerText(element: HTMLElement): string {
		const chosen = all<HTMLInputElement>(element, 'input:checked').map((i) => i.closest('label')!.querySelector('[data-text]')!.textContent!.trim());
		if (chosen.length) return chosen.join('; ');
		const selects = all<HTMLSelectElement>(element, 'select');
		if (selects.length) {
			return selects.map((s) => `${s.labels[0]?.textContent?.trim()} → ${s.selectedOptions[0]?.textContent?.trim()}`).join('; ');
		}
		const text = element.querySelector<HTMLInputElement>('[data-text-answer]')?.value.trim();
		return text || this.#strings.noAnswer;
	}

	#showReview(): void {
		const list = one<HTMLOListElement>(this, '[data-review-list]');
		list.replaceChildren(
			...this.#questions.map(({ element }, index) => {
				const result = this.#results[index]!;
				const item = document.createElement('li');
				item.className = 'review-item';
				const prompt = document.createElement('p');
				prompt.textContent = one(element, 'legend').textContent!.replace(/^\s*\d+\.\s*/, '').trim();
				const yours = document.createElement('p');
				yours.className = 'review-yours';
				yours.dataset.verdict = result.verdict;
				const mark = result.graded ? (result.verdict === 'correct' ? '✓' : '✗') : '•';
				yours.textContent = `${mark} ${this.#strings.yourAnswer}: ${this.#answerText(element)}`;
				item.append(prompt, yours);
				if (result.graded && result.verdict !== 'correct') {
					const right = document.createElement('div');
					right.className = 'review-right';
					right.append(...[...one(element, '.quiz-reveal .quiz-key').children].filter((c) => !c.classList.contains('quiz-explanation')).map((c) => c.cloneNode(true)));
					item.append(right);
				} else if (!result.graded) {
					const note = document.createElement('p');
					note.textContent = this.#strings.notScored;
					item.append(note);
				}
				return item;
			})
		);
		one<HTMLElement>(this, '[data-review]').hidden = false;
	}

	#showBest(): void {
		const record = this.#record();
		const best = one<HTMLElement>(this, '[data-best]');
		best.hidden = !record || record.attempts === 0;
		if (record && record.attempts > 0) best.textContent = fill(this.#strings.best, record);
	}

	#reset(): void {
		for (const { element } of this.#questions) {
			for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = false;
			this.#setFormState(element, []);
			for (const marked of all<HTMLElement>(element, '[data-state]')) marked.dataset.state = '';
			for (const feedback of all<HTMLElement>(element, '[data-feedback]')) feedback.hidden = true;
			for (const mark of all<HTMLElement>(element, '.quiz-row [data-mark]')) mark.textContent = '';
			one<HTMLElement>(element, '[data-actions]').hidden = false;
			one<HTMLElement>(element, '[data-reveal]').hidden = true;
			one<HTMLElement>(element, '[data-verdict]').textContent = '';
		}
		this.#results = this.#results.map(() => undefined);
		one<HTMLElement>(this, '[data-score]').textContent = '';
		one<HTMLElement>(this, '[data-review]').hidden = true;
		one<HTMLElement>(this, '[data-retry]').hidden = true;
		// A new attempt gets a new order.
		this.#current = { seed: seedFrom(`${this.dataset.quizId}/${Date.now()}/${this.#current.seed}`), answers: {} };
		this.#shuffle();
		this.#saveAnswers();
		this.querySelector<HTMLElement>('input, select')?.focus();
	}
}

if (!customElements.get('ogoh-quiz')) customElements.define('ogoh-quiz', OgohQuiz);
