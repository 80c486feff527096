/**
 * <ogoh-lesson-done>: "I have finished this lesson", a toggle saved in this browser. Where the
 * browser cannot save, the toggle still works for this page and the notice says so once.
 */
import { hasStrings } from '../lib/data-guards.ts';
import { readData } from '../lib/element-data.ts';
import { browserStorage as storage, reportNotSaved } from '../lib/browser-storage.ts';
import { isLessonDone, markLessonDone } from '../lib/lesson-marks.ts';

const isStrings = hasStrings(['done', 'markDone']);

class OgohLessonDone extends HTMLElement {
	connectedCallback(): void {
		const strings = readData(this, 'data-strings', isStrings);
		const button = this.querySelector('button')!;
		const slug = this.dataset.slug!;
		const show = (done: boolean) => {
			button.setAttribute('aria-pressed', String(done));
			button.textContent = done ? strings.done : strings.markDone;
		};
		show(isLessonDone(storage(), slug));
		button.hidden = false;
		button.addEventListener('click', () => {
			const done = button.getAttribute('aria-pressed') !== 'true';
			if (!markLessonDone(storage(), slug, done, new Date())) reportNotSaved(this);
			show(done);
		});
	}
}

if (!customElements.get('ogoh-lesson-done')) customElements.define('ogoh-lesson-done', OgohLessonDone);
