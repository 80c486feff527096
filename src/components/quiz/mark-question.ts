/**
 * Marks a checked question on the page, for the self-check quiz and the lesson checkpoints: each
 * option, pair or item right or wrong (in words too), and each option's feedback shown once,
 * under the option: every option of a choice question (so the learner sees why each one is right
 * or wrong), the chosen one of true/false, the verdict's feedback of a typed answer.
 * `unmarkQuestion` undoes it for another try.
 */
import { display, type GradableQuestion } from '../../lib/question-types/graders.ts';
import type { QuestionResult } from '../../lib/question-types/grading-kit.ts';
import { all, one } from './quiz-form.ts';

export interface MarkStrings {
	yourChoice: string;
	rightAnswer: string;
	correct: string;
	incorrect: string;
}

/**
 * Marks each option, pair or item right or wrong (in words too) and shows each option's feedback
 * once, under the option: every option of a choice question (so the learner sees why each one
 * is right or wrong), the chosen one of true/false, the verdict's feedback of a typed answer.
 * `compact` (one question per phone screen): a choice question's feedback text only under the
 * options chosen; a right option not chosen is still marked, in words, without its text, so the
 * answered question fits the screen (the explanation under the question says why).
 */
export function markQuestion(element: HTMLElement, result: QuestionResult, model: GradableQuestion, strings: MarkStrings, compact = false): void {
	const { yourChoice, rightAnswer } = strings;
	const scenario = !result.graded;
	const onlyChosen = display(model.type).feedback === 'chosen-option';
	// Styles may drop what only helps to answer (the hint, "How sure?") once the question is checked.
	element.dataset.checked = '';
	for (const option of result.options) {
		const item = one<HTMLElement>(element, `[data-option="${CSS.escape(option.id)}"]`);
		const feedback = item.querySelector<HTMLElement>('[data-feedback]');
		if (!feedback) continue;
		const markOnly = compact && !option.chosen;
		feedback.hidden = !option.chosen && (onlyChosen || (compact && !(option.isAnswer && !scenario)));
		one<HTMLElement>(feedback, '[data-feedback-text]').hidden = markOnly;
		item.dataset.state = scenario ? '' : option.isAnswer ? 'right' : option.chosen ? 'wrong' : '';
		const labels = [option.chosen ? yourChoice : '', option.isAnswer && !scenario ? rightAnswer : ''].filter(Boolean).join(' · ');
		const sign = scenario || !labels ? '' : option.isAnswer ? '✓ ' : '✗ ';
		one(feedback, '[data-mark]').textContent = labels ? `${sign}${labels}${markOnly ? '' : ':'}` : '';
	}
	for (const part of result.parts) {
		const row = one<HTMLElement>(element, `[data-part="${CSS.escape(part.id)}"]`);
		row.dataset.state = part.right ? 'right' : 'wrong';
		one(row, '[data-mark]').textContent = part.right ? `✓ ${strings.correct}` : `✗ ${strings.incorrect}`;
		// An item's own feedback (categorize), under its row.
		const feedback = row.querySelector<HTMLElement>('[data-feedback]');
		if (feedback) feedback.hidden = false;
	}
	for (const feedback of all<HTMLElement>(element, '[data-text-feedback]')) {
		feedback.hidden = feedback.dataset.textFeedback !== (result.verdict === 'correct' ? 'correct' : 'incorrect');
	}
}

/** Takes the marks, feedback and verdict off a question and lets the learner answer it again. */
export function unmarkQuestion(element: HTMLElement): void {
	delete element.dataset.checked;
	for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = false;
	for (const marked of all<HTMLElement>(element, '[data-state]')) marked.dataset.state = '';
	for (const feedback of all<HTMLElement>(element, '[data-feedback]')) feedback.hidden = true;
	for (const mark of all<HTMLElement>(element, '[data-part] [data-mark]')) mark.textContent = '';
	for (const feedback of all<HTMLElement>(element, '[data-text-feedback]')) feedback.hidden = true;
	one<HTMLElement>(element, '[data-actions]').hidden = false;
	one<HTMLElement>(element, '[data-reveal]').hidden = true;
	one<HTMLElement>(element, '[data-verdict]').textContent = '';
}
