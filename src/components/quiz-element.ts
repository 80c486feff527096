/**
 * <ogoh-quiz>: makes the server-rendered quiz interactive. Each question is checked on its own
 * (immediate feedback, each option's feedback once, under the option); when all are checked, the
 * score box at the top of the summary is shown, scrolled to and focused, with a review below; the
 * result is saved in this browser (or the learner is told it cannot be), and the learner may try
 * again with the options in a new order. Every letter shown (options, correct answer, review) is
 * the one on screen after shuffling, in the page's alphabet (letters.ts).
 * Without JavaScript the page stays a readable worksheet with its answer key.
 */
import { readData, hasStrings } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { scoreQuiz } from '../lib/grading.ts';
import { display, gradableAnswerIds, gradeQuestion, isGradableQuestion, isGraded, type GradableQuestion } from '../lib/question-types/graders.ts';
import type { QuestionResult } from '../lib/question-types/grading-kit.ts';
import { optionLetter } from '../lib/letters.ts';
import { isLocale, type Locale } from '../lib/locales.ts';
import { browserStorage, loadProgress, quizRecord, recordAttempt, reportNotSaved, saveCurrentAttempt, saveProgress, type CurrentAttempt, type Progress } from '../lib/progress.ts';
import { seedFrom, shuffled } from '../lib/shuffle.ts';
import { clearMarks, markQuestion } from './quiz/mark-question.ts';
import { all, answerText, choiceText, formState, one, responseOf, setFormState } from './quiz/quiz-form.ts';

const STRING_KEYS = ['chooseFirst', 'correct', 'partial', 'incorrect', 'ungraded', 'yourChoice', 'rightAnswer', 'yourAnswer', 'correctAnswer', 'noAnswer', 'notScored', 'score', 'best', 'progress'] as const;
type Strings = Record<(typeof STRING_KEYS)[number], string>;

class OgohQuiz extends HTMLElement {
	#strings = {} as Strings;
	#questions: { element: HTMLElement; model: GradableQuestion }[] = [];
	#results: (QuestionResult | undefined)[] = [];
	#current: CurrentAttempt = { seed: 0, answers: {} };
	#locale: Locale = 'en';
	/** Graded questions: a stored record for another number of questions is not this quiz's. */
	#total = 0;

	connectedCallback(): void {
		try {
			this.#strings = readData(this, 'data-strings', hasStrings(STRING_KEYS));
			this.#questions = all<HTMLElement>(this, '[data-question]').map((element) => ({ element, model: readData(element, 'data-grade', isGradableQuestion) }));
		} catch (error) {
			console.error(error);
			return; // Leave the static worksheet as it is.
		}
		this.#results = this.#questions.map(() => undefined);
		this.#locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
		this.#total = this.#questions.filter(({ model }) => isGraded(model.type)).length;
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
		return quizRecord(loadProgress(browserStorage()), this.dataset.quizId!, this.dataset.key!, this.#total);
	}

	/** Saves, or tells the learner (once per page) that this browser does not keep their progress. */
	#save(change: (progress: Progress) => Progress): void {
		const storage = browserStorage();
		if (!saveProgress(storage, change(loadProgress(storage)))) reportNotSaved(this);
	}

	/** Each shuffled list's children in the page's order, so every attempt's order depends on its seed alone. */
	#canonical = new Map<Element, Element[]>();

