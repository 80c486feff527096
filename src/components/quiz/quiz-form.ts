/**
 * The self-check's form, by field kind (src/components/quiz/fields/): the learner's response, the
 * form state stored for an unfinished attempt, and the answer in words for the review.
 */
import type { FieldKind } from '../../lib/question-types/define.ts';
import type { Response } from '../../lib/question-types/grading-kit.ts';

export const all = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];
export const one = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

/** The inputs and selects of a fill-in-the-blanks question, in reading order. */
const blanksOf = (element: HTMLElement) => all<HTMLInputElement | HTMLSelectElement>(element, '[data-blank]');

export function responseOf(element: HTMLElement, field: FieldKind): Response {
	switch (field) {
		case 'choice':
		case 'hotspot':
			return { type: 'choice', chosen: all<HTMLInputElement>(element, 'input:checked').map((i) => i.value) };
		case 'matching':
		case 'categorize': // item id → the chosen group id, read as matching pairs
			return { type: 'matching', matches: Object.fromEntries(all<HTMLSelectElement>(element, 'select').map((s) => [s.dataset.pair!, s.value])) };
		case 'ordering': {
			const positions = all<HTMLSelectElement>(element, 'select').map((s) => ({ id: s.dataset.item!, at: Number(s.value) }));
			if (positions.some((p) => !p.at)) return { type: 'ordering', order: [] };
			return { type: 'ordering', order: positions.sort((a, b) => a.at - b.at).map((p) => p.id) };
		}
		case 'text':
			return { type: 'text', value: one<HTMLInputElement>(element, '[data-text-answer]').value };
		case 'cloze':
			return { type: 'blanks', values: Object.fromEntries(blanksOf(element).map((b) => [b.dataset.blank!, b.value])) };
	}
}

/** The form state of a question as strings, to store and restore an unfinished attempt. */
export function formState(element: HTMLElement): string[] {
	const blanks = blanksOf(element);
	if (blanks.length) return blanks.map((b) => b.value);
	const inputs = all<HTMLInputElement>(element, 'input[type="radio"], input[type="checkbox"]');
	if (inputs.length) return inputs.filter((i) => i.checked).map((i) => i.value);
	const selects = all<HTMLSelectElement>(element, 'select');
	if (selects.length) return selects.map((s) => s.value);
	return [one<HTMLInputElement>(element, '[data-text-answer]').value];
}

export function setFormState(element: HTMLElement, state: readonly string[]): void {
	const blanks = blanksOf(element);
	if (blanks.length) return blanks.forEach((b, i) => (b.value = state[i] ?? ''));
	const inputs = all<HTMLInputElement>(element, 'input[type="radio"], input[type="checkbox"]');
	if (inputs.length) inputs.forEach((i) => (i.checked = state.includes(i.value)));
	else {
		const selects = all<HTMLSelectElement>(element, 'select');
		if (selects.length) selects.forEach((s, i) => (s.value = state[i] ?? ''));
		else one<HTMLInputElement>(element, '[data-text-answer]').value = state[0] ?? '';
	}
}

/** "B. text; D. text": the options with these ids, in the order and with the letters on screen. */
export function choiceText(scope: ParentNode, ids: readonly string[]): string {
	return all<HTMLElement>(scope, '[data-option]')
		.filter((option) => ids.includes(option.dataset.option!))
		.map((option) => `${one(option, '[data-letter]').textContent!.trim()}. ${one(option, '[data-text]').textContent!.trim()}`)
		.join('; ');
}

/** What the learner answered, in words, for the review list ('' when nothing). */
export function answerText(element: HTMLElement): string {
	const chosen = all<HTMLInputElement>(element, 'input:checked').map((i) => i.value);
	if (chosen.length) return choiceText(element, chosen);
	const blanks = blanksOf(element);
	if (blanks.length) return blanks.map((b, i) => `${i + 1}. ${(b instanceof HTMLSelectElement ? b.value && b.selectedOptions[0]!.text : b.value).trim() || '—'}`).join('; ');
	const selects = all<HTMLSelectElement>(element, 'select');
	if (selects.length) return selects.map((s) => `${s.labels[0]?.textContent?.trim()} → ${s.selectedOptions[0]?.textContent?.trim()}`).join('; ');
	return element.querySelector<HTMLInputElement>('[data-text-answer]')?.value.trim() ?? '';
}
