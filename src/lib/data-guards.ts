/** Type guards for JSON read from the page (`readData` in element-data.ts). */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** UI strings as components render them into `data-strings`: every value a string. */
export function isStringRecord(value: unknown): value is Record<string, string> {
	return isRecord(value) && Object.values(value).every((item) => typeof item === 'string');
}

/** An object with a string under each of `keys` (other keys may be there too). */
export function hasStrings<K extends string>(keys: readonly K[]): (value: unknown) => value is Record<K, string> {
	// Own properties only: a key inherited from a prototype is not data the server rendered.
	return (value: unknown): value is Record<K, string> => isRecord(value) && keys.every((key) => Object.hasOwn(value, key) && typeof value[key] === 'string');
}

/** An array whose every item `isItem` accepts. */
export function isArrayOf<T>(isItem: (value: unknown) => value is T): (value: unknown) => value is T[] {
	return (value: unknown): value is T[] => Array.isArray(value) && value.every(isItem);
}
