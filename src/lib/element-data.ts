/**
 * Data that the server renders into a custom element's `data-*` attribute as JSON, read back in
 * the browser and checked before use: a wrong or missing attribute fails at once with a message
 * naming the element and the attribute, instead of an `undefined` somewhere later.
 */

/** `data-strings` for both `'data-strings'` and `'strings'`. */
function attributeName(attribute: string): string {
	return attribute.startsWith('data-') ? attribute : `data-${attribute}`;
}

/**
 * Parses the JSON in `attribute` of `element` and returns it when `isValid` accepts it.
 * @example readData(this, 'data-strings', isStringRecord) // { next: 'Next', … }
 * @throws Error when the attribute is missing, is not JSON, or does not have the expected shape.
 */
export function readData<T>(element: HTMLElement, attribute: string, isValid: (value: unknown) => value is T): T {
	const name = attributeName(attribute);
	const where = `<${element.localName} ${name}>`;
	const text = element.getAttribute(name);
	if (text === null) throw new Error(`${where}: the attribute is missing. Render it in the component with JSON.stringify(…).`);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new Error(`${where}: the attribute is not valid JSON (${String(error)}). Render it with JSON.stringify(…).`, { cause: error });
	}
	if (!isValid(value)) throw new Error(`${where}: the data does not have the expected shape: ${text.slice(0, 120)}`);
	return value;
}
