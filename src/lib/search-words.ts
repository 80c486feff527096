/** The search index's word list, built from the content with the same normalisation as queries. */
import type { Locale } from './locales.ts';
import { searchWords } from './search-text.ts';

/** Fields that hold ids, links or codes rather than words a reader sees (a simulator's `start`, `next`, `from` and `time` too). */
const NOT_TEXT = new Set(['id', 'url', 'quiz', 'lesson', 'lessons', 'quizzes', 'keyTerms', 'topic', 'audience', 'answer', 'answers', 'order', 'lastReviewed', 'start', 'next', 'from', 'time']);

/** Every string in front matter or data, except ids, links and codes. */
export function collectText(data: unknown, key = ''): string[] {
	if (NOT_TEXT.has(key)) return [];
	if (typeof data === 'string') return [data];
	if (Array.isArray(data)) return data.flatMap((item) => collectText(item));
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([name, value]) => collectText(value, name));
	return [];
}

/** MDX as a reader sees it: no tags, no link targets, no import lines. */
export function readableText(mdx: string): string {
	return mdx
		.replace(/^import .*$/gm, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ');
}

/** The distinct words of the texts, most frequent first (ties in alphabetical order). */
export function wordList(texts: readonly string[], locale: Locale): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of searchWords(readableText(text), locale)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}
