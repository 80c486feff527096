/**
 * The offline zip's size on the teachers pages. The zip holds the built pages, so its size is
 * known only after they are rendered: each page carries its language's text with a `{size}` slot,
 * hidden, and the build fills it in (src/integrations/site-zip.ts).
 */
import type { Locale } from './languages.ts';
import { formatNumber } from './numbers.ts';

export const SIZE_SLOT = '{size}';
const HIDDEN_SIZE = /<span data-ogoh-zip-size hidden>([^<]*)<\/span>/;

/** Megabytes with one decimal in the page's language: 1,258,291 bytes → "1.2" (en), "1,2" (ru). */
export function megabytes(bytes: number, locale: Locale): string {
	return formatNumber(bytes / 1024 / 1024, locale, 1);
}

/** The page with its zip size filled in and shown, or undefined when the page has no slot for it. */
export function withZipSize(html: string, bytes: number, locale: Locale): string | undefined {
	const match = HIDDEN_SIZE.exec(html);
	if (!match || !match[1]!.includes(SIZE_SLOT)) return undefined;
	return html.replace(HIDDEN_SIZE, () => `<span data-ogoh-zip-size>${match[1]!.replace(SIZE_SLOT, megabytes(bytes, locale))}</span>`);
}
