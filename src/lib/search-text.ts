/**
 * How search reads what people type, the same way when the word list is built and when a query
 * is searched: one apostrophe convention for Uzbek, Uzbek typed in Cyrillic read as Latin, words
 * typed without the apostrophe matched to the page's word, and typos matched to the closest word
 * of the index's own word list.
 */
import { language } from './languages.ts';
import { splitLocale, type Locale } from './locales.ts';
import { uzbekToCyrillic } from './uzbek-cyrillic.ts';
import { uzbekToLatin } from './uzbek-script.ts';
import { allowedMistakes, editDistance } from './edit-distance.ts';

export { allowedMistakes, editDistance } from './edit-distance.ts';
// For the search element, which loads the language list only with this module.
export { localeOfTag, localePrefix, SOURCE_LOCALE } from './locales.ts';

/** Every apostrophe-like character a phone or keyboard types (and the two the content uses). */
const APOSTROPHES = /[ʻʼ'‘’`´ʹ′]/g;
const TURNED_COMMA = 'ʻ'; // U+02BB, oʻ and gʻ
const MODIFIER_APOSTROPHE = 'ʼ'; // U+02BC, the tutuq belgisi (maʼlumot)

/**
 * Uzbek apostrophes in one form: after o or g (oʻ, gʻ) the turned comma U+02BB, elsewhere the
 * modifier apostrophe U+02BC, whichever of ʻ ʼ ' ‘ ’ ` ´ was typed. The content is written this way.
 */
export function normalizeApostrophes(text: string): string {
	return text.replace(APOSTROPHES, (_mark, offset: number, whole: string) => {
		const before = whole[offset - 1];
		const after = whole[offset + 1];
		if (before !== undefined && /[og]/i.test(before)) return TURNED_COMMA; // togʻ ends with one
		if (before === undefined || after === undefined || !/\p{L}/u.test(before) || !/\p{L}/u.test(after)) return ' ';
		return MODIFIER_APOSTROPHE;
	});
}

/**
 * A query as the index spells it: lower case, one apostrophe form, Uzbek Cyrillic in Latin on the
 * Uzbek Latin pages. On the Uzbek Cyrillic pages Latin stays Latin here (the index has Latin names
 * such as Telegram): `inIndexScript` turns the other words into Cyrillic against the word list.
 */
export function normalizeQuery(query: string, locale: Locale): string {
	let text = query.normalize('NFC').toLocaleLowerCase(locale);
	const typing = language(locale).typing;
	// Uzbek: one apostrophe form, as the content writes it. Elsewhere an apostrophe is dropped.
	if (typing === 'uzbek-latin') text = normalizeApostrophes(uzbekToLatin(text));
	else if (typing === 'uzbek-cyrillic') text = normalizeApostrophes(text);
	else text = text.replace(APOSTROPHES, '');
	return text
		.replace(/[^\p{L}\p{N}ʻʼ\s-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A word without its apostrophes, for matching `malumot` to `maʼlumot`, and, with a locale, with
 * the letters a plain keyboard lacks as the ones it types (Kazakh `қазақ` → `казак`).
 */
export function foldWord(word: string, locale?: Locale): string {
	const bare = word.replace(/[ʻʼ]/g, '');
	const letters = locale === undefined ? undefined : language(locale).plainLetters;
	return letters ? [...bare].map((char) => letters[char] ?? char).join('') : bare;
}

/** A word's place in the word list (most frequent first); a word that only begins index words after all of them; `Infinity` when unknown. */
function rankIn(words: readonly string[], word: string): number {
	const index = words.indexOf(word);
	if (index !== -1) return index;
	return words.some((candidate) => candidate.startsWith(word)) ? words.length : Infinity;
}

/**
 * On the Uzbek Cyrillic pages, each word of a query in the index's script: a word typed in Latin
 * in Cyrillic (`soxta` → `сохта`), unless the index has its Latin spelling more often
 * (`telegram`, a name the pages write in Latin). Other languages' queries are returned as they are.
 */
export function inIndexScript(query: string, words: readonly string[], locale: Locale): string {
	if (language(locale).typing !== 'uzbek-cyrillic') return query;
	return query
		.split(' ')
		.map((word) => {
			const cyrillic = uzbekToCyrillic(word);
			return rankIn(words, cyrillic) <= rankIn(words, word) ? cyrillic : word;
		})
		.join(' ');
}

/** The shortest beginning of a word that `endings` may search by (есірткі, not ес). */
export const MIN_STEM = 4;

/**
 * A query as the index is searched for it, before any correction: in the index's script
 * (`inIndexScript`) and, in a language with `endings`, each index word by the most frequent of
 * its shorter beginnings (at least MIN_STEM letters and two thirds of the word) that is an index
 * word more frequent than the word itself (`стресстен` → `стресс`, `телеграмда` → `телеграм`):
 * Pagefind's prefix matching extends it to the word and its other forms. A frequent word stays,
 * and so does a short beginning (`нашақор` is not cut to `наша`). Not announced: it searches what
 * was typed. Without a word list, only the script.
 */
export function indexQuery(query: string, words: readonly string[], locale: Locale): string {
	const scripted = inIndexScript(query, words, locale);
	if (language(locale).endings !== true) return scripted;
	const rank = new Map(words.map((word, index) => [word, index]));
	return scripted
		.split(' ')
		.map((word) => {
			const letters = [...word];
			let best = word;
			let bestRank = rank.get(word);
			// A word the index lacks is left to correctQuery (its letters first: `жалган` → `жалған`).
			if (bestRank === undefined) return word;
			for (let length = letters.length - 1; length >= Math.max(MIN_STEM, Math.ceil((letters.length * 2) / 3)); length--) {
				const stem = letters.slice(0, length).join('');
				const stemRank = rank.get(stem) ?? Infinity;
				if (stemRank < bestRank) {
					best = stem;
					bestRank = stemRank;
				}
			}
			return best;
		})
		.join(' ');
}

/** The first `length` letters of a word, with the apostrophes among them (`doʻkon`, 3 → `doʻk`). */
function beginning(word: string, length: number): string {
	let out = '';
	let letters = 0;
	for (const char of word) {
		if (letters === length) break;
		out += char;
		if (char !== 'ʻ' && char !== 'ʼ') letters++;
	}
	return out;
}


/** The words of a text as the word list keeps them (at least two letters, normalised). */
export function searchWords(text: string, locale: Locale): string[] {
	return normalizeQuery(text, locale)
		.split(/[\s-]+/)
		.filter((word) => [...word].length >= 2 && /\p{L}/u.test(word));
}

/**
 * The index's word for a typed word: itself when the index has it, the same word with its
 * apostrophes (`dokon` → `doʻkon`), else the closest word within the allowed mistakes (ties go
 * to the more frequent word: the list is ordered most frequent first), else null.
 */
export function closestWord(word: string, words: readonly string[], locale?: Locale): string | null {
	if (words.includes(word)) return word;
	const folded = foldWord(word, locale);
	const sameLetters = words.find((candidate) => foldWord(candidate, locale) === folded);
	if (sameLetters) return sameLetters;
	const max = allowedMistakes(folded);
	if (max === 0) return null;
	let best: string | null = null;
	let bestDistance = max + 1;
	for (const candidate of words) {
		const distance = editDistance(folded, foldWord(candidate, locale), max);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/**
 * A query with each word as the index spells it: a word the index has stays; a word typed
 * without its apostrophe or, with a locale, without the letters of its keyboard gets them
 * (`dokon` → `doʻkon`, `казакша` → `қазақша`); a word that begins a longer word of the index
 * stays (the reader may still be typing it: `passw`, `казак` → `қазақ`); in a language with
 * `endings`, a word the index lacks is cut to its longest beginning that is an index word
 * (`есірткіден` → `есірткі`); a typo is corrected (`passwrod` → `password`); a word with no close
 * word stays as typed.
 */
export function correctQuery(query: string, words: readonly string[], locale?: Locale): string {
	const folds = words.map((candidate) => foldWord(candidate, locale));
	const endings = locale !== undefined && language(locale).endings === true;
	return query
		.split(' ')
		.filter(Boolean)
		.map((word) => {
			if (words.includes(word)) return word;
			const folded = foldWord(word, locale);
			const same = folds.indexOf(folded);
			if (same !== -1) return words[same]!;
			if (words.some((candidate) => candidate.startsWith(word))) return word;
			const longer = folds.findIndex((candidate) => candidate.startsWith(folded));
			if (longer !== -1) return beginning(words[longer]!, [...folded].length);
			const letters = [...folded];
			for (let length = letters.length - 1; endings && length >= MIN_STEM; length--) {
				const stem = folds.indexOf(letters.slice(0, length).join(''));
				if (stem !== -1) return words[stem]!;
			}
			return closestWord(word, words, locale) ?? word;
		})
		.join(' ');
}

/**
 * The queries to try, in order, when a query finds nothing: the words corrected against the
 * word list (ordered most frequent first), then fewer and fewer words, leaving out the most
 * frequent ones first ("can I go to jail for drugs" ends as "jail drugs"), down to the rarest
 * single word. Never the query itself, never twice the same query, never an empty one.
 */
export function fallbackQueries(query: string, words: readonly string[], locale?: Locale): string[] {
	const corrected = query
		.split(' ')
		.filter(Boolean)
		.map((word) => closestWord(word, words, locale))
		.filter((word): word is string => word !== null);
	const rank = (word: string) => {
		const index = words.indexOf(word);
		return index === -1 ? words.length : index;
	};
	const rarestFirst = [...new Set(corrected)].sort((a, b) => rank(b) - rank(a));
	const tries = [corrected.join(' ')];
	for (let keep = rarestFirst.length - 1; keep >= 1; keep--) {
		const kept = new Set(rarestFirst.slice(0, keep));
		tries.push(corrected.filter((word) => kept.has(word)).join(' '));
	}
	return [...new Set(tries)].filter((candidate) => candidate && candidate !== query);
}

/** What a search engine answers that this module needs: how many pages match. */
export type CountResults = (query: string) => Promise<number>;

export interface SearchPlan {
	/** What was typed. */
	typed: string;
	/** What is searched: the normalised query, or the first fallback that finds something. */
	query: string;
	/** True when `query` is a fallback the page must announce ("Showing results for …"). */
	corrected: boolean;
	/** True when nothing was found, even with the fallbacks. */
	nothing: boolean;
}

/**
 * Decides what to search for a typed query: the query as the index spells it (announced when
 * that differs from what was typed, beyond apostrophes and script), else the normalised query if
 * it finds pages, else the first shorter query that does, else nothing found.
 */
export async function planSearch(
	typed: string,
	locale: Locale,
	count: CountResults,
	loadWords: () => Promise<readonly string[]>,
): Promise<SearchPlan> {
	const normalized = normalizeQuery(typed, locale);
	if (!normalized) return { typed, query: normalized, corrected: false, nothing: false };
	const words = await loadWords();
	const query = indexQuery(normalized, words, locale);
	const corrected = correctQuery(query, words, locale);
	if (corrected !== query && (await count(corrected)) > 0) return { typed, query: corrected, corrected: true, nothing: false };
	if ((await count(query)) > 0) return { typed, query, corrected: false, nothing: false };
	for (const candidate of fallbackQueries(corrected, words, locale)) {
		if (candidate !== query && (await count(candidate)) > 0) return { typed, query: candidate, corrected: true, nothing: false };
	}
	return { typed, query, corrected: false, nothing: true };
}

/**
 * Pagefind weights (0–10; a page's h1 title is 7, body text 1) of the hidden description and
 * search terms: a lesson's own words rank it above its quiz, its simulators and the courses that list it.
 */
export const SEARCH_WEIGHTS = {
	lesson: { description: 5, searchTerms: 7 },
	quiz: { description: 2, searchTerms: 2 },
	course: { description: 3, searchTerms: 2 },
	term: { description: 1, searchTerms: 1 },
	simulator: { description: 2, searchTerms: 2 },
} as const;

/**
 * Whether a page (site path without the base) is a search result: lessons, quizzes, courses,
 * glossary words (each its own page) and chat simulators answer questions; list pages (the
 * glossary's list included), home pages, teacher views, classroom mode, worksheets,
 * assignments and a simulator's projector or printed versions do not.
 */
export function isSearchResultPage(path: string): boolean {
	const rest = splitLocale(path).rest;
	return /^\/(lessons|quizzes|courses|glossary|simulators)\/[^/]+\/$/.test(rest);
}
