/**
 * The language a source is written in, inferred from its title's script (sources have no language
 * field): Cyrillic is Russian, Latin with Uzbek letters (oʻ, gʻ, ʼ) is Uzbek, other Latin is
 * English. Good for the curriculum's sources (English and Russian titles); an Uzbek title written
 * without those letters would read as English.
 */
import type { Locale } from './locales.ts';

export function sourceLanguage(title: string): Locale {
	if (/[\u0400-\u04FF]/.test(title)) return 'ru';
	if (/[ʻʼ]|\b(?:o|g)[ʻ‘'’`](?=\p{L})/iu.test(title)) return 'uz';
	return 'en';
}
