/**
 * "How sure are you?" on the self-check page (ConfidenceField.astro): the learner's choice per
 * question and the feedback line for the four cases after checking (the confident mistakes at the
 * top of "what to review" are drawn by quiz-review.ts). DOM only; the verdicts are in src/lib/confidence.ts.
 */
import { isConfidence, type Confidence, type ConfidenceVerdict } from '../../lib/confidence.ts';
import { all } from './quiz-form.ts';

/** The feedback line per case, keyed by the case. */
export type ConfidenceStrings = Record<ConfidenceVerdict, string>;

const radios = (element: HTMLElement) => all<HTMLInputElement>(element, '[data-confidence] input');

/** What the learner chose, if anything (a scenario has no such question). */
export function confidenceOf(element: HTMLElement): Confidence | undefined {
	const value = radios(element).find((radio) => radio.checked)?.value;
	return isConfidence(value) ? value : undefined;
}

export function setConfidence(element: HTMLElement, confidence: Confidence | undefined): void {
	for (const radio of radios(element)) radio.checked = radio.value === confidence;
}

/** The line above the answer and explanation for the case; none without a confidence (or undefined to take it off). */
export function showConfidenceNote(element: HTMLElement, verdict: ConfidenceVerdict | undefined, strings: ConfidenceStrings): void {
	const note = element.querySelector<HTMLElement>('[data-confidence-note]');
	if (!note) return;
	note.hidden = !verdict;
	note.dataset.case = verdict ?? '';
	note.textContent = verdict ? strings[verdict] : '';
}
