/**
 * <ogoh-quiz>: makes the server-rendered quiz interactive. Each question is checked on its own
 * (immediate feedback, each option's feedback once, under the option). On a phone (quiz-round.ts
 * STEP_MEDIA) one question is shown at a time, with "3 of 8", a bar and Previous / Next; elsewhere
 * all at once. When all are checked, the score box at the top of the results is shown, scrolled
 * to and focused (on a phone after "See my score"), with a calm celebration for a good score, links
 * to the lesson sections to review, and the review below; the result is saved in this browser (or
 * the learner is told it cannot be), and the learner may try again, all questions or only those
 * missed, with the options in a new order. Every letter shown (options, correct answer, review) is
 * the one on screen after shuffling, in the page's alphabet (letters.ts).
 * Without JavaScript the page stays a readable worksheet with its answer key.
 */
import { hasStrings } from '../lib/data-guards.ts';
import { readData } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { confidenceById, confidenceVerdict, confidentMistakes, storedConfidence, type Confidence } from '../lib/confidence.ts';
import { display, gradeQuestion, isGradableQuestion, isGraded, type GradableQuestion } from '../lib/question-types/graders.ts';
import type { QuestionResult } from '../lib/question-types/grading-kit.ts';
import { isLocale, type Locale } from '../lib/locales.ts';
import { browserStorage, loadProgress, quizRecord, recordAttempt, reportNotSaved, saveCurrentAttempt, saveProgress, type CurrentAttempt, type Progress } from '../lib/progress.ts';
import { nextSeed, seedFrom } from '../lib/shuffle.ts';
import { celebration, currentQuestion, fullRound, isComplete, missed, missedRound, move, restoredRound, roundScore, STEP_MEDIA, storedRound, type Round } from '../lib/quiz-round.ts';
import { all, formState, one, responseOf, setFormState } from './quiz/quiz-form.ts';
import { confidenceOf, setConfidence, showConfidenceNote } from './quiz/confidence-field.ts';
import { markQuestion, unmarkQuestion } from './quiz/mark-question.ts';
import { reviewItem, showToReview } from './quiz/quiz-review.ts';
import { renderRound, showWholeIfItFits } from './quiz/quiz-view.ts';
import { FieldShuffler } from './quiz/shuffle-fields.ts';

// prettier-ignore
const STRING_KEYS = [
	'chooseFirst', 'correct', 'partial', 'incorrect', 'ungraded', 'yourChoice', 'rightAnswer', 'yourAnswer', 'correctAnswer', 'noAnswer', 'notScored',
	'score', 'best', 'progress', 'stepCount', 'next', 'seeResults', 'celebratePerfect', 'celebrateGood', 'comesBack',
	'right-sure', 'right-unsure', 'wrong-sure', 'wrong-unsure', 'confidentCount',
] as const;
/** A question's answer fields (its first fieldset): "How sure are you?" is a fieldset of its own. */
const fields = (element: HTMLElement) => one<HTMLElement>(element, 'fieldset');
type Strings = Record<(typeof STRING_KEYS)[number], string>;

