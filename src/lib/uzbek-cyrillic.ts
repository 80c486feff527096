/**
 * Uzbek Latin → Cyrillic, by the official correspondence of the 1995 Latin alphabet: oʻ → ў,
 * gʻ → ғ, sh → ш, ch → ч, ng → нг, yo/yu/ya → ё/ю/я, ye → е at the start of a word and after a
 * vowel, e → э at the start of a word and after a vowel, the ʼ sign → ъ. Loanwords whose Cyrillic
 * spelling the Latin one does not show (сентябрь, цирк, объект) and Latin names kept as they are
 * (Telegram, SMS) come from content/uzbek-cyrillic-exceptions.yaml. The Uzbek Cyrillic pages of
 * the site are generated with it: nobody writes Cyrillic files.
 *
 * Left as they are: numbers, URLs, e-mail addresses, code, and Markdown/MDX syntax (link targets,
 * tags with their attributes, {expressions}, directives, import/export lines).
 */

export interface UzbekCyrillicExceptions {
	/** Latin words kept in Latin (brands, products, international acronyms); matched whole, any case. */
	latin: readonly string[];
	/** Whole words: lower-case Latin → Cyrillic. */
	words: Readonly<Record<string, string>>;
	/** Word beginnings: lower-case Latin stem → Cyrillic stem; the rest of the word follows the rules. */
	stems: Readonly<Record<string, string>>;
}

export const NO_EXCEPTIONS: UzbekCyrillicExceptions = { latin: [], words: {}, stems: {} };

const LETTERS: Record<string, string> = {
	a: 'а', b: 'б', d: 'д', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н',
	o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
};
const IOTATED: Record<string, string> = { a: 'я', o: 'ё', u: 'ю' };
const VOWELS = new Set([...'aeiouʻʼ']);
/** Any of these after o or g is the ʻ of oʻ/gʻ; elsewhere inside a word, the ʼ sign. */
const APOSTROPHES = new Set([...'ʻʼ\'‘’`']);

/**
 * Spans copied unchanged: fenced and inline code, tags with their attributes, {expressions}, link
 * targets and reference definitions, URLs, e-mail addresses, HTML entities, [PLACEHOLDERS], directives, MDX import/export lines.
 */
const PROTECTED = new RegExp(
	[
		/```[\s\S]*?```/,
		/(?<![OoGg])`[^`\n]+`/,
		/<[A-Za-z/!][^<>]*>/,
		/\{[^{}]*\}/,
		/\]\([^)]*\)/,
		/^[ \t]*\[[^\]\n]+\]:[^\n]*/,
		/(?:https?:\/\/|www\.)[^\s<>()\]]+/,
		/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
		/&#?\w+;/,
		// Placeholders of UI strings that a program fills in: Pagefind's [SEARCH_TERM] and [COUNT].
		/\[[A-Z][A-Z0-9_]*\]/,
		/^[ \t]*:::[^\s]*/,
		/^(?:import|export)\b[^\n]*/,
	]
		.map((pattern) => pattern.source)
		.join('|'),
	'gm'
);

/** A word: letters and digits, with apostrophes (taʼlim, o'qish) or hyphens (SMS-xabar) inside, or a closing ʻ. */
const WORD = /[\p{L}\p{N}]+(?:[ʻʼ'‘’`-][\p{L}\p{N}]+)*ʻ?/gu;

const isUpper = (char: string) => char !== char.toLowerCase();

/** Capitalise a Cyrillic unit the way its Latin source was written (Sh → Ш, SH → Ш). */
function withCase(cyrillic: string, source: string, shouting: boolean): string {
	if (shouting) return cyrillic.toUpperCase();
	return isUpper(source[0]!) ? cyrillic[0]!.toUpperCase() + cyrillic.slice(1) : cyrillic;
}

