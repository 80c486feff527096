/**
 * Fill in the blanks (cloze): a text with numbered markers [[1]], [[2]] … and a list of blanks, the
 * n-th blank for the marker [[n]]. A blank is typed (accepted answers, compared as short-text.ts
 * does: case, spaces, hyphens and the kind of apostrophe do not matter) or chosen from a short list
 * (a native select). The score is the share of blanks filled right, as Moodle scores a Cloze
 * question whose blanks are worth one mark each. Markers are numbers, not ids, so that the Uzbek
 * Cyrillic copy (generated-language.ts converts every text) keeps them.
 */
import { language, type LanguageDefinition } from '../languages.ts';
import { defineQuestionType, duplicateIds, UNKNOWING_ANSWER, duplicateTexts, type BrowserPart, type TypeProblem } from './define.ts';
import { answerForm, result, verdictOf } from './grading-kit.ts';
import type { ClozeSegment, PrintedBlank, PrintedOption } from './printed.ts';

/** What the browser grades per blank: its accepted answers, or its option ids and the right one. */
export type GradableBlank = { id: string; answers: string[] } | { id: string; options: string[]; answer: string };

export interface ClozeGradable {
	type: 'cloze';
	blanks: GradableBlank[];
	compare?: LanguageDefinition['typedAnswers'];
}

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

const isGradableBlank = (blank: unknown): boolean => {
	const { id, answers, options, answer } = (blank ?? {}) as Record<string, unknown>;
	return typeof id === 'string' && (isTextList(answers) || (isTextList(options) && typeof answer === 'string'));
};

/** Whether the value filled in a blank is right: a typed one in any accepted spelling, a chosen one by option id. */
export function blankRight(blank: GradableBlank, value: string, compare?: LanguageDefinition['typedAnswers']): boolean {
	if ('options' in blank) return value === blank.answer;
	const form = answerForm(value, compare);
	return form !== '' && blank.answers.some((answer) => answerForm(answer, compare) === form);
}

export const clozeBrowser: BrowserPart<ClozeGradable> = {
	display: { graded: true, field: 'cloze', shuffle: false, feedback: 'verdict' },
	isGradable: (value) => Array.isArray(value.blanks) && value.blanks.length > 0 && value.blanks.every(isGradableBlank),
	grade: (question, response) => {
		const values = response.type === 'blanks' ? response.values : {};
		const parts = question.blanks.map((blank) => ({ id: blank.id, right: blankRight(blank, values[blank.id] ?? '', question.compare) }));
		if (!question.blanks.some((blank) => (values[blank.id] ?? '').trim())) return result('unanswered', 0, { parts });
		const score = parts.filter((p) => p.right).length / parts.length;
		return result(verdictOf(score), score, { parts });
	},
	answerIds: () => [],
};

/** A blank as written in the content files: `answers` (typed) or `options` and `answer` (chosen). */
export interface Blank {
	id: string;
	answers?: string[] | undefined;
	options?: { id: string; text: string }[] | undefined;
	answer?: string | undefined;
	feedback: string;
}

const MARKER = /\[\[\s*(\d+)\s*\]\]/g;

