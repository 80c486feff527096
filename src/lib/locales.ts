/**
 * The site's languages. English is the source language and lives at the root of the site;
 * the others live under their own path prefix (`/uz/...`, `/ru/...`).
 */
export const LOCALES = ['en', 'uz', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

export const LOCALE_LABELS: Record<Locale, string> = {
	en: 'English',
	uz: 'Oʻzbekcha',
	ru: 'Русский',
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

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

/** The locale a site path belongs to, and the path without its locale prefix. */
export function splitLocale(path: string): { locale: Locale; rest: string } {
	const match = /^\/(uz|ru)(\/|$)/.exec(path);
	if (match && isLocale(match[1])) {
		return { locale: match[1], rest: path.slice(match[1].length + 1) || '/' };
	}
	return { locale: SOURCE_LOCALE, rest: path };
}
