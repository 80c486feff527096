/**
 * What the self-check quiz (quiz-element.ts) shows for its mode and round: the questions in play
 * (one per screen on a phone, `stepped`), the step counter and bar, Previous / Next or "See my
 * score", and at the end the results, the review and the retry buttons.
 */
import { fill } from '../../lib/fill.ts';
import { currentQuestion, forward, position, type Round } from '../../lib/quiz-round.ts';
import { one } from './quiz-form.ts';

export interface RoundView {
	/** Every question's element, in the page's order. */
	questions: readonly HTMLElement[];
	round: Round;
	/** Every question of the round is checked. */
	complete: boolean;
	stepped: boolean;
	/** Some "what to review" link applies to the round. */
	missedShown: boolean;
	strings: { stepCount: string; seeResults: string; next: string };
}

export function renderRound(quiz: HTMLElement, { questions, round, complete, stepped, missedShown, strings }: RoundView): void {
	const atResults = complete && (!stepped || round.step === 'results');
	const current = currentQuestion(round);
	questions.forEach((element, i) => {
		element.hidden = !round.questions.includes(i) || (stepped && i !== current);
	});
	one<HTMLElement>(quiz, '[data-stepper]').hidden = !stepped || atResults;
	one<HTMLElement>(quiz, '[data-step-nav]').hidden = !stepped || atResults;
	const { current: at, count } = position(round);
	one(quiz, '[data-step-count]').textContent = fill(strings.stepCount, { current: at, count });
	const bar = one<HTMLProgressElement>(quiz, '[data-step-bar]');
	bar.max = count;
	bar.value = at;
	one<HTMLElement>(quiz, '[data-previous]').hidden = round.step === 0;
	const next = one<HTMLElement>(quiz, '[data-next]');
	const action = forward(round, complete);
	next.hidden = action === 'none';
	next.textContent = action === 'results' ? strings.seeResults : strings.next;
	for (const selector of ['[data-results]', '[data-review]', '[data-retry]']) one<HTMLElement>(quiz, selector).hidden = !atResults;
	quiz.querySelector<HTMLElement>('[data-to-review]')?.toggleAttribute('hidden', !atResults || !missedShown);
	const retryMissed = one<HTMLElement>(quiz, '[data-retry-missed]');
	retryMissed.hidden = !atResults || retryMissed.dataset.missed === '0';
}

/**
 * On a phone, after checking: a question taller than the screen was scrolled through to answer it;
 * checked, it may fit (its hint and "How sure?" go), and then it is shown whole, from its count to
 * Next, below the page's fixed header (Starlight's scroll padding).
 */
export function showWholeIfItFits(quiz: HTMLElement, next: HTMLElement): void {
	const stepper = one<HTMLElement>(quiz, '[data-stepper]');
	const top = stepper.getBoundingClientRect().top;
	const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
	if (top < header && next.getBoundingClientRect().bottom - top <= innerHeight - header) stepper.scrollIntoView({ block: 'start' });
}
