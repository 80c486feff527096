/**
 * <ogoh-assignment-builder>: turns the form into an assignment link (everything in the URL),
 * a QR code drawn in the page, a printable sheet and a calendar file. Nothing leaves the browser.
 * While the trainer fills the form it says how much room is left in the link (the QR code must stay
 * readable), warns about a due date in the past and refuses what the link cannot carry.
 */
import {
	DEFAULT_PASS_MARK,
	MAX_LINK_LENGTH,
	MAX_TEXT,
	assignmentProblems,
	encodeAssignment,
	isDueInPast,
	type Assignment,
	type AssignmentItem,
	type KnownIds,
} from '../../lib/assignment.ts';
import { isStringRecord } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { assignmentIcs } from '../../lib/ics.ts';
import type { Catalog } from '../../site/catalog.ts';
import { drawQr } from '../qr.ts';
import { formatDate, itemEntry, knownIds, readCatalog, localDay } from './catalog.ts';

const key = (item: AssignmentItem) => `${item.kind}:${item.id}`;

class OgohAssignmentBuilder extends HTMLElement {
	#ics: string | undefined;
	#catalog!: Catalog;
	#known!: KnownIds;
	#strings: Record<string, string> = {};

	connectedCallback(): void {
		this.#catalog = readCatalog(this);
		this.#known = knownIds(this.#catalog);
		this.#strings = readData(this, 'data-strings', isStringRecord);
		const form = this.#form();
		const preselect = new URLSearchParams(window.location.search).get('course');
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="course"]')) {
			if (preselect && radio.value === preselect) radio.checked = true;
			radio.addEventListener('change', () => radio.checked && this.#selectCourse(radio.value));
		}
		if (preselect && this.#course()) this.#selectCourse(preselect);
		form.addEventListener('input', () => this.#update());
		form.addEventListener('change', () => this.#update());
		this.#update();

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const { assignment, problems, length } = this.#update();
			const errors = this.querySelector<HTMLElement>('[data-errors]')!;
			const s = this.#strings;
			const messages = { cohort: s.errorCohort, due: s.errorDue, start: s.errorDates, items: s.errorItems, dates: s.errorDates, 'pass-mark': s.errorPassMark };
			const text = [...new Set(problems.map((p) => messages[p]))];
			errors.textContent = text.join(' ');
			// A link too long for its QR code is already explained beside the form (data-size).
			if (text.length || length > MAX_LINK_LENGTH) {
				if (!text.length) this.querySelector<HTMLElement>('[data-size]')!.scrollIntoView({ block: 'center' });
				return;
			}
			this.#show(assignment);
		});
		this.querySelector<HTMLButtonElement>('[data-create]')!.disabled = false;

		this.querySelector('[data-copy]')!.addEventListener('click', async () => {
			const link = this.querySelector<HTMLInputElement>('[data-link]')!;
			link.select();
			try {
				await navigator.clipboard.writeText(link.value);
			} catch {
				document.execCommand?.('copy');
			}
			this.querySelector('[data-copied]')!.textContent = this.#strings.copied ?? '';
		});
		this.querySelector<HTMLAnchorElement>('[data-ics]')!.addEventListener('click', (event) => {
			if (!this.#ics) return event.preventDefault();
			// A fresh object URL on each click: it is only valid for this download.
			const anchor = event.currentTarget as HTMLAnchorElement;
			anchor.href = URL.createObjectURL(new Blob([this.#ics], { type: 'text/calendar' }));
			setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
		});
	}

	#form(): HTMLFormElement {
		return this.querySelector<HTMLFormElement>('[data-form]')!;
	}

	#boxes(): HTMLInputElement[] {
		return [...this.#form().querySelectorAll<HTMLInputElement>('input[name="item"]')];
	}

	#course(): Catalog['courses'][number] | undefined {
		const id = this.#form().querySelector<HTMLInputElement>('input[name="course"]:checked')?.value;
		return this.#catalog.courses.find((c) => c.id === id);
	}

	/** Ticks the course's items, sets its pass mark, and shows its items in module order. */
	#selectCourse(id: string): void {
		const course = this.#catalog.courses.find((c) => c.id === id);
		const wanted = new Set(course?.items.map(key));
		if (course) for (const box of this.#boxes()) box.checked = wanted.has(box.value);
		this.#form().querySelector<HTMLInputElement>('input[name="passMark"]')!.value = String(course?.passMark ?? DEFAULT_PASS_MARK);
		this.#update();
	}

	/** The assignment the form describes now, its problems and the length of its link. */
	#update(): { assignment: Assignment; problems: ReturnType<typeof assignmentProblems>; length: number; url: string } {
		const form = this.#form();
		const data = new FormData(form);
		const s = this.#strings;
		const checked = new Set(this.#boxes().filter((box) => box.checked).map((box) => box.value));
		const course = this.#course();
		const courseKeys = course?.items.map(key) ?? [];
		const whole = course !== undefined && courseKeys.length === checked.size && courseKeys.every((k) => checked.has(k));
		// A course's items come in module order (also when some are left out), then any others in page order.
		const ordered = [...courseKeys.filter((k) => checked.has(k)), ...this.#boxes().map((box) => box.value).filter((k) => checked.has(k) && !courseKeys.includes(k))];
		const assignment: Assignment = {
			cohort: String(data.get('cohort') ?? ''),
			start: String(data.get('start') ?? '') || undefined,
			due: String(data.get('due') ?? ''),
			note: String(data.get('note') ?? '') || undefined,
			course: whole ? course.id : undefined,
			passMark: Number(data.get('passMark') || DEFAULT_PASS_MARK),
			items: ordered.map((k) => {
				const [kind, id] = k.split(':') as [AssignmentItem['kind'], string];
				return { kind, id };
			}),
		};
		const problems = assignmentProblems(assignment);

		// The course's items in module order, as the trainee will see them.
		const order = this.querySelector<HTMLElement>('[data-course-order]')!;
		order.hidden = !course;
		this.querySelector('[data-course-items]')!.replaceChildren(
			...(course?.items ?? []).map((item) => {
				const li = document.createElement('li');
				li.textContent = this.#title(item);
				return li;
			})
		);

		const note = String(data.get('note') ?? '');
		this.querySelector('[data-note-left]')!.textContent = fill(s.noteLeft!, { count: Math.max(0, MAX_TEXT.note - note.length) });
		this.querySelector('[data-warning]')!.textContent = isDueInPast(assignment.due, localDay(new Date())) ? s.warnPastDue! : '';

		const encoded = encodeAssignment(assignment, this.#known);
		const url = new URL(`${this.dataset.view}#a=${encoded}`, window.location.href).href;
		const size = this.querySelector<HTMLElement>('[data-size]')!;
		const tooLarge = url.length > MAX_LINK_LENGTH;
		size.textContent = fill(tooLarge ? s.errorTooLarge! : s.linkSize!, { length: url.length, max: MAX_LINK_LENGTH });
		size.dataset.tooLarge = String(tooLarge);
		return { assignment, problems, length: url.length, url };
	}

	#title(item: AssignmentItem): string {
		return fill(this.#strings[item.kind] ?? '', { title: itemEntry(this.#catalog, item)?.title ?? item.id });
	}

	#show(assignment: Assignment): void {
		const strings = this.#strings;
		const encoded = encodeAssignment(assignment, this.#known);
		const url = new URL(`${this.dataset.view}#a=${encoded}`, window.location.href).href;
		const locale = this.dataset.locale ?? 'en';
		this.querySelector<HTMLInputElement>('[data-link]')!.value = url;
		drawQr(this.querySelector<SVGSVGElement>('[data-qr]')!, url);
		this.querySelector('[data-sheet-link]')!.textContent = url;
		this.querySelector('[data-sheet-cohort]')!.textContent = fill(strings.cohort ?? '', { cohort: assignment.cohort });
		const dates = [assignment.start ? fill(strings.start ?? '', { start: formatDate(assignment.start, locale) }) : '', fill(strings.due ?? '', { due: formatDate(assignment.due, locale) })];
		this.querySelector('[data-sheet-dates]')!.textContent = dates.filter(Boolean).join(' · ');
		this.querySelector('[data-sheet-pass-mark]')!.textContent = fill(strings.passMark ?? '', { percent: assignment.passMark });
		this.querySelector('[data-sheet-note]')!.textContent = assignment.note ?? '';
		const titles = assignment.items.map((item) => this.#title(item));
		this.querySelector('[data-sheet-items]')!.replaceChildren(
			...titles.map((title) => {
				const li = document.createElement('li');
				li.textContent = title;
				return li;
			})
		);
		this.#ics = assignmentIcs({
			title: `Ogoh: ${assignment.cohort}`,
			description: `${[assignment.note, ...titles].filter(Boolean).join('\n')}\n${url}`,
			due: assignment.due,
			url,
			now: new Date(),
		});
		this.querySelector<HTMLAnchorElement>('[data-check-link]')!.href = `${this.dataset.check}#a=${encoded}`;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		result.hidden = false;
		result.focus();
	}
}

if (!customElements.get('ogoh-assignment-builder')) customElements.define('ogoh-assignment-builder', OgohAssignmentBuilder);
