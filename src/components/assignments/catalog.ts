/** Browser side of the catalog: read from the page, and the ids an assignment link may use. */
import type { Assignment, KnownIds } from '../../lib/assignment.ts';
import { hasStrings, isArrayOf, isRecord } from '../../lib/data-guards.ts';
import { formatLongDate } from '../../lib/dates.ts';
import { readData } from '../../lib/element-data.ts';
import { isLocale } from '../../lib/locales.ts';
import type { Catalog } from '../../site/catalog.ts';

const isEntries = isArrayOf(hasStrings(['id', 'title', 'href']));

/** The lists the catalog has, each entry with its id, title and link (what the pages read first). */
function isCatalog(value: unknown): value is Catalog {
	return isRecord(value) && isEntries(value.lessons) && isEntries(value.quizzes) && isEntries(value.courses);
}

export function readCatalog(element: HTMLElement): Catalog {
	return readData(element, 'data-catalog', isCatalog);
}

export function knownIds(catalog: Catalog): KnownIds {
	return {
		lessons: new Set(catalog.lessons.map((l) => l.id)),
		quizzes: new Set(catalog.quizzes.map((q) => q.id)),
		courses: new Map(catalog.courses.map((c) => [c.id, { items: c.items, passMark: c.passMark }])),
	};
}

/** The title of an assignment item in the page's language ("Lesson: …" / "Quiz: …"). */
export function itemEntry(catalog: Catalog, item: Assignment['items'][number]) {
	return (item.kind === 'lesson' ? catalog.lessons : catalog.quizzes).find((e) => e.id === item.id);
}

/** The encoded assignment in the page's address (`#a=…`), if any. */
export function encodedFromLocation(): string | null {
	return new URLSearchParams(window.location.hash.slice(1)).get('a');
}

export function formatDate(date: string, locale: string): string {
	return formatLongDate(date, isLocale(locale) ? locale : 'en');
}

export { localDay } from '../../lib/assignment-store.ts';
