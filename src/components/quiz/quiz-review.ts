/**
 * What the self-check draws at the end of a round: "what to review" (the confident mistakes
 * first, then the lesson sections of the questions missed) and the review list of the round's
 * answers (the marks on each checked question are drawn by mark-question.ts). DOM only; the
 * grading is in src/lib.
 */
import { fill } from '../../lib/fill.ts';
import type { QuestionResult } from '../../lib/question-types/grading-kit.ts';
import { entriesToReview } from '../../lib/quiz-round.ts';
import { all, answerText, one } from './quiz-form.ts';

export interface ReviewStrings {
	yourAnswer: string;
	noAnswer: string;
	notScored: string;
}

/** A question's prompt as asked, without its number. */
export const promptOf = (element: HTMLElement): string => one(element, 'legend').textContent!.replace(/^\s*\d+\.\s*/, '').trim();

/** One review item per checked question: the prompt, the learner's answer, and the right one when it was missed. */
export function reviewItem(element: HTMLElement, result: QuestionResult, strings: ReviewStrings): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'review-item';
	const prompt = document.createElement('p');
	prompt.textContent = promptOf(element);
	const yours = document.createElement('p');
	yours.className = 'review-yours';
	yours.dataset.verdict = result.verdict;
	const mark = result.graded ? (result.verdict === 'correct' ? '✓' : '✗') : '•';
	// The answer's own fieldset: "How sure are you?" is not part of the answer.
	yours.textContent = `${mark} ${strings.yourAnswer}: ${answerText(one(element, 'fieldset')) || strings.noAnswer}`;
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

/**
 * "What to review": how many confident mistakes (answered wrong but "sure") and each one's question
 * first; then the lesson sections of the questions missed.
 * Whether there is anything to show.
 */
export function showToReview(root: HTMLElement, missedIds: readonly string[], confident: readonly HTMLElement[], confidentCount: string): boolean {
	const links = all<HTMLElement>(root, '[data-review-for]');
	const sections = links.map((link) => link.dataset.reviewFor!.split(' '));
	const shown = entriesToReview(sections, missedIds);
	links.forEach((link, i) => (link.hidden = !shown.includes(i)));
	const box = root.querySelector<HTMLElement>('[data-confident]');
	if (box) {
		box.hidden = confident.length === 0;
		one(box, '[data-confident-count]').textContent = fill(confidentCount, { count: confident.length });
		one(box, '[data-confident-list]').replaceChildren(
			...confident.map((question) => {
				const id = question.dataset.question!;
				const item = document.createElement('li');
				item.dataset.confidentMistake = id;
				// The question; its lesson section is among the links under the list.
				item.append(promptOf(question));
				return item;
			})
		);
	}
	return shown.length > 0 || confident.length > 0;
}
