/**
 * Starlight route middleware: only pages that answer questions go into the search index
 * (isSearchResultPage). List pages, home pages and tools keep `pagefind: false`, so a word in a
 * topic's title does not put the topic list above its lessons.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isSearchResultPage } from '../../lib/search-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	if (!isSearchResultPage(context.url.pathname.slice(base.length))) context.locals.starlightRoute.entry.data.pagefind = false;
});
