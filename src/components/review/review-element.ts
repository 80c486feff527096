/**
 * <ogoh-review>: the review page from the progress kept in this browser (lib/review-schedule.ts):
 * the questions due today grouped by quiz, each group with a link to a round of only those
 * questions, and how many come back on each later day. With nothing due it says so; the page's
 * own text explains the rest.
 */
import { hasStrings, isArrayOf, isRecord } from '../../lib/data-guards.ts';
import { localDay } from '../../lib/local-day.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { isLocale } from '../../lib/locales.ts';
import { browserStorage, loadProgress } from '../../lib/progress.ts';
import { comingLater, dueByQuiz, reviewHref } from '../../lib/review-schedule.ts';

const isQuiz = (value: unknown): value is { id: string; key: string; title: string; href: string } =>
	isRecord(value) && ['id', 'key', 'title', 'href'].every((name) => typeof value[name] === 'string');
const isQuizzes = isArrayOf(isQuiz);
const isStrings = hasStrings(['practise', 'laterItem']);

class OgohReview extends HTMLElement {
	connectedCallback(): void {
		this.#render();
		// Back from a quiz round (the page from the back-forward cache): show what changed.
		window.addEventListener('pageshow', (event) => event.persisted && this.#render());
	}

	#render(): void {
		const quizzes = readData(this, 'data-quizzes', isQuizzes);
		const strings = readData(this, 'data-strings', isStrings);
		const locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
		const items = loadProgress(browserStorage()).review;
		const today = localDay(new Date());
		const due = dueByQuiz(items, quizzes, today).map(({ quiz, questions }) => {
			const { title, href } = quizzes.find((q) => q.id === quiz)!;
			const item = document.createElement('li');
			item.className = 'ogoh-card';
			const name = document.createElement('span');
			name.textContent = title;
			const link = document.createElement('a');
			link.className = 'review-practise';
			link.href = reviewHref(href, questions);
			link.textContent = fill(strings.practise, { count: questions.length });
			item.append(name, link);
			return item;
		});
		const later = comingLater(items, quizzes, today).map(({ due: day, count }) => {
			const item = document.createElement('li');
			item.textContent = fill(strings.laterItem, { date: formatLongDate(day, locale), count });
			return item;
		});
		this.querySelector('[data-due-list]')!.replaceChildren(...due);
		this.querySelector('[data-later-list]')!.replaceChildren(...later);
		this.querySelector<HTMLElement>('[data-due]')!.hidden = due.length === 0;
		this.querySelector<HTMLElement>('[data-later]')!.hidden = later.length === 0;
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = due.length > 0;
	}
}

if (!customElements.get('ogoh-review')) customElements.define('ogoh-review', OgohReview);
