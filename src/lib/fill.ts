/**
 * Fills "{name}" placeholders. The server renders translated strings with placeholders left in
 * (t('…', { score: '{score}' })) so that the browser can fill in values it only knows later.
 * Unknown placeholders stay as they are.
 */
export function fill(template: string, values: object): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String((values as Record<string, unknown>)[name]) : match));
}
