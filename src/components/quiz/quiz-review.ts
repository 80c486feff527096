/**
 * What the self-check draws at the end of a round: the review list of the round's answers (the
 * marks on each checked question are drawn by mark-question.ts). DOM only; the grading is in src/lib.
 */
import type { QuestionResult } from '../../lib/question-types/grading-kit.ts';
import { answerText, one } from './quiz-form.ts';

export interface ReviewStrings {
	yourAnswer: string;
	noAnswer: string;
	notScored: string;
}

/** One review item per checked question: the prompt, the learner's answer, and the right one when it was missed. */
export function reviewItem(element: HTMLElement, result: QuestionResult, strings: ReviewStrings): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'review-item';
	const prompt = document.createElement('p');
	prompt.textContent = one(element, 'legend').textContent!.replace(/^\s*\d+\.\s*/, '').trim();
	const yours = document.createElement('p');
	yours.className = 'review-yours';
	yours.dataset.verdict = result.verdict;
	const mark = result.graded ? (result.verdict === 'correct' ? '✓' : '✗') : '•';
	yours.textContent = `${mark} ${strings.yourAnswer}: ${answerText(element) || strings.noAnswer}`;
	item.append(prompt, yours);
	if (result.graded && result.verdict !== 'correct') {
		const right = document.createElement('div');
		right.className = 'review-right';
		right.append(...[...one(element, '.quiz-reveal .quiz-key').children].filter((c) => !c.classList.contains('quiz-explanation')).map((c) => c.cloneNode(true)));
		item.append(right);
	} else if (!result.graded) {
		const note = document.createElement('p');
		note.textContent = strings.notScored;
		item.append(note);
	}
	return item;
}
