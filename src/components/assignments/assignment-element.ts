/**
 * <ogoh-assignment>: the trainee's view of an assignment link. The link is untrusted: it is
 * decoded and checked by lib/assignment.ts, shown only as text, and a bad link gets a clear message.
 * Opening a link remembers the assignment on this device (lib/assignment-store.ts), so lessons and
 * quizzes can lead back to it; without a link, the page lists the assignments opened before.
 */
import { codeRandom, loadStore, rememberAssignment, saveStore } from '../../lib/assignment-store.ts';
import { daysUntil, decodeAssignment, encodeAssignment, itemStatuses, type ItemStatus } from '../../lib/assignment.ts';
import { completionCode } from '../../lib/completion-code.ts';
import { isStringRecord } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { browserStorage, loadProgress, quizRecord } from '../../lib/progress.ts';
import { showOpenAssignments } from './back-element.ts';
import { encodedFromLocation, formatDate, itemEntry, knownIds, readCatalog, localDay } from './catalog.ts';

class OgohAssignment extends HTMLElement {
	/** Used when this browser cannot store anything (some private modes): one code per visit. */
	#random = crypto.getRandomValues(new Uint32Array(1))[0]!;

	connectedCallback(): void {
		this.#render();
		window.addEventListener('hashchange', () => this.#render());
		// Progress made in another tab (a lesson or quiz opened from the list) shows up here too.
		window.addEventListener('storage', () => this.#render());
		document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.#render());
	}

	#render(): void {
		const strings = readData(this, 'data-strings', isStringRecord);
		const catalog = readCatalog(this);
		const known = knownIds(catalog);
		const locale = this.dataset.locale ?? 'en';
		const encoded = encodedFromLocation();
		const result = decodeAssignment(encoded, known);
		const error = this.querySelector<HTMLElement>('[data-error]')!;
		const view = this.querySelector<HTMLElement>('[data-view]')!;
		const openList = this.querySelector<HTMLElement>('ogoh-back-to-assignment')!;
		if (!result.ok) {
			// Without a link, the learner may be looking for an assignment opened before.
			const shown = result.error === 'missing' && showOpenAssignments(openList);
			error.textContent = shown ? '' : (strings[result.error] ?? strings.invalid ?? '');
			view.hidden = true;
			return;
		}
		openList.hidden = true;
		error.textContent = '';
		const { assignment } = result;
		const canonical = encodeAssignment(assignment, known);
		const storage = browserStorage();
		let store = rememberAssignment(loadStore(storage), {
			a: canonical,
			cohort: assignment.cohort,
			due: assignment.due,
			lessons: assignment.items.filter((i) => i.kind === 'lesson').map((i) => i.id),
			quizzes: assignment.items.filter((i) => i.kind === 'quiz').map((i) => i.id),
			opened: new Date().toISOString(),
		});

		const text = (selector: string, value: string) => (this.querySelector(selector)!.textContent = value);
		text('[data-cohort]', fill(strings.cohort!, { cohort: assignment.cohort }));
		text('[data-dates]', [assignment.start ? fill(strings.start!, { start: formatDate(assignment.start, locale) }) : '', fill(strings.due!, { due: formatDate(assignment.due, locale) })].filter(Boolean).join(' · '));
		const days = daysUntil(assignment.due, localDay(new Date()));
		text('[data-due-status]', days > 0 ? fill(strings.daysLeft!, { days }) : days === 0 ? strings.dueToday! : strings.overdue!);
		text('[data-pass-mark]', fill(strings.passMark!, { percent: assignment.passMark }));
		this.querySelector<HTMLElement>('[data-note-block]')!.hidden = !assignment.note;
		text('[data-note]', assignment.note ?? '');

		const progress = loadProgress(storage);
		const statuses = itemStatuses(assignment, progress.lessons, (id) => {
			const entry = catalog.quizzes.find((q) => q.id === id);
			return { record: entry ? quizRecord(progress, id, entry.key) : undefined, graded: entry?.graded ?? 0 };
		});
		const items = statuses.map((status) => {
			const entry = itemEntry(catalog, status)!;
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = entry.href;
			link.textContent = fill(strings[status.kind]!, { title: entry.title });
			const state = document.createElement('span');
			state.className = 'item-state';
			state.textContent = this.#state(status, strings);
			li.dataset.done = String(status.done);
			li.append(link, state);
			return li;
		});
		const done = statuses.filter((s) => s.done).length;
		this.querySelector('[data-items]')!.replaceChildren(...items);
		text('[data-progress]', fill(strings.progress!, { done, total: items.length }));
		const complete = done === items.length;
		this.querySelector<HTMLElement>('[data-complete]')!.hidden = !complete;
		if (complete) {
			// One code per assignment on this device: made once, then read back on every visit.
			const code = codeRandom(store, canonical, this.#random);
			store = code.store;
			this.#random = code.random;
			text('[data-code]', completionCode(canonical, code.random));
		}
		saveStore(storage, store);
		view.hidden = false;
	}

	#state(status: ItemStatus, strings: Record<string, string>): string {
		if (status.kind === 'lesson') return status.done ? `✓ ${strings.lessonDone}` : strings.todo!;
		const values = { best: status.best, total: status.total, needed: status.needed };
		if (status.done) return `✓ ${fill(strings.quizDone!, values)}`;
		return fill(status.attempted ? strings.quizMissing! : strings.quizTodo!, values);
	}
}

if (!customElements.get('ogoh-assignment')) customElements.define('ogoh-assignment', OgohAssignment);
