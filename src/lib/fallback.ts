/**
 * Picks, for every English entry, the translation in the wanted locale or else the English entry
 * itself, marked as a fallback. Entry ids look like "<locale>/<slug>".
 */
import { SOURCE_LOCALE, type Locale } from './locales.ts';

export interface WithFallback<T> {
	/** The id without its locale: the same in every language. */
	slug: string;
	entry: T;
	/** True when the entry is English because the locale has no translation yet. */
	isFallback: boolean;
}

export function splitEntryId(id: string): { locale: string; slug: string } {
	const [locale = '', ...rest] = id.split('/');
	return { locale, slug: rest.join('/') };
}

export function withFallback<T extends { id: string }>(entries: readonly T[], locale: Locale): WithFallback<T>[] {
	const own = new Map<string, T>();
	const english: T[] = [];
	for (const entry of entries) {
		const { locale: entryLocale, slug } = splitEntryId(entry.id);
		if (entryLocale === locale) own.set(slug, entry);
		if (entryLocale === SOURCE_LOCALE) english.push(entry);
	}
	return english.map((entry) => {
		const slug = splitEntryId(entry.id).slug;
		const translation = own.get(slug);
		return { slug, entry: translation ?? entry, isFallback: !translation };
	});
}

/**
 * Whether a page made of many entries (the glossary) is untranslated as a whole: it then shows
 * Starlight's "not translated" notice and stays out of the language's search index. A page with
 * some translated entries is that language's page; its English entries are marked one by one.
 */
export function wholePageFallback(items: readonly { isFallback: boolean }[]): boolean {
	return items.length > 0 && items.every((item) => item.isFallback);
}
