/**
 * Runs after Starlight's middleware has set `locals.t` for the page's language: in a build, the
 * translations are kept per language (src/lib/memo-translations.ts). Not in `astro dev`, where a
 * strings file may change while the server runs.
 */
import { defineMiddleware } from 'astro:middleware';
import { memoizeTranslations } from './lib/memo-translations.ts';

const caches = new Map<string, Map<string, unknown>>();

export const onRequest = defineMiddleware((context, next) => {
	if (!import.meta.env.DEV) {
		const language = context.currentLocale ?? '';
		if (!caches.has(language)) caches.set(language, new Map());
		context.locals.t = memoizeTranslations(context.locals.t, caches.get(language)!);
	}
	return next();
});
