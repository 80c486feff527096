/** Site paths from src/lib/routes.ts are base-less; these add (or strip) the deployment base path. */
import { splitLocale, type Locale } from '../lib/locales.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A link href for a site path, e.g. href(paths.lesson('uz', 'x')). */
export function href(path: string): string {
	return base + path;
}

/** The language of the page being rendered, from its URL. */
export function pageLocale(url: URL): Locale {
	return splitLocale(url.pathname.slice(base.length)).locale;
}
