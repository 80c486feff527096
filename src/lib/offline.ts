/**
 * What each language's service worker saves on the device. One worker per language (scope `/`,
 * `/uz/`, `/ru/`) means a visitor downloads only the languages they open, and each worker's
 * precache is one build's pages and assets, installed all-or-nothing: a student is never served
 * a mix of two versions.
 */
import { LOCALES, localePrefix, localePrefixPattern, type Locale } from './locales.ts';
import { paths } from './routes.ts';

export interface OfflinePlan {
	locale: Locale;
	/** Site path of the worker script; its folder is its scope. */
	serviceWorker: string;
	scope: string;
	/** Globs relative to the built site, for workbox-build. */
	globPatterns: string[];
	globIgnores: string[];
	/** Precached page shown for a page that is not saved (a built file, not a clean URL). */
	fallback: string;
	/**
	 * Which offline page a navigation that fails shows, by path prefix, most specific first. The
	 * root worker's scope (`/`) also covers `/uz/` and `/ru/` when their own worker is not
	 * installed: those get their language's offline page, not the English one.
	 */
	fallbacks: { prefix: string; page: string }[];
	/** Built files this worker saves beyond its globs: the other languages' offline pages. */
	extraFiles: string[];
}

/** Files every language needs: scripts, styles, images, icons. */
const SHELL = ['_astro/**/*', 'favicon.svg', 'icons/*.png'];

/**
 * @param wasmLanguage Pagefind's stemming bundle for the locale (from pagefind-entry.json), or
 *   null when Pagefind has none for it (Uzbek) and falls back to `wasm.unknown.pagefind`.
 */
export function offlinePlan(locale: Locale, wasmLanguage: string | null): OfflinePlan {
	const prefix = localePrefix(locale).slice(1);
	const folder = prefix ? `${prefix}/` : '';
	const otherLocales = LOCALES.filter((other) => other !== locale && localePrefix(other)).map((other) => `${localePrefix(other).slice(1)}/**`);
	return {
		locale,
		serviceWorker: paths.serviceWorker(locale),
		scope: paths.home(locale),
		globPatterns: [
			...SHELL,
			`${folder}**/*.html`,
			`${folder}manifest.webmanifest`,
			// The language's search words: typo and shorter-query fallbacks (search-element.ts) work offline too.
			`${folder}search-words.json`,
			// Search: Pagefind's loader and worker, and this language's index, fragments and filters.
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind-entry.json',
			`pagefind/pagefind.${locale}_*.pf_meta`,
			`pagefind/wasm.${wasmLanguage ?? 'unknown'}.pagefind`,
			`pagefind/{index,fragment,filter}/${locale}_*`,
		],
		// Not saved: other languages' pages (for the root worker), the 404 page, downloads, and
		// teachers' printable and preparation pages, which would double what a student downloads
		// (teachers without a network use the zip, or open those pages once online).
		globIgnores: [
			...(folder ? [] : otherLocales),
			`${folder}404.html`,
			'downloads/**',
			`${folder}lessons/*/teacher/**`,
			`${folder}quizzes/*/worksheet/**`,
			`${folder}quizzes/*/answer-key/**`,
		],
		fallback: offlinePage(locale),
		fallbacks: [
			...(folder ? [] : LOCALES.filter((other) => localePrefix(other)).map((other) => ({ prefix: paths.home(other), page: offlinePage(other) }))),
			{ prefix: paths.home(locale), page: offlinePage(locale) },
		],
		extraFiles: folder ? [] : LOCALES.filter((other) => other !== locale).map((other) => offlinePage(other).slice(1)),
	};
}

const offlinePage = (locale: Locale) => `${paths.offline(locale)}index.html`;

/** The built "page not found" file of a language: /404.html, /uz/404.html. */
export function notFoundPage(locale: Locale): string {
	return `${localePrefix(locale)}/404.html`;
}

const NOT_FOUND = new RegExp(`^${localePrefixPattern()}/404(?:\\.html|/)?$`);

/** Whether a site path (no base) is a 404 page: /404.html, /uz/404/, /ru/404.html… */
export function isNotFoundPath(path: string): boolean {
	return NOT_FOUND.test(path);
}

