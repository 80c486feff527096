/**
 * Long dates in the site's languages, the same on the server and in every browser: some browser
 * builds have no Uzbek calendar data and would show "2026 M12 20". Month names and the order come
 * from each language's entry in src/lib/languages.ts; a language without them reads 2026-12-20.
 */
import { language, type Locale } from './languages.ts';

/** "December 20, 2026" / "20 декабря 2026 г." / "20-dekabr, 2026", from a date or "YYYY-MM-DD". */
export function formatLongDate(value: Date | string, locale: Locale): string {
	const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
	const { months, longDate } = language(locale);
	if (!months || months.length !== 12 || !longDate) return date.toISOString().slice(0, 10);
	const parts: Record<string, string> = { day: String(date.getUTCDate()), month: months[date.getUTCMonth()]!, year: String(date.getUTCFullYear()) };
	return longDate.replace(/\{(day|month|year)\}/g, (_, name: string) => parts[name]!);
}