/** Splits a cloze text at its markers: "Use [[1]] now" → text, blank 1, text. */
export function clozeSegments(text: string): ClozeSegment[] {
	const segments: ClozeSegment[] = [];
	let at = 0;
	for (const match of text.matchAll(MARKER)) {
		if (match.index > at) segments.push({ text: text.slice(at, match.index) });
		segments.push({ blank: Number(match[1]) });
		at = match.index + match[0].length;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}

const markersOf = (text: string): number[] => clozeSegments(text).flatMap((s) => ('blank' in s ? [s.blank] : []));

/** The right answer of a blank in words: its accepted answers, or the right option's text. */
export function blankAnswer(blank: Blank): string {
	return blank.options ? (blank.options.find((o) => o.id === blank.answer)?.text ?? '') : (blank.answers ?? []).join(' / ');
}

/** Markers without a blank, blanks without a marker or marked twice, chosen answers that are not options. */
export function clozeProblems(text: string, blanks: readonly Blank[]): TypeProblem[] {
	const markers = markersOf(text);
	const problems: TypeProblem[] = [];
	for (const number of new Set(markers.filter((n) => n < 1 || n > blanks.length))) {
		problems.push({ code: 'quiz/marker-without-blank', field: 'text', message: `the marker [[${number}]] has no blank (there are ${blanks.length} blanks)`, fix: `add blank ${number} to "blanks", or number the markers 1 to ${blanks.length}` });
	}
	blanks.forEach((blank, index) => {
		const number = index + 1;
		const field = `blanks.${index}`;
		const count = markers.filter((n) => n === number).length;
		if (count === 0) problems.push({ code: 'quiz/blank-without-marker', field, message: `blank "${blank.id}" has no marker [[${number}]] in the text`, fix: `put [[${number}]] in the text where the blank goes, or remove the blank` });
		if (count > 1) problems.push({ code: 'quiz/marker-twice', field: 'text', message: `the marker [[${number}]] appears ${count} times`, fix: 'use each marker once; give a repeated word a blank of its own' });
		if (blank.options === undefined && blank.answers === undefined) {
			problems.push({ code: 'quiz/blank-kind', field, message: `blank "${blank.id}" has neither "answers" nor "options"`, fix: 'give a typed blank "answers", or a chosen blank "options" and "answer"' });
		} else if (blank.options !== undefined && blank.answers !== undefined) {
			problems.push({ code: 'quiz/blank-kind', field, message: `blank "${blank.id}" has both "answers" and "options"`, fix: 'keep "answers" for a typed blank or "options" and "answer" for a chosen one' });
		} else if (blank.options) {
			const ids = blank.options.map((o) => o.id);
			if (!blank.answer || !ids.includes(blank.answer)) {
				problems.push({ code: 'quiz/answer-not-option', field: `${field}.answer`, message: `the answer "${blank.answer ?? ''}" of blank "${blank.id}" is not one of its options (${ids.join(', ')})`, fix: "set answer to the id of the blank's right option" });
			}
			problems.push(...duplicateIds(`${field}.options`, ids), ...duplicateTexts(`${field}.options`, 'option', blank.options.map((o) => o.text)));
		} else if (blank.answer !== undefined) {
			problems.push({ code: 'quiz/blank-kind', field: `${field}.answer`, message: `blank "${blank.id}" has an "answer" but no "options"`, fix: 'list the accepted spellings of a typed blank under "answers"' });
		}
	});
	return [...problems, ...duplicateIds('blanks', blanks.map((b) => b.id))];
}

/**
 * What a class can vote on by hand count: the options of the chosen blanks, lettered with their
 * blank's number ("2Б"); a typed blank has no letters, so it is not among them (none when every
 * blank is typed: the classroom then counts who got it right, as for a short text).
 */
export function tallyOptions(blanks: readonly PrintedBlank[]): PrintedOption[] {
	return blanks.flatMap((blank) => blank.options.map((option) => ({ ...option, id: `${blank.id}/${option.id}`, letter: `${blank.number}${option.letter}` })));
}

/** Moodle's embedded-answer syntax escapes } # ~ / " and the backslash inside an answer. */
export const escapeCloze = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/[\\}#~/"]/g, (char) => `\\${char}`).trim();

/** A blank as a Moodle embedded answer: {1:SHORTANSWER:=…~=…} or {1:MULTICHOICE:…~=…}, each worth 1 mark. */
export function embeddedAnswer(blank: Blank): string {
	const feedback = `#${escapeCloze(blank.feedback)}`;
	if (blank.options) return `{1:MULTICHOICE:${blank.options.map((o) => `${o.id === blank.answer ? '=' : ''}${escapeCloze(o.text)}${feedback}`).join('~')}}`;
	return `{1:SHORTANSWER:${(blank.answers ?? []).map((a) => `=${escapeCloze(a)}${feedback}`).join('~')}}`;
}

export const cloze = defineQuestionType({
	type: 'cloze',
	browser: clozeBrowser,
	content: {
		schema: ({ z, base, id, text }) =>
			z
				.object({
					...base,
					type: z.literal('cloze'),
					/** The text with a marker [[1]], [[2]] … where each blank goes. */
					text,
					/** The blanks, the n-th for the marker [[n]]: typed (`answers`) or chosen (`options` and `answer`). */
					blanks: z
						.array(
							z
								.object({
									id,
									answers: z.array(text).min(1, 'list at least one accepted answer').optional(),
									options: z.array(z.object({ id, text }).strict()).min(2, 'give a chosen blank at least two options').optional(),
									answer: id.optional(),
									feedback: text,
								})
								.strict()
						)
						.min(1, 'give at least one blank'),
				})
				.strict(),
		gradable: (question, locale) => {
			const blanks = question.blanks.map((b): GradableBlank => (b.options ? { id: b.id, options: b.options.map((o) => o.id), answer: b.answer ?? '' } : { id: b.id, answers: b.answers ?? [] }));
			const compare = language(locale).typedAnswers;
			return compare ? { type: 'cloze', blanks, compare } : { type: 'cloze', blanks };
		},
		// Typed answers are words of the quiz's own language; the ids and chosen answers are the same in every language.
		key: (question) => ({
			ids: question.blanks.flatMap((b) => [b.id, ...(b.options ?? []).map((o) => `${b.id}/${o.id}`)]),
			answer: question.blanks.map((b) => b.answer ?? null),
		}),
		problems: (question) => clozeProblems(question.text, question.blanks),
		responses: (question) => ({
			right: { type: 'blanks', values: Object.fromEntries(question.blanks.map((b) => [b.id, b.options ? b.answer! : b.answers![0]!])) },
			wrong: { type: 'blanks', values: Object.fromEntries(question.blanks.map((b) => [b.id, b.options ? b.options.find((o) => o.id !== b.answer)!.id : UNKNOWING_ANSWER])) },
		}),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.clozeHint', print: 'ogoh.print.clozeHint' },
		choices: () => [],
		answerKey: (question, { letter }) => ({
			label: 'ogoh.quiz.correctAnswer',
			list: {
				ordered: true,
				items: question.blanks.map((b) => (b.options ? `${letter(b.options.findIndex((o) => o.id === b.answer))}. ${blankAnswer(b)}` : blankAnswer(b))),
			},
			feedback: question.blanks.map((b, index) => ({ head: `${index + 1}.`, text: b.feedback })),
		}),
		printed: (question, { letter }) => ({
			kind: 'cloze',
			segments: clozeSegments(question.text),
			blanks: question.blanks.map((b, index) => ({
				id: b.id,
				number: index + 1,
				options: (b.options ?? []).map((o, i) => ({ id: o.id, letter: letter(i), text: o.text, right: o.id === b.answer })),
				answer: blankAnswer(b),
			})),
		}),
	},
	exports: {
		// GIFT has no fill-in-the-blanks question: the GIFT file leaves it out and says so (export-gift.ts).
		gift: () => ({ omitted: 'GIFT has no fill-in-the-blanks (Cloze) question; the Moodle XML export has it' }),
		moodleXml: (question) => {
			const blanks = question.blanks;
			const text = clozeSegments(question.text)
				.map((s) => ('text' in s ? s.text : blanks[s.blank - 1] ? embeddedAnswer(blanks[s.blank - 1]!) : ''))
				.join('');
			return { type: 'cloze', defaultGrade: blanks.length, inner: [], questionText: `${question.prompt}\n${text}` };
		},
	},
});
