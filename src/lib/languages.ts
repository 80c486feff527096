/**
 * The one list of the site's languages. Everything language-specific derives from it: URL prefixes
 * and the path pattern, Starlight's locales (astro.config.mjs), `lang`/`dir`, the language links,
 * dates, numbers, option letters, the stigmatising-words check, helpline text fields, the app
 * manifest, and each language's service worker. Adding a language = one entry here plus its
 * strings file (src/content/i18n/<code>.json) and content folders: see docs/adding-a-language.md.
 *
 * Plain data with no imports, so the Astro config, the build's integrations and browser scripts
 * can all read it.
 */
export interface LanguageDefinition {
	/** Folder name under content/<kind>/, strings file name, and URL prefix (`/ru/`); lower case, e.g. 'uz-cyrl'. */
	code: string;
	/** BCP 47 tag for `lang` attributes, Starlight, Pagefind and the manifest, e.g. 'uz-Cyrl'. */
	lang: string;
	dir?: 'ltr' | 'rtl';
	/** The language's name in itself: the language picker and the home pages' language links. */
	label: string;
	/** Intl locale for numbers ("2,5"); defaults to `lang`. */
	numberLocale?: string;
	/** Month names as they appear in a long date (genitive where the language needs it). Without them dates read 2026-12-20. */
	months?: readonly string[];
	/** A long date, from {day}, {month} and {year}, e.g. '{day} {month} {year} г.'. */
	longDate?: string;
	/** Option letters in order (А, Б, В… in Russian); defaults to A-Z. */
	optionLetters?: string;
	/**
	 * Words that label people by drug use (content/STYLE.md), as regular-expression sources matched
	 * as whole words, case-insensitively. Quoted examples are allowed.
	 */
	stigmatisingWords?: readonly string[];
	/**
	 * How people type the language when it differs from how the site writes it. 'uzbek-latin': a
	 * search query or a typed quiz answer in Uzbek Cyrillic is read as Latin, and its apostrophes
	 * (oʻ, gʻ, maʼlumot) in the site's forms. 'uzbek-cyrillic': a search query typed in Latin is
	 * read as Cyrillic (the pages are Cyrillic).
	 */
	typing?: 'uzbek-latin' | 'uzbek-cyrillic';
	/**
	 * Letters a keyboard without the language's own layout types as another one (қ as к on a
	 * Russian keyboard): search matches a word typed so to the index's word (казакша → қазақша).
	 */
	plainLetters?: Readonly<Record<string, string>>;
	/**
	 * Words take endings and Pagefind has no stemmer for the language: a typed word the index lacks
	 * is searched by its longest beginning that is a word of the index (есірткіден → есірткі),
	 * which Pagefind's prefix matching extends to every ending.
	 */
	endings?: boolean;
	/**
	 * How a typed quiz answer is compared with the accepted ones when people type the language in two
	 * scripts. 'uzbek-either-script': both are read as Uzbek Latin, so an answer typed in Cyrillic or
	 * Latin counts on the Latin and the Cyrillic site alike. (Not `typing`: the Cyrillic site's search
	 * index is Cyrillic, so its queries stay Cyrillic.)
	 */
	typedAnswers?: 'uzbek-either-script';
	/**
	 * Still being translated: pages, glossary terms and helpline texts without a translation fall
	 * back to English (with Starlight's notice), and the curriculum test checks only what exists.
	 */
	partial?: boolean;
	/**
	 * Generated at build time from another language's content and strings (Uzbek Cyrillic from
	 * Uzbek Latin, src/lib/generated-language.ts): nobody writes its files.
	 */
	generatedFrom?: string;
}

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The source language first: English lives at the root of the site, the others under their code. */
const DEFINED = [
	{
		code: 'en',
		lang: 'en',
		label: 'English',
		months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
		longDate: '{month} {day}, {year}',
		optionLetters: LATIN,
		stigmatisingWords: ['addicts?', 'junkies?', 'druggies?', 'drug abusers?', 'dope ?heads?', 'stoners?'],
	},
	{
		code: 'uz',
		lang: 'uz',
		label: 'Oʻzbekcha',
		numberLocale: 'uz-Latn',
		months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
		longDate: '{day}-{month}, {year}',
		optionLetters: LATIN,
		typedAnswers: 'uzbek-either-script',
		typing: 'uzbek-latin',
		endings: true,
		// "giyohvand" alone names a person ("an addict"); "giyohvand modda/vosita" are narcotic
		// substances and "giyohvandlik" the condition.
		stigmatisingWords: ['narkoman\\p{L}*', 'giyohvand(lar|ga|ni|ning|dan|larga|larni|larning)?(?!\\s+(modda|vosita|psixotrop))', 'nashavand\\p{L}*'],
	},
	{
		code: 'ru',
		lang: 'ru',
		label: 'Русский',
		months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
		longDate: '{day} {month} {year} г.',
		// Without Ё and Й, which look like Е and И on a projector.
		optionLetters: 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ',
		// «наркомания» (the condition) is allowed.
		stigmatisingWords: ['наркоман(?!и)\\p{L}*', 'нарик\\p{L}*', 'торч(ок|ки|ков|ка|ку)', 'наркош\\p{L}*'],
	},
	{
		code: 'kk',
		lang: 'kk',
		label: 'Қазақша',
		// Nominative after the day, as in «2026 жылғы 1 желтоқсан».
		months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
		longDate: '{year} жылғы {day} {month}',
		// A Russian keyboard (or a phone without the Kazakh layout) has none of ә ғ қ ң ө ұ ү һ і.
		plainLetters: { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', i: 'и' },
		endings: true,
		// Without Ғ Қ Ң Ө Ұ Ү Һ І Ё Й, which look like Г К Н О У У Х I Е И on a projector.
		optionLetters: 'АӘБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ',
		// A person labelled by drug or alcohol use; «нашақорлық», «маскүнемдік» and «наркомания»
		// (the condition) are allowed, as «наркомания» is in Russian.
		stigmatisingWords: ['нашақор(?!лы[қғ])\\p{L}*', 'маскүнем(?!ді[кг])\\p{L}*', 'наркоман(?!и)\\p{L}*', 'нарик\\p{L}*', 'ішкіш\\p{L}*', 'алкаш\\p{L}*'],
	},
	{
		code: 'uz-cyrl',
		lang: 'uz-Cyrl',
		label: 'Ўзбекча',
		numberLocale: 'uz-Cyrl',
		months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
		longDate: '{day} {month}, {year}',
		optionLetters: 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯЎҚҒҲ',
		typing: 'uzbek-cyrillic',
		// A Russian keyboard has none of ў қ ғ ҳ.
		plainLetters: { ў: 'у', қ: 'к', ғ: 'г', ҳ: 'х' },
		endings: true,
		stigmatisingWords: ['наркоман\\p{L}*', 'гиёҳванд(лар|га|ни|нинг|дан|ларга|ларни|ларнинг)?(?!\\s+(модда|восита|психотроп))', 'нашаванд\\p{L}*'],
		typedAnswers: 'uzbek-either-script',
		generatedFrom: 'uz',
	},
] as const satisfies readonly LanguageDefinition[];

export type Locale = (typeof DEFINED)[number]['code'];

/**
 * OGOH_EXTRA_LANGUAGE (JSON of one LanguageDefinition) adds a language for one build: the tests use
 * it to prove that one entry and an empty strings file build a language (tests/unit/new-language-build.test.ts).
 * An entry with the code of a defined language replaces that language's entry for the build.
 */
function extraLanguage(): LanguageDefinition[] {
	const json = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.OGOH_EXTRA_LANGUAGE;
	if (!json) return [];
	const entry = JSON.parse(json) as LanguageDefinition;
	if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(entry.code) || !entry.lang || !entry.label) {
		throw new Error(`OGOH_EXTRA_LANGUAGE: needs a lower-case code such as "kk" or "uz-cyrl", a lang and a label; got ${json}`);
	}
	return [entry];
}

/** The defined languages plus the extra one; an extra language with a defined code replaces that entry (one entry per code). */
function withExtra(defined: readonly LanguageDefinition[], extra: readonly LanguageDefinition[]): LanguageDefinition[] {
	const codes = new Set(extra.map((entry) => entry.code));
	return [...defined.filter((entry) => !codes.has(entry.code)), ...extra];
}

export const LANGUAGES: readonly LanguageDefinition[] = withExtra(DEFINED, extraLanguage());

/** Every language's code, the source language first. */
export const LOCALES = LANGUAGES.map((language) => language.code) as readonly Locale[];
export const SOURCE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const byCode = new Map(LANGUAGES.map((language) => [language.code, language]));

/** The definition of a locale (the source language's for an unknown code). */
export function language(locale: Locale): LanguageDefinition {
	return byCode.get(locale) ?? DEFINED[0];
}

/** Starlight's `locales` option: the source language at the root. */
export function starlightLocales(): Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl' }> {
	return Object.fromEntries(LANGUAGES.map(({ code, label, lang, dir = 'ltr' }) => [code === SOURCE_LOCALE ? 'root' : code, { label, lang, dir }]));
}
