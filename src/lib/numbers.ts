/**
 * Numbers in the page's language: "2.5" in English, "2,5" in Russian and Uzbek. Rendered at build
 * time with Node's full ICU data, so every browser shows the same.
 */
import type { Locale } from './locales.ts';

const TAGS: Record<Locale, string> = { en: 'en', uz: 'uz-Latn', ru: 'ru' };
const formats = new Map<Locale, Intl.NumberFormat>();

/** Up to two decimals, as many as the number needs: 6 → "6", 2.5 → "2,5" (ru). */
export function formatNumber(value: number, locale: Locale): string {
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2 });
		formats.set(locale, format);
	}
	return format.format(value);
}
