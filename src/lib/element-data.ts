/**
 * Reads JSON from a custom element's data attribute and checks its shape, so a page built with a
 * wrong or missing attribute fails with a message naming the element and attribute instead of
 * breaking later on `undefined`.
 */

/** The attribute's JSON, checked by `isValid`; throws a clear Error when missing, not JSON, or of another shape. */
export function readData<T>(element: HTMLElement, attribute: string, isValid: (value: unknown) => value is T): T {
	const where = `<${element.localName}> ${attribute}`;
	const raw = element.getAttribute(attribute);
	if (raw === null) throw new Error(`${where} is missing`);
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		throw new Error(`${where} is not valid JSON: ${raw.slice(0, 80)}`);
	}
	if (!isValid(value)) throw new Error(`${where} does not have the expected shape: ${raw.slice(0, 80)}`);
	return value;
}

/** A guard for an object whose `keys` are all strings (UI strings passed to an element). */
export function hasStrings<K extends string>(keys: readonly K[]): (value: unknown) => value is Record<K, string> {
	return (value: unknown): value is Record<K, string> =>
		typeof value === 'object' && value !== null && keys.every((key) => typeof Object.getOwnPropertyDescriptor(value, key)?.value === 'string');
}
