/**
 * <ogoh-passport>: a topic's passport from the progress kept in this browser (lib/passport.ts):
 * the name the learner types (kept on this device only), the day each lesson was finished, the
 * best quiz scores, and the topic's completion code once everything is done, with the address of
 * the page where a teacher checks it.
 */
import { loadStore, localDay, saveStore } from '../lib/assignment-store.ts';
import { hasStrings, isArrayOf, isRecord } from '../lib/data-guards.ts';
import { formatLongDate } from '../lib/dates.ts';
import { readData } from '../lib/element-data.ts';
import { fill } from '../lib/fill.ts';
import { drawQr } from './qr.ts';
import { isLocale } from '../lib/locales.ts';
import { checkHash, loadName, passport, passportCells, saveName } from '../lib/passport.ts';
import { browserStorage, loadProgress, reportNotSaved } from '../lib/progress.ts';
import { cardState, isTitledCard } from '../lib/progress-view.ts';

const isStrings = hasStrings(['notYet', 'progress']);
const isCards = isArrayOf(isTitledCard);
const isIds = (value: unknown): value is { lessons: string[]; quizzes: string[] } =>
	isRecord(value) && Array.isArray(value.lessons) && Array.isArray(value.quizzes);

class OgohPassport extends HTMLElement {
	/** Used when this browser cannot store anything: one code per visit. */
	#random = crypto.getRandomValues(new Uint32Array(1))[0]!;

	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('[data-name-input]')!;
		input.value = loadName(browserStorage());
		input.addEventListener('input', () => {
			if (!saveName(browserStorage(), input.value)) reportNotSaved(this);
			this.#showName(input.value);
		});
		this.#showName(input.value);
		this.#render();
		this.querySelector<HTMLElement>('[data-view]')!.hidden = false;
	}

	#showName(name: string): void {
		this.querySelector('[data-name]')!.textContent = name.trim();
	}

	#render(): void {
		const strings = readData(this, 'data-strings', isStrings);
		const cards = readData(this, 'data-cards', isCards);
		const ids = readData(this, 'data-ids', isIds);
		const locale = this.dataset.locale ?? 'en';
		const day = (iso: string) => formatLongDate(localDay(new Date(iso)), isLocale(locale) ? locale : 'en');
		const storage = browserStorage();
		const progress = loadProgress(storage);
		cards.forEach((card, index) => {
			const cells = passportCells(cardState(progress, card), strings.notYet, day);
			this.querySelector(`[data-lesson-cell="${index}"]`)!.textContent = cells.lesson;
			this.querySelector(`[data-quiz-cell="${index}"]`)!.textContent = card.quiz ? cells.quiz : '';
		});
		const known = { lessons: new Set(ids.lessons), quizzes: new Set(ids.quizzes), courses: new Map() };
		const result = passport(progress, loadStore(storage), this.dataset.cohort!, cards, known, this.#random);
		this.querySelector('[data-progress]')!.textContent = fill(strings.progress, { done: result.done, total: result.total });
		this.querySelector<HTMLElement>('[data-complete]')!.hidden = !result.code;
		this.querySelector<HTMLElement>('[data-incomplete]')!.hidden = Boolean(result.code);
		if (result.code) {
			this.#random = result.store.codes[result.encoded] ?? this.#random;
			saveStore(storage, result.store);
			this.querySelector('[data-code]')!.textContent = result.code;
			const link = this.querySelector<HTMLAnchorElement>('[data-check]')!;
			link.href = `${this.dataset.check}${checkHash(result.encoded)}`;
			link.textContent = link.href;
			drawQr(this.querySelector<SVGSVGElement>('[data-qr]')!, link.href);
		}
	}
}

if (!customElements.get('ogoh-passport')) customElements.define('ogoh-passport', OgohPassport);
