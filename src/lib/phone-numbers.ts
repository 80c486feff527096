/**
 * Phone numbers as authors write them: `tel:` links, international (+998 71 123 45 67), domestic
 * (8 (71) 123-45-67, 71 123-45-67) and short service numbers (1050, 102) next to a word such as
 * "call", «звони» or "qoʻngʻiroq". Every one a lesson, quiz or glossary entry shows must be in
 * content/helplines.yaml, in whatever format it is written there.
 */

export interface PhoneMention {
	/** As written in the text. */
	text: string;
	/** Digits only (with a leading + when written). */
	digits: string;
}

const TEL = /tel:([+\d][\d\s()-]*\d)/g;
const INTERNATIONAL = /(?<![\p{L}\p{N}])\+\d[\d\s()-]{6,}\d(?!\p{N})/gu;
const DOMESTIC = /(?<![\p{L}\p{N}+(-])(?:8[ -]?)?(?:\(\d{2,5}\)[ -]?\d{2,3}[ -]?|\d{2,3}[ -]\d{3}[ -])\d{2}[ -]\d{2}(?![\p{N}-])/gu;
/** A short service number: 3 or 4 digits starting with 1, alone (not part of 1 050 or 150,5 or 150%). */
const SHORT = /(?<![\p{L}\p{N}+.,/:-])(?<!\p{N}[\s ])1\d{2,3}(?![\p{N}%])(?![.,:/-]\p{N})(?![\s ]\p{N})/gu;
/** Words that say a short number is one to call or text (en, uz, ru). */
const CALL_WORD =
	/(?<!\p{L})(?:call|dial|phone|ring|hotline|helpline|number|sms|text)|qo[ʻ‘'’`]?ng[ʻ‘'’`]?iroq|telefon|raqam|liniya|ishonch|звон|позвон|телефон|номер|лини[яию]|набер|набир|смс/iu;
const NEAR = 40;

const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** The phone numbers written in a text, in the order they appear. */
export function phoneMentions(text: string): PhoneMention[] {
	const found: { index: number; text: string }[] = [];
	const taken: [number, number][] = [];
	const add = (index: number, written: string) => {
		if (taken.some(([start, end]) => index < end && index + written.length > start)) return;
		taken.push([index, index + written.length]);
		found.push({ index, text: written });
	};
	for (const m of text.matchAll(TEL)) add(m.index + 4, m[1]!);
	for (const m of text.matchAll(INTERNATIONAL)) add(m.index, m[0]);
	for (const m of text.matchAll(DOMESTIC)) add(m.index, m[0]);
	for (const m of text.matchAll(SHORT)) {
		if (/^19\d\d$/.test(m[0])) continue; // a year
		// The words around it, within its sentence.
		const before = text.slice(Math.max(0, m.index - NEAR), m.index).split(/[.!?;\n]\s/).pop()!;
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + NEAR).split(/[.!?;\n]/)[0]!;
		if (CALL_WORD.test(before) || CALL_WORD.test(after)) add(m.index, m[0]);
	}
	return found.sort((a, b) => a.index - b.index).map(({ text: written }) => ({ text: written, digits: digitsOf(written) }));
}

/** The national part of a number: +998 71…, 8 71… and 71… are one number, as are +7 727… and 8 727…. */
export function nationalNumber(digits: string): string {
	const d = digits.replace(/^\+/, '');
	if (d.length === 12 && d.startsWith('998')) return d.slice(3);
	if (d.length === 11 && /^[78]/.test(d)) return d.slice(1);
	if (d.length === 10 && d.startsWith('8')) return d.slice(1);
	return d;
}

/** Whether a number written in a text is one of the listed numbers, whatever the format of either. */
export function isListedNumber(digits: string, listed: Iterable<string>): boolean {
	const national = nationalNumber(digits);
	for (const number of listed) if (nationalNumber(digitsOf(number)) === national) return true;
	return false;
}
