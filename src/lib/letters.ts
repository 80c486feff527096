/**
 * Option letters as a reader of each language expects them: Russian teachers say «вариант Б»,
 * so Russian pages letter options А, Б, В… (each language's letters are in src/lib/languages.ts).
 * Every place that shows a letter (self-check, classroom, worksheet, answer key) takes it from here, so the letters a learner sees and the ones feedback names are the same.
 */
import { language, type Locale } from './languages.ts';

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The letter of the option at `index` (0-based) on a page in `locale`. */
export function optionLetter(index: number, locale: Locale): string {
	const alphabet = language(locale).optionLetters ?? LATIN;
	if (!Number.isInteger(index) || index < 0 || index >= alphabet.length) {
		throw new RangeError(`no option letter for index ${index}: a question has at most ${alphabet.length} options`);
	}
	return alphabet[index]!;
}
