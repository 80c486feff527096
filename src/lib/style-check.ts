/**
 * Content rules that a schema cannot express (content/STYLE.md explains them):
 * stigmatising words, and the parts every lesson must have.
 */
import { LANGUAGES, type Locale } from './languages.ts';
import { phoneMentions } from './phone-numbers.ts';

/** A whole word (Unicode-aware: JavaScript's \\b only knows Latin letters), case-insensitive. */
function word(pattern: string): RegExp {
	return new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');
}

/**
 * Words that label people by drug use, per language (the lists are in src/lib/languages.ts). A
 * word may still be *quoted* as an example of what not to say ("addict", «наркоман», “junkie”): text inside quotation marks is not checked.
 */
export const BANNED_WORDS: Record<string, RegExp[]> = Object.fromEntries(
	LANGUAGES.map(({ code, stigmatisingWords = [] }) => [code, stigmatisingWords.map(word)])
);

/** Removes quoted passages ("…", “…”, «…», „…“) so that examples of words to avoid are allowed. */
export function withoutQuotes(text: string): string {
	return text.replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“\n]*“/g, '""');
}

export function bannedWordsIn(text: string, locale: Locale): string[] {
	const checked = withoutQuotes(text);
	return (BANNED_WORDS[locale] ?? []).flatMap((pattern) => {
		const match = pattern.exec(checked);
		return match ? [match[0]] : [];
	});
}

/** Phone numbers a text links or writes out, in any format (see phone-numbers.ts); each must be in helplines.yaml. */
export function phoneNumbersIn(body: string): string[] {
	return phoneMentions(body).map((mention) => mention.digits);
}

/** The parts every lesson body must contain. */
export const REQUIRED_PARTS = [
	{ name: 'teacher notes', pattern: /<TeacherNotes>[\s\S]*\S[\s\S]*<\/TeacherNotes>/, fix: 'add <TeacherNotes>…</TeacherNotes> with timing, discussion questions and an activity' },
	{ name: 'help block', pattern: /<HelpBlock\s*\/>/, fix: 'add a "where to get help" part ending with <HelpBlock />' },
] as const;
