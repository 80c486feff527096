/**
 * What <HelpBlock /> shows: for each country, the helplines that are help (not `help: false`) for
 * the lesson's topic, each text in the page's language, or in English (marked `lang`) while a
 * partial language has no translation of it. Country names are UI strings
 * (`ogoh.help.country.<code>` in src/content/i18n), so a new language needs no code here.
 */
import { language, SOURCE_LOCALE, type Locale } from './languages.ts';
import type { Country, Helpline, Topic } from './schemas.ts';

/** The order of the countries in the block: the site's home country first. */
export const HELP_COUNTRIES: readonly Country[] = ['uz', 'kz'];

/** A text and, when it is not in the page's language, the language it is in. */
export interface HelpText {
	text: string;
	lang?: string;
}

export interface HelpEntry {
	id: string;
	number?: string;
	name: HelpText;
	description: HelpText;
}

export interface HelpCountry {
	code: Country;
	/** The UI string with the country's name. */
	labelKey: `ogoh.help.country.${Country}`;
	helplines: HelpEntry[];
}

/** A helpline text in `locale`, or the English one marked as English. */
export function helpText(texts: Helpline['name'], locale: Locale): HelpText {
	const translated = texts[locale];
	return translated === undefined ? { text: texts.en, lang: language(SOURCE_LOCALE).lang } : { text: translated };
}

/** The block's countries and helplines for a page in `locale` (all topics when there is none). */
export function helpBlock(helplines: readonly Helpline[], locale: Locale, topic?: Topic): HelpCountry[] {
	const shown = helplines.filter((h) => h.help && (!topic || h.topics.includes(topic)));
	return HELP_COUNTRIES.map((code) => ({
		code,
		labelKey: `ogoh.help.country.${code}` as const,
		helplines: shown
			.filter((h) => h.country === code)
			.map((h) => ({ id: h.id, ...(h.number ? { number: h.number } : {}), name: helpText(h.name, locale), description: helpText(h.description, locale) })),
	}));
}
