/**
 * Marks a checked question on the page, for the self-check quiz and the lesson checkpoints: each
 * option, pair or item right or wrong (in words too), and each option's feedback shown once,
 * under the option: every option of a choice question (so the learner sees why each one is right
 * or wrong), the chosen one of true/false, the verdict's feedback of a typed answer.
 * `clearMarks` undoes it for another try.
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

export function markQuestion(element: HTMLElement, result: QuestionResult, model: GradableQuestion, strings: MarkStrings): void {
	const { yourChoice, rightAnswer } = strings;
	const scenario = !result.graded;
	const onlyChosen = display(model.type).feedback === 'chosen-option';
	for (const option of result.options) {
		const item = one<HTMLElement>(element, `[data-option="${CSS.escape(option.id)}"]`);
		const feedback = item.querySelector<HTMLElement>('[data-feedback]');
		if (!feedback) continue;
		feedback.hidden = onlyChosen && !option.chosen;
		item.dataset.state = scenario ? '' : option.isAnswer ? 'right' : option.chosen ? 'wrong' : '';
		const labels = [option.chosen ? yourChoice : '', option.isAnswer && !scenario ? rightAnswer : ''].filter(Boolean).join(' · ');
		const sign = scenario || !labels ? '' : option.isAnswer ? '✓ ' : '✗ ';
		one(feedback, '[data-mark]').textContent = labels ? `${sign}${labels}:` : '';
	}
	for (const part of result.parts) {
		const row = one<HTMLElement>(element, `[data-part="${CSS.escape(part.id)}"]`);
		row.dataset.state = part.right ? 'right' : 'wrong';
		one(row, '[data-mark]').textContent = part.right ? `✓ ${strings.correct}` : `✗ ${strings.incorrect}`;
	}
	for (const feedback of all<HTMLElement>(element, '[data-text-feedback]')) {
		feedback.hidden = feedback.dataset.textFeedback !== (result.verdict === 'correct' ? 'correct' : 'incorrect');
	}
}

/** The question as before it was checked (its answer is kept or cleared by the caller). */
export function clearMarks(element: HTMLElement): void {
	for (const control of all<HTMLInputElement | HTMLSelectElement>(element, 'input, select')) control.disabled = false;
	for (const marked of all<HTMLElement>(element, '[data-state]')) marked.dataset.state = '';
	for (const feedback of all<HTMLElement>(element, '[data-feedback]')) feedback.hidden = true;
	for (const mark of all<HTMLElement>(element, '.quiz-row [data-mark]')) mark.textContent = '';
	for (const feedback of all<HTMLElement>(element, '[data-text-feedback]')) feedback.hidden = true;
}