	#inPageOrder(parent: Element, children: () => Element[]): Element[] {
		const known = this.#canonical.get(parent) ?? children();
		this.#canonical.set(parent, known);
		return known;
	}

	/** Puts choices, matching answers and ordering items in this attempt's order. */
	#shuffle(): void {
		for (const { element, model } of this.#questions) {
			const { field, shuffle } = display(model.type);
			if (!shuffle) continue;
			const seed = this.#current.seed ^ seedFrom(element.dataset.question!);
			if (field === 'choice') {
				const list = one(element, '[data-options]');
				list.append(...shuffled(this.#inPageOrder(list, () => all(list, '[data-option]')), seed));
				all<HTMLElement>(list, '[data-letter]').forEach((letter, i) => (letter.textContent = optionLetter(i, this.#locale)));
				const correct = element.querySelector('[data-reveal] [data-correct-answers]');
				if (correct) correct.textContent = choiceText(list, gradableAnswerIds(model));
			} else if (field === 'matching') {
				for (const select of all<HTMLSelectElement>(element, 'select')) {
					const [placeholder, ...options] = this.#inPageOrder(select, () => [...select.options]);
					select.replaceChildren(placeholder!, ...shuffled(options, seed));
				}
			} else if (field === 'ordering') {
				const list = one(element, '[data-items]');
				list.append(...shuffled(this.#inPageOrder(list, () => all(list, '[data-part]')), seed));
			}
		}
	}

	#saveAnswers(): void {
		const answers: Record<string, string[]> = {};
		for (const { element } of this.#questions) answers[element.dataset.question!] = formState(element);
		this.#current = { seed: this.#current.seed, answers };
		this.#save((progress) => saveCurrentAttempt(progress, this.dataset.quizId!, this.dataset.key!, this.#current, new Date(), this.#total));
	}

	#restore(): void {
		for (const { element } of this.#questions) {
			const state = this.#current.answers[element.dataset.question!];
			if (state) setFormState(element, state);
		}
	}

	#check(element: HTMLElement): void {
		const index = this.#questions.findIndex((q) => q.element === element);
		const { model } = this.#questions[index]!;
		const verdict = one<HTMLElement>(element, '[data-verdict]');
		const result = gradeQuestion(model, responseOf(element, display(model.type).field));
		if (result.verdict === 'unanswered') {
			verdict.textContent = this.#strings.chooseFirst;
			element.querySelector<HTMLElement>('input, select')?.focus();
			return;
		}
		this.#results[index] = result;
		markQuestion(element, result, model, this.#strings);
		for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = true;
		one<HTMLElement>(element, '[data-actions]').hidden = true;
		one<HTMLElement>(element, '[data-reveal]').hidden = false;
		verdict.textContent = this.#strings[result.verdict as 'correct' | 'partial' | 'incorrect' | 'ungraded'];
		this.#saveAnswers();
		this.#updateScore();
	}

	#updateScore(): void {
		const graded = this.#questions.map(({ model }) => isGraded(model.type));
		const score = scoreQuiz(this.#results, graded);
		const progress = one<HTMLElement>(this, '[data-progress]');
		if (score.answered < score.questions) {
			progress.textContent = fill(this.#strings.progress, score);
			return;
		}
		progress.textContent = '';
		one<HTMLElement>(this, '[data-score]').textContent = fill(this.#strings.score, { ...score, score: this.#number(score.score) });
		one<HTMLElement>(this, '[data-retry]').hidden = false;
		this.#showReview();
		this.#save((stored) =>
			recordAttempt(stored, { quizId: this.dataset.quizId!, key: this.dataset.key!, score: score.score, total: score.total, at: new Date() })
		);
		this.#showBest();
		// The score where the learner is looking: the box at the top of the summary, on screen and focused.
		const results = one<HTMLElement>(this, '[data-results]');
		results.hidden = false;
		results.scrollIntoView({ block: 'center' });
		results.focus({ preventScroll: true });
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
				yours.textContent = `${mark} ${this.#strings.yourAnswer}: ${answerText(element) || this.#strings.noAnswer}`;
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

	/**
	 * A score as the page's language writes it: 3.5 in English, 3,5 in Uzbek and Russian (not Intl:
	 * browsers without Uzbek locale data would write 3.5).
	 */
	#number(value: number): string {
		return this.#locale === 'en' ? String(value) : String(value).replace('.', ',');
	}

	#showBest(): void {
		const record = this.#record();
		const best = one<HTMLElement>(this, '[data-best]');
		best.hidden = !record || record.attempts === 0;
		if (record && record.attempts > 0) best.textContent = fill(this.#strings.best, { ...record, best: this.#number(record.best) });
	}

	#reset(): void {
		for (const { element } of this.#questions) {
			clearMarks(element);
			setFormState(element, []);
			one<HTMLElement>(element, '[data-actions]').hidden = false;
			one<HTMLElement>(element, '[data-reveal]').hidden = true;
			one<HTMLElement>(element, '[data-verdict]').textContent = '';
		}
		this.#results = this.#results.map(() => undefined);
		one<HTMLElement>(this, '[data-score]').textContent = '';
		one<HTMLElement>(this, '[data-results]').hidden = true;
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
