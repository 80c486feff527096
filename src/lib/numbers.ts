/**
 * Numbers in the page's language: "2.5" in English, "2,5" in Russian and Uzbek. Rendered at build
 * time with Node's full ICU data, so every browser shows the same.
 */
import { language, type Locale } from './languages.ts';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Up to two decimals, as many as the number needs: 6 → "6", 2.5 → "2,5" (ru); or exactly
 * `fractionDigits` decimals: (12, 'ru', 1) → "12,0".
 */
export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
	const key = `${locale}/${fractionDigits}`;
	let format = formats.get(key);
	if (!format) {
		const { numberLocale, lang } = language(locale);
		const digits = fractionDigits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
		format = new Intl.NumberFormat(numberLocale ?? lang, digits);
		formats.set(key, format);
	}
	return format.format(value);
}