class OgohQuiz extends HTMLElement {
	#strings = {} as Strings;
	#questions: { element: HTMLElement; model: GradableQuestion }[] = [];
	#ids: string[] = [];
	#results: (QuestionResult | undefined)[] = [];
	#current: CurrentAttempt = { seed: 0, answers: {} };
	#locale: Locale = 'en';
	#round: Round = fullRound(0);
	/** Some "what to review" link applies to the last round. */
	#missedShown = false;
	/** Which questions count towards the score (all but scenarios). */
	#graded: boolean[] = [];
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
		this.#ids = this.#questions.map(({ element }) => element.dataset.question!);
		this.#locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
		this.#graded = this.#questions.map(({ model }) => isGraded(model.type));
		this.#total = this.#graded.filter(Boolean).length;
		for (const { element } of this.#questions) {
			one<HTMLElement>(element, '[data-answer-key]').hidden = true;
			one<HTMLElement>(element, '[data-actions]').hidden = false;
			element.querySelector<HTMLElement>('[data-confidence]')?.removeAttribute('hidden');
			one(element, '[data-check]').addEventListener('click', () => this.#check(element));
			element.addEventListener('change', () => this.#saveAnswers());
		}
		this.#round = fullRound(this.#questions.length);
		one(this, '[data-retry]').addEventListener('click', () => this.#startRound(fullRound(this.#questions.length)));
		one(this, '[data-retry-missed]').addEventListener('click', () => this.#startRound(missedRound(this.#round, this.#results, this.#graded)));
		one(this, '[data-previous]').addEventListener('click', () => this.#go(-1));
		one(this, '[data-next]').addEventListener('click', () => this.#go(1));
		for (const { element } of this.#questions) element.tabIndex = -1;
		// One question per screen on a phone, all of them on a wider screen; turning the phone switches.
		const steps = window.matchMedia(STEP_MEDIA);
		const setMode = () => {
			this.dataset.mode = steps.matches ? 'step' : 'page';
			// Feedback as the new mode shows it (all options' on a wide screen, compact on a phone).
			this.#results.forEach((result, i) => result && markQuestion(this.#questions[i]!.element, result, this.#questions[i]!.model, this.#strings, steps.matches));
			this.#render();
		};
		steps.addEventListener('change', setMode);
		setMode();

		const record = this.#record();
		this.#current = record?.current ?? { seed: seedFrom(`${this.dataset.quizId}/${Date.now()}`), answers: {} };
		this.#shuffle();
		this.#restore();
		this.#showBest();
		// From the review page: a round of only the questions due (unless the attempt in progress is that round already).
		if (window.location.search.includes('review=')) {
			void this.#boosters().then(({ requestedRound }) => {
				const asked = requestedRound(this.#ids);
				if (asked && asked.join() !== this.#round.questions.join()) this.#startRound({ questions: asked, step: 0 });
			});
		}
	}

	/** "Review my mistakes" (quiz/quiz-boosters.ts), loaded when first needed: a question checked, the results, a `?review=` round. */
	#boosters = () => import('./quiz/quiz-boosters.ts');

	#quiz() {
		return { id: this.dataset.quizId!, key: this.dataset.key! };
	}

	#record() {
		return quizRecord(loadProgress(browserStorage()), this.dataset.quizId!, this.dataset.key!, this.#total);
	}

	/** Saves, or tells the learner (once per page) that this browser does not keep their progress. */
	#save(change: (progress: Progress) => Progress): void {
		const storage = browserStorage();
		if (!saveProgress(storage, change(loadProgress(storage)))) reportNotSaved(this);
	}

	#shuffler = new FieldShuffler();

	/** Puts choices, matching answers and ordering items in this attempt's order. */
	#shuffle(): void {
		this.#shuffler.shuffle(this.#questions, this.#current.seed, this.#locale);
	}

	#saveAnswers(): void {
		const answers: Record<string, string[]> = {};
		for (const { element } of this.#questions) answers[element.dataset.question!] = formState(fields(element));
		const checked = this.#ids.filter((_, i) => this.#results[i] !== undefined);
		const round = storedRound(this.#round, this.#ids);
		const confidence = storedConfidence(this.#ids, this.#confidence());
		this.#current = { seed: this.#current.seed, answers, ...(checked.length > 0 ? { checked } : {}), ...(round ? { round } : {}), ...confidence };
		this.#save((progress) => saveCurrentAttempt(progress, this.dataset.quizId!, this.dataset.key!, this.#current, new Date(), this.#total));
	}

	/** How sure the learner said they were, by question id. */
	#confidence(): Map<string, Confidence> {
		const confidence = new Map<string, Confidence>();
		for (const { element } of this.#questions) {
			const chosen = confidenceOf(element);
			if (chosen) confidence.set(element.dataset.question!, chosen);
		}
		return confidence;
	}

	/** The attempt in progress as it was before a reload: answers and confidence, the questions checked with their feedback, its round and step. */
	#restore(): void {
		const checked = new Set(this.#current.checked);
		const confidence = confidenceById(this.#current);
		this.#questions.forEach(({ element }, index) => {
			const state = this.#current.answers[element.dataset.question!];
			if (state) setFormState(fields(element), state);
			setConfidence(element, confidence.get(element.dataset.question!));
			if (checked.has(element.dataset.question!)) this.#grade(index);
		});
		this.#round = restoredRound(this.#ids, this.#current.round, new Set(this.#ids.filter((_, i) => this.#results[i])));
		if (this.#results.some(Boolean)) this.#updateScore();
		else this.#render();
	}

	/** Grades a question and shows its feedback, unless it has no answer yet. */
	#grade(index: number): QuestionResult | undefined {
		const { element, model } = this.#questions[index]!;
		const result = gradeQuestion(model, responseOf(fields(element), display(model.type).field));
		if (result.verdict === 'unanswered') return undefined;
		this.#results[index] = result;
		markQuestion(element, result, model, this.#strings, this.#stepped());
		showConfidenceNote(element, confidenceVerdict(result, confidenceOf(element)), this.#strings);
		for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = true;
		one<HTMLElement>(element, '[data-actions]').hidden = true;
		one<HTMLElement>(element, '[data-reveal]').hidden = false;
		one(element, '[data-verdict]').textContent = this.#strings[result.verdict as 'correct' | 'partial' | 'incorrect' | 'ungraded'];
		return result;
	}

	#check(element: HTMLElement): void {
		const index = this.#questions.findIndex((q) => q.element === element);
		if (!this.#grade(index)) {
			one(element, '[data-verdict]').textContent = this.#strings.chooseFirst;
			element.querySelector<HTMLElement>('input, select')?.focus();
			return;
		}
		const result = this.#results[index]!;
		void this.#boosters().then(({ noteChecked }) => this.#save(noteChecked(this.#quiz(), element, result)));
		this.#saveAnswers();
		this.#updateScore();
		// On a phone the way on is the Next button, under the feedback.
		const next = this.querySelector<HTMLElement>('[data-next]:not([hidden])');
		if (this.#stepped() && next) {
			next.focus({ preventScroll: true });
			showWholeIfItFits(this, next);
		}
	}


	/** When the round is complete: its score, review and what to review, recorded if it was the whole quiz. */
	#updateScore(): void {
		const score = roundScore(this.#round, this.#results, this.#graded);
		const progress = one<HTMLElement>(this, '[data-progress]');
		if (!isComplete(this.#round, this.#results)) {
			progress.textContent = fill(this.#strings.progress, score);
			this.#render();
			return;
		}
		progress.textContent = '';
		one<HTMLElement>(this, '[data-score]').textContent = fill(this.#strings.score, { ...score, score: this.#number(score.score) });
		const level = celebration(score.score, score.total);
		one<HTMLElement>(this, '[data-celebration]').hidden = level === 'none';
		one(this, '[data-celebration-text]').textContent = level === 'perfect' ? this.#strings.celebratePerfect : this.#strings.celebrateGood;
		const missedIndices = missed(this.#round, this.#results, this.#graded);
		const missedIds = missedIndices.map((i) => this.#questions[i]!.element.dataset.question!);
		const confident = confidentMistakes(this.#round.questions, this.#ids, this.#results, this.#confidence());
		const confidentQuestions = confident.map((id) => this.#questions[this.#ids.indexOf(id)]!.element);
		this.#missedShown = showToReview(this, missedIds, confidentQuestions, this.#strings.confidentCount);
		one<HTMLElement>(this, '[data-retry-missed]').dataset.missed = String(missedIndices.length);
		one<HTMLOListElement>(this, '[data-review-list]').replaceChildren(
			...this.#round.questions.map((i) => reviewItem(this.#questions[i]!.element, this.#results[i]!, this.#strings))
		);
		void this.#boosters().then(({ showComesBack }) => showComesBack(this, this.#quiz(), this.#strings.comesBack, this.#locale));
		if (this.#round.questions.length === this.#questions.length) {
			this.#save((stored) =>
				recordAttempt(stored, { quizId: this.dataset.quizId!, key: this.dataset.key!, score: score.score, total: score.total, at: new Date(), unsure: this.#current.unsure })
			);
			this.#showBest();
		}
		// On a wide screen the score shows at once; on a phone after the last question's feedback, with "See my score".
		if (this.#stepped()) this.#render();
		else this.#showResults();
	}

	#stepped(): boolean {
		return this.dataset.mode === 'step';
	}

	/** Shows what the mode and round call for (quiz/quiz-view.ts). */
	#render(): void {
		renderRound(this, {
			questions: this.#questions.map(({ element }) => element),
			round: this.#round,
			complete: isComplete(this.#round, this.#results),
			stepped: this.#stepped(),
			missedShown: this.#missedShown,
			strings: this.#strings,
		});
	}

	/** The score where the learner is looking: the box at the top of the results, on screen and focused. */
	#showResults(): void {
		this.#render();
		const results = one<HTMLElement>(this, '[data-results]');
		results.scrollIntoView({ block: this.#stepped() ? 'start' : 'center' });
		results.focus({ preventScroll: true });
	}

	/** Previous / Next on a phone: the new question at the top of the screen, focused. */
	#go(direction: 1 | -1): void {
		this.#round = move(this.#round, direction, isComplete(this.#round, this.#results));
		if (this.#round.step === 'results') return this.#showResults();
		this.#render();
		one(this, '[data-stepper]').scrollIntoView({ block: 'start' });
		this.#questions[currentQuestion(this.#round)!]!.element.focus({ preventScroll: true });
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

	/**
	 * A new round with the options in a new order: every question ("try again"), or only those
	 * missed ("retry only the ones I missed"), whose right answers stay as they were.
	 */
	#startRound(round: Round): void {
		for (const i of round.questions) {
			const { element } = this.#questions[i]!;
			unmarkQuestion(element);
			setFormState(fields(element), []);
			setConfidence(element, undefined);
			showConfidenceNote(element, undefined, this.#strings);
			this.#results[i] = undefined;
		}
		this.#round = round;
		one(this, '[data-score]').textContent = '';
		this.#current = { seed: nextSeed(this.#current.seed, `${this.dataset.quizId}/${Date.now()}`, (seed) => this.#shuffler.orderOf(seed)), answers: {} };
		this.#shuffle();
		this.#saveAnswers();
		this.#render();
		const first = this.#questions[round.questions[0]!]!.element;
		// On a phone, as Next does: the count and bar too, not only the question under them.
		(this.#stepped() ? one<HTMLElement>(this, '[data-stepper]') : first).scrollIntoView({ block: 'start' });
		first.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
	}
}

if (!customElements.get('ogoh-quiz')) customElements.define('ogoh-quiz', OgohQuiz);
