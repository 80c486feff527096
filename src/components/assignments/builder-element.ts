/**
 * <ogoh-assignment-builder>: turns the form into an assignment link (everything in the URL),
 * a QR code drawn in the page, a printable sheet and a calendar file. Nothing leaves the browser.
 */
import { encode } from 'uqr';
import { assignmentProblems, encodeAssignment, type Assignment, type AssignmentItem } from '../../lib/assignment.ts';
import { fill } from '../../lib/fill.ts';
import { assignmentIcs } from '../../lib/ics.ts';
import { formatDate, readCatalog } from './catalog.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Draws a QR code as one SVG path of dark modules, with the quiet zone the standard asks for. */
export function drawQr(svg: SVGSVGElement, text: string): void {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	let d = '';
	data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
	const path = document.createElementNS(SVG, 'path');
	path.setAttribute('d', d);
	path.setAttribute('fill', '#000');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('shape-rendering', 'crispEdges');
	svg.replaceChildren(path);
}

class AssignmentBuilder extends HTMLElement {
	#ics: string | undefined;

	connectedCallback(): void {
		const catalog = readCatalog(this);
		const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const items = () => [...form.querySelectorAll<HTMLInputElement>('input[name="item"]')];

		const preselect = new URLSearchParams(window.location.search).get('course');
		const selectCourse = (id: string) => {
			const course = catalog.courses.find((c) => c.id === id);
			if (!course) return;
			for (const box of items()) {
				const [kind, itemId] = box.value.split(':');
				box.checked = kind === 'lesson' ? course.lessons.includes(itemId!) : course.quizzes.includes(itemId!);
			}
		};
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="course"]')) {
			if (preselect && radio.value === preselect) radio.checked = true;
			radio.addEventListener('change', () => radio.checked && selectCourse(radio.value));
		}
		if (preselect) selectCourse(preselect);

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const data = new FormData(form);
			const assignment: Assignment = {
				cohort: String(data.get('cohort') ?? ''),
				start: String(data.get('start') ?? '') || undefined,
				due: String(data.get('due') ?? ''),
				note: String(data.get('note') ?? '') || undefined,
				course: String(data.get('course') ?? '') || undefined,
				items: items()
					.filter((box) => box.checked)
					.map((box) => {
						const [kind, id] = box.value.split(':') as [AssignmentItem['kind'], string];
						return { kind, id };
					}),
			};
			const problems = assignmentProblems(assignment);
			const errors = this.querySelector<HTMLElement>('[data-errors]')!;
			const messages = { cohort: strings.errorCohort, due: strings.errorDue, start: strings.errorDates, items: strings.errorItems, dates: strings.errorDates };
			errors.textContent = [...new Set(problems.map((p) => messages[p]))].join(' ');
			if (problems.length) return;
			this.#show(assignment, strings, catalog);
		});

		this.querySelector('[data-copy]')!.addEventListener('click', async () => {
			const link = this.querySelector<HTMLInputElement>('[data-link]')!;
			link.select();
			try {
				await navigator.clipboard.writeText(link.value);
			} catch {
				document.execCommand?.('copy');
			}
			this.querySelector('[data-copied]')!.textContent = strings.copied ?? '';
		});
		this.querySelector<HTMLAnchorElement>('[data-ics]')!.addEventListener('click', (event) => {
			if (!this.#ics) return event.preventDefault();
			// A fresh object URL on each click: it is only valid for this download.
			const anchor = event.currentTarget as HTMLAnchorElement;
			anchor.href = URL.createObjectURL(new Blob([this.#ics], { type: 'text/calendar' }));
			setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
		});
	}

	#show(assignment: Assignment, strings: Record<string, string>, catalog: ReturnType<typeof readCatalog>): void {
		const encoded = encodeAssignment(assignment);
		const url = new URL(`${this.dataset.view}#a=${encoded}`, window.location.href).href;
		const locale = this.dataset.locale ?? 'en';
		this.querySelector<HTMLInputElement>('[data-link]')!.value = url;
		drawQr(this.querySelector<SVGSVGElement>('[data-qr]')!, url);
		this.querySelector('[data-sheet-link]')!.textContent = url;
		this.querySelector('[data-sheet-cohort]')!.textContent = fill(strings.cohort ?? '', { cohort: assignment.cohort });
		const dates = [assignment.start ? fill(strings.start ?? '', { start: formatDate(assignment.start, locale) }) : '', fill(strings.due ?? '', { due: formatDate(assignment.due, locale) })];
		this.querySelector('[data-sheet-dates]')!.textContent = dates.filter(Boolean).join(' · ');
		this.querySelector('[data-sheet-note]')!.textContent = assignment.note ?? '';
		const titles = assignment.items.map((item) => {
			const entry = (item.kind === 'lesson' ? catalog.lessons : catalog.quizzes).find((e) => e.id === item.id);
			return fill(strings[item.kind] ?? '', { title: entry?.title ?? item.id });
		});
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

if (!customElements.get('ogoh-assignment-builder')) customElements.define('ogoh-assignment-builder', AssignmentBuilder);