/** What may follow a Latin name in one word: a hyphen or apostrophe and more, or case, plural and possessive endings. */
const NAME_ENDING = /^(?:[-ʼ'’].*|(?:lar|larning|ning|niki|ni|ga|ka|qa|da|dagi|dan|day|dek|imiz|ingiz|im|ing|miz|ngiz|si|i)*)$/;

function transliterateWord(word: string, exceptions: UzbekCyrillicExceptions, latin: Set<string>): string {
	const lower = word.toLowerCase();
	// A Latin name, alone or with Uzbek endings: Telegram, SMSlar, PIN-kod.
	if (latin.has(lower)) return word;
	// Only the name and Uzbek endings: "Ogohlantiruvchi" (warning) is an Uzbek word, not Ogoh + "lantiruvchi".
	const name = exceptions.latin.find((entry) => word.startsWith(entry) && NAME_ENDING.test(word.slice(entry.length)));
	if (name !== undefined) return name + transliterateWord(word.slice(name.length), exceptions, latin);
	if (word.includes('-')) return word.split('-').map((part) => transliterateWord(part, exceptions, latin)).join('-');
	// Numbers and words with digits (2FA) stay as they are.
	if (/\p{N}/u.test(word)) return word;
	const letters = [...word].filter((char) => /\p{L}/u.test(char) && !APOSTROPHES.has(char));
	const shouting = letters.length > 1 && letters.every(isUpper);
	const key = lower.replace(/[ʻʼ'‘’`]/g, (_mark, at: number) => (/[og]/.test(lower[at - 1] ?? '') ? 'ʻ' : 'ʼ'));
	const whole = exceptions.words[key];
	if (whole !== undefined) return withCase(whole, word, shouting);
	const stem = Object.keys(exceptions.stems)
		.filter((candidate) => key.startsWith(candidate))
		.sort((a, b) => b.length - a.length)[0];
	// Foreign words (c without h, w) stay as they are.
	if (stem === undefined && /c(?!h)|w/.test(lower)) return word;
	const chars = [...word];
	const low = [...lower];
	let out = '';
	let i = 0;
	if (stem !== undefined) {
		out = withCase(exceptions.stems[stem]!, word, shouting);
		i = [...stem].length;
	}
	while (i < chars.length) {
		const char = low[i]!;
		const next = low[i + 1];
		const afterNext = low[i + 2];
		const previous = low[i - 1];
		const start = previous === undefined;
		const afterVowel = VOWELS.has(previous ?? '');
		let cyrillic: string;
		let length = 1;
		if ((char === 'o' || char === 'g') && APOSTROPHES.has(next ?? '')) {
			cyrillic = char === 'o' ? 'ў' : 'ғ';
			length = 2;
		} else if ((char === 's' || char === 'c') && next === 'h') {
			cyrillic = char === 's' ? 'ш' : 'ч';
			length = 2;
		} else if (char === 's' && APOSTROPHES.has(next ?? '') && afterNext === 'h') {
			cyrillic = 'сҳ'; // sʼh is two sounds: Isʼhoq = Исҳоқ
			length = 3;
		} else if ((char === 't' || char === 'k' || char === 'p') && next === 's' && afterNext === 'i' && low[i + 3] === 'y') {
			// Loanwords in -tsiya, -ksiya, -psiya (and -tsiyent) are -ция, -кция, -пция: политсия, реаксия are never Uzbek.
			cyrillic = char === 't' ? 'ц' : LETTERS[char]! + 'ц';
			length = 2;
		} else if (char === 'y' && (next ?? '') in IOTATED && !(next === 'o' && APOSTROPHES.has(afterNext ?? ''))) {
			cyrillic = IOTATED[next]!;
			length = 2;
		} else if (char === 'y' && next === 'e') {
			cyrillic = start || afterVowel ? 'е' : 'ье';
			length = 2;
		} else if (char === 'e') {
			cyrillic = start || afterVowel ? 'э' : 'е';
		} else if (APOSTROPHES.has(char)) {
			cyrillic = 'ъ';
		} else {
			cyrillic = LETTERS[char] ?? chars[i]!;
		}
		out += withCase(cyrillic, chars[i]!, shouting);
		i += length;
	}
	return out;
}

function transliterateProse(text: string, exceptions: UzbekCyrillicExceptions, latin: Set<string>): string {
	return text.replace(WORD, (word) => transliterateWord(word, exceptions, latin));
}

/** The Cyrillic spelling of Uzbek Latin text (plain text, Markdown or MDX). */
export function uzbekToCyrillic(text: string, exceptions: UzbekCyrillicExceptions = NO_EXCEPTIONS): string {
	const latin = new Set(exceptions.latin.map((word) => word.toLowerCase()));
	let out = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		out += transliterateProse(text.slice(last, match.index), exceptions, latin) + match[0];
		last = match.index + match[0].length;
	}
	return out + transliterateProse(text.slice(last), exceptions, latin);
}
