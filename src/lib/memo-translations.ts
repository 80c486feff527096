/**
 * Starlight's `Astro.locals.t` runs i18next for every call, and a build calls it tens of
 * thousands of times with the same few hundred keys (every page's quiz, help block, sidebar and
 * footer strings): i18next was about 8% of the render time at 100 lessons. The same key with the
 * same options always gives the same text in one language, so a build keeps each answer.
 */

/** Options that can be told apart by their JSON: strings, numbers, booleans, null and objects of them. */
function isPlainData(value: unknown): boolean {
	if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
	if (typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
	return Object.values(value).every(isPlainData);
}

/**
 * `t` with its answers kept in `cache` (one cache per language): a call with a string key and no
 * options or plain-data options is translated once; anything else (a function, an array, a
 * `Date`, a third argument) goes to `t` every time. A proxy, so `t`'s own members (`all`,
 * `exists`, `dir`) and type stay as they were.
 */
export function memoizeTranslations<F extends (...args: never[]) => unknown>(t: F, cache: Map<string, unknown>): F {
	return new Proxy(t, {
		apply(target, self, args: unknown[]) {
			const [key, options] = args;
			if (typeof key !== 'string' || args.length > 2 || (options !== undefined && !isPlainData(options))) return Reflect.apply(target, self, args);
			const id = `${key}\u0000${JSON.stringify(options)}`;
			if (!cache.has(id)) cache.set(id, Reflect.apply(target, self, args));
			return cache.get(id);
		},
	});
}
