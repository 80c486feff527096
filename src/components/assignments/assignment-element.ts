/**
 * <ogoh-assignment>: the trainee's view of an assignment link. The link is untrusted: it is
 * decoded and checked by lib/assignment.ts, shown only as text, and a bad link gets a clear message.
 */
import { daysUntil, decodeAssignment, encodeAssignment } from '../../lib/assignment.ts';
import { completionCode } from '../../lib/completion-code.ts';
import { fill } from '../../lib/fill.ts';
import { browserStorage, loadProgress } from '../../lib/progress.ts';
import { encodedFromLocation, formatDate, knownIds, readCatalog } from './catalog.ts';

class OgohAssignment extends HTMLElement {
	/** The random part of this page's completion code: one per visit, so it does not flicker. */
	#random = crypto.getRandomValues(new Uint32Array(1))[0]!;

	connectedCallback(): void {
		this.#render();
		window.addEventListener('hashchange', () => this.#render());
		// Progress made in another tab (a lesson or quiz opened from the list) shows up here too.
		window.addEventListener('storage', () => this.#render());
		document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.#render());
	}

	#render(): void {
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		const catalog = readCatalog(this);
		const locale = this.dataset.locale ?? 'en';
		const result = decodeAssignment(encodedFromLocation(), knownIds(catalog));
		const error = this.querySelector<HTMLElement>('[data-error]')!;
		const view = this.querySelector<HTMLElement>('[data-view]')!;
		if (!result.ok) {
			error.textContent = strings[result.error] ?? strings.invalid ?? '';
			view.hidden = true;
			return;
		}
		error.textContent = '';
		const { assignment } = result;
		const text = (selector: string, value: string) => (this.querySelector(selector)!.textContent = value);
		text('[data-cohort]', fill(strings.cohort!, { cohort: assignment.cohort }));
		text('[data-dates]', [assignment.start ? fill(strings.start!, { start: formatDate(assignment.start, locale) }) : '', fill(strings.due!, { due: formatDate(assignment.due, locale) })].filter(Boolean).join(' · '));
		const days = daysUntil(assignment.due, new Date().toISOString().slice(0, 10));
		text('[data-due-status]', days > 0 ? fill(strings.daysLeft!, { days }) : days === 0 ? strings.dueToday! : strings.overdue!);
		this.querySelector<HTMLElement>('[data-note-block]')!.hidden = !assignment.note;
		text('[data-note]', assignment.note ?? '');

		const progress = loadProgress(browserStorage());
		let done = 0;
		const items = assignment.items.map((item) => {
			const entry = (item.kind === 'lesson' ? catalog.lessons : catalog.quizzes).find((e) => e.id === item.id)!;
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = entry.href;
			link.textContent = fill(strings[item.kind]!, { title: entry.title });
			const state = document.createElement('span');
			state.className = 'item-state';
			let finished = false;
			if (item.kind === 'lesson') {
				finished = Boolean(progress.lessons[item.id]);
				state.textContent = finished ? `✓ ${strings.lessonDone}` : strings.todo!;
			} else {
				const record = progress.quizzes[item.id];
				finished = Boolean(record && record.attempts > 0);
				state.textContent = finished ? `✓ ${fill(strings.quizDone!, { best: record!.best, total: record!.total })}` : strings.todo!;
			}
			if (finished) done++;
			li.dataset.done = String(finished);
			li.append(link, state);
			return li;
		});
		this.querySelector('[data-items]')!.replaceChildren(...items);
		text('[data-progress]', fill(strings.progress!, { done, total: items.length }));
		const complete = done === items.length;
		this.querySelector<HTMLElement>('[data-complete]')!.hidden = !complete;
		if (complete) {
			// Codes are made and checked against the assignment in its normal encoded form.
			text('[data-code]', completionCode(encodeAssignment(assignment), this.#random));
		}
		view.hidden = false;
	}
}

if (!customElements.get('ogoh-assignment')) customElements.define('ogoh-assignment', OgohAssignment);
