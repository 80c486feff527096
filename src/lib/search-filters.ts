/**
 * The Pagefind filters a search result page carries: its kind (lesson, quiz, course, glossary
 * word, chat simulator), its topic and its audience, each named in the page's language, so
 * the search dialog offers them in that language and people can narrow results to one kind.
 */
import type { Audience, Topic } from './schemas.ts';

/** The kinds of page search returns, each a value of the "type" filter (`ogoh.type.<kind>`). */
export const SEARCH_KINDS = ['lesson', 'quiz', 'course', 'term', 'simulator'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

type Age = NonNullable<Audience['ages']>[number];
type Role = NonNullable<Audience['roles']>[number];

/** The UI string keys of a filter's name and of its value, which the page translates. */
export type FilterNameKey = `ogoh.filter.${'type' | 'topic' | 'audience'}`;
export type FilterValueKey = `ogoh.type.${SearchKind}` | `ogoh.topic.${Topic}` | `ogoh.age.${Age}` | `ogoh.role.${Role}`;

export interface FilterSource {
	type: SearchKind;
	topic?: Topic | undefined;
	audience?: Partial<Audience> | undefined;
}

/**
 * The filters for `data-pagefind-filter`, as UI string keys (name, value), in the order the
 * dialog lists them: type, then topic, then every age and role of the audience.
 */
export function pageFilters({ type, topic, audience }: FilterSource): [FilterNameKey, FilterValueKey][] {
	const filters: [FilterNameKey, FilterValueKey][] = [['ogoh.filter.type', `ogoh.type.${type}`]];
	if (topic) filters.push(['ogoh.filter.topic', `ogoh.topic.${topic}`]);
	for (const age of audience?.ages ?? []) filters.push(['ogoh.filter.audience', `ogoh.age.${age}`]);
	for (const role of audience?.roles ?? []) filters.push(['ogoh.filter.audience', `ogoh.role.${role}`]);
	return filters;
}
