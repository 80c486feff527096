/**
 * The word list of a language's search index (`/search-words.json`, `/uz/search-words.json`):
 * every word of the translated lessons, quizzes, courses, glossary and chat simulators, most frequent first. The
 * search dialog downloads it only when a query finds nothing, to correct typos and words typed
 * without their apostrophe against words that are really in the index.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '../../lib/locales.ts';
import { collectText, wordList } from '../../lib/search-words.ts';
import { getCourses, getGlossary, getLessons, getQuizzes, getSimulators, localeStaticPaths } from '../../site/content.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: Locale };
	const entries = [...(await getLessons(locale)), ...(await getQuizzes(locale)), ...(await getCourses(locale)), ...(await getGlossary(locale)), ...(await getSimulators(locale))];
	const texts = entries
		.filter((item) => !item.isFallback)
		.flatMap(({ entry }) => [...collectText(entry.data), 'body' in entry && typeof entry.body === 'string' ? entry.body : '']);
	return new Response(JSON.stringify(wordList(texts, locale)), { headers: { 'Content-Type': 'application/json' } });
};
