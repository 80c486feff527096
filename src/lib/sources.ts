/**
 * The language a source is written in, inferred from its title's script (sources have no language
 * field): Cyrillic with letters only Kazakh has (ә ң ө ұ ү һ і; not ғ and қ, which Uzbek Cyrillic
 * shares) is Kazakh, other Cyrillic is Russian, Latin with Uzbek letters (oʻ, gʻ, ʼ) is Uzbek, other
 * Latin is English. Good for the curriculum's sources (English and Russian titles); an Uzbek title written
 * without those letters would read as English.
 */
import { language } from './languages.ts';
import type { Locale } from './locales.ts';

export function sourceLanguage(title: string): Locale {
	if (/[әңөұүһі]/iu.test(title)) return 'kk';
	if (/[\u0400-\u04FF]/.test(title)) return 'ru';
	if (/[ʻʼ]|\b(?:o|g)[ʻ‘'’`](?=\p{L})/iu.test(title)) return 'uz';
	return 'en';
}

/**
 * The language to name beside a source on a page in `page`'s language ("(in English)"), or
 * undefined when the reader shares it: a generated language's page (Uzbek Cyrillic) does not
 * call an Uzbek source foreign.
 */
export function foreignSourceLanguage(source: Locale, page: Locale): Locale | undefined {
	return source === page || language(page).generatedFrom === source ? undefined : source;
}
