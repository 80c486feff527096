/** The Pagefind filters of a search result page (search-filters.ts), with exact outputs. */
import { describe, expect, test } from 'vitest';
import { pageFilters, SEARCH_KINDS } from '../../src/lib/search-filters.ts';
import en from '../../src/content/i18n/en.json';
import kk from '../../src/content/i18n/kk.json';
import ru from '../../src/content/i18n/ru.json';
import uz from '../../src/content/i18n/uz.json';

/** The filters as the page shows them: every key translated, or marked missing. */
const shown = (strings: Record<string, string>, filters: [string, string][]) => filters.map((pair) => pair.map((key) => strings[key] ?? `missing:${key}`));

describe('pageFilters', () => {
	test('a simulator is its own kind, with its lesson topic and audience after it', () => {
		const filters = pageFilters({ type: 'simulator', topic: 'cyber', audience: { ages: ['12-14', '15-18'], roles: ['student'] } });
		expect(filters).toEqual([
			['ogoh.filter.type', 'ogoh.type.simulator'],
			['ogoh.filter.topic', 'ogoh.topic.cyber'],
			['ogoh.filter.audience', 'ogoh.age.12-14'],
			['ogoh.filter.audience', 'ogoh.age.15-18'],
			['ogoh.filter.audience', 'ogoh.role.student'],
		]);
		expect(shown(ru, filters)).toEqual([
			['Тип', 'Симулятор чата'],
			['Тема', 'Кибербезопасность'],
			['Для кого', '12–14 лет'],
			['Для кого', '15–18 лет'],
			['Для кого', 'Ученикам и студентам'],
		]);
	});
	test('only the type when there is no topic or audience', () => {
		expect(shown(uz, pageFilters({ type: 'simulator' }))).toEqual([['Turi', 'Chat simulyatori']]);
		expect(pageFilters({ type: 'term', audience: {} })).toEqual([['ogoh.filter.type', 'ogoh.type.term']]);
	});
	test('every kind is named in every language, and no two kinds share a name', () => {
		expect(SEARCH_KINDS).toEqual(['lesson', 'quiz', 'course', 'term', 'simulator']);
		for (const strings of [en, uz, ru, kk] as Record<string, string>[]) {
			const names = SEARCH_KINDS.map((kind) => strings[`ogoh.type.${kind}`]);
			for (const name of names) expect(name).toMatch(/\S/);
			expect(new Set(names).size).toBe(SEARCH_KINDS.length);
		}
	});
});
