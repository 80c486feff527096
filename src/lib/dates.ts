/**
 * Long dates in the site's languages, the same on the server and in every browser: some browser
 * builds have no Uzbek calendar data and would show "2026 M12 20".
 */
import type { Locale } from './locales.ts';

const MONTHS: Record<Locale, string[]> = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
	uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
};

/** "December 20, 2026" / "20 декабря 2026 г." / "20-dekabr, 2026", from a date or "YYYY-MM-DD". */
export function formatLongDate(value: Date | string, locale: Locale): string {
	const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
	const day = date.getUTCDate();
	const month = MONTHS[locale][date.getUTCMonth()]!;
	const year = date.getUTCFullYear();
	if (locale === 'ru') return `${day} ${month} ${year} г.`;
	if (locale === 'uz') return `${day}-${month}, ${year}`;
	return `${month} ${day}, ${year}`;
}
