/**
 * Paths per language. English is the source language and lives at the root of the site; every
 * other language in src/lib/languages.ts lives under its code (`/uz/...`, `/ru/...`).
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from './languages.ts';

export { isLocale, LOCALES, SOURCE_LOCALE, type Locale } from './languages.ts';

/** The URL prefix of a locale: `''` for English at the root, `'/uz'` for Uzbek. */
export function localePrefix(locale: Locale): string {
	return locale === SOURCE_LOCALE ? '' : `/${locale}`;
}

/**
 * A site path (no base) for a locale and path segments, always with a trailing slash.
 * @example localizedPath('uz', 'lessons', 'refusal-skills') // '/uz/lessons/refusal-skills/'
 */
export function localizedPath(locale: Locale, ...segments: string[]): string {
	const rest = segments.filter(Boolean).join('/');
	return `${localePrefix(locale)}/${rest ? `${rest}/` : ''}`;
}

/** Prefixed languages, longest code first: `/uz-cyrl/` is Uzbek Cyrillic, not Uzbek. */
const PREFIXED = LOCALES.filter((locale) => localePrefix(locale)).sort((a, b) => b.length - a.length);

/**
 * The site language of a BCP 47 tag (a page's `lang`, a browser's preferred language), longest
 * code first: `uz-Cyrl` and `uz-Cyrl-UZ` → 'uz-cyrl', `ru-RU` → 'ru', `uz` → 'uz'; undefined when
 * the site has none.
 */
export function localeOfTag(tag: string): Locale | undefined {
	const subtags = tag.trim().toLowerCase().replace(/_/g, '-');
	return PREFIXED.concat(SOURCE_LOCALE).find((locale) => subtags === locale || subtags.startsWith(`${locale}-`));
}

/** The locale a site path belongs to, and the path without its locale prefix. */
export function splitLocale(path: string): { locale: Locale; rest: string } {
	for (const locale of PREFIXED) {
		const prefix = localePrefix(locale);
		if (path === prefix || path.startsWith(`${prefix}/`)) return { locale, rest: path.slice(prefix.length) || '/' };
	}
	return { locale: SOURCE_LOCALE, rest: path };
}

/**
 * A regular-expression source matching an optional language prefix at the start of a site path,
 * e.g. `(?:/(?:uz|ru))?`, for patterns such as the 404 pages'.
 */
export function localePrefixPattern(): string {
	return `(?:/(?:${PREFIXED.map((locale) => locale.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')}))?`;
}
