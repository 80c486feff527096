/**
 * The shape of a question type: everything one type needs, in one module per type
 * (src/lib/question-types/<type>.ts), listed in registry.ts. `defineQuestionType` infers the
 * question (from the schema) and the gradable form (from the browser part), so every other member
 * is checked against them without casts.
 *
 * The modules import zod only as a type: the schema is built from the kit schemas.ts passes in,
 * so the browser quiz can import the graders without pulling zod.
 */
import type { z } from 'zod';
import type englishStrings from '../../content/i18n/en.json';
import type { Locale } from '../locales.ts';
import type { SchemaKit } from '../schemas.ts';
import type { QuestionResult, Response } from './grading-kit.ts';
import type { PrintContext, PrintedQuestion } from './printed.ts';

/** A key of the English UI strings (src/content/i18n/en.json). */
export type UiKey = keyof typeof englishStrings;

/** How the question is answered and shown: the field components in src/components/quiz/fields/. */
export type FieldKind = 'choice' | 'matching' | 'ordering' | 'text' | 'categorize' | 'hotspot' | 'cloze';

/** A content problem of one question; `field` is relative to the question ("answer", "pairs"). */
export interface TypeProblem {
	code: string;
	field: string;
	message: string;
	fix: string;
}

/** The answer as the answer key writes it; AnswerKey.astro renders it. */
export interface AnswerKeyText {
	/** The label before the answer (none for scenarios). */
	label?: 'ogoh.quiz.correctAnswer' | 'ogoh.quiz.acceptedAnswers';
	/** The answer on one line; `letters` marks option letters the self-check rewrites after shuffling. */
	answer?: { text: string; letters: boolean };
	/** The answer as a list (matching pairs, ordered steps). */
	list?: { ordered: boolean; items: string[] };
	/** Feedback per option, or the feedback of the right answer. */
	feedback: { head?: string; strongHead?: boolean; text: string }[];
}

/** One option as the self-check shows it, with its feedback. */
export interface Choice {
	id: string;
	text: string;
	feedback: string;
}

export interface MoodleXmlParts {
	/** Moodle's question type. */
	type: string;
	/** Marks the question is worth (1 unless it is not graded). */
	defaultGrade: number;
	/** Text after the prompt in <questiontext> (a hotspot's message). */
	stem?: string;
	/** The question text, when it is more than the prompt (a Cloze question's embedded answers). */
	questionText?: string;
	/** XML elements after <defaultgrade>. */
	inner: string[];
}

/** Helpers the XML parts are built with (export-moodle-xml.ts). */
export interface XmlKit {
	text: (text: string) => string;
	answer: (fraction: string, text: string, feedback?: string, extra?: string) => string;
	weight: (share: number) => string;
}

/** How the browser shows a type after checking, and whether it counts (`display` in graders.ts). */
export interface Display {
	/** Whether the question counts towards the quiz score. */
	readonly graded: boolean;
	readonly field: FieldKind;
	/** Whether the self-check shows the options in a new order per attempt. */
	readonly shuffle: boolean;
	/** Which feedback the self-check shows after checking: under every option, the chosen one, or the verdict's. */
	readonly feedback: 'every-option' | 'chosen-option' | 'verdict';
}

/**
 * What the browser needs of a type (graders.ts): a named const of its own in the type's module,
 * which the whole definition embeds, so the browser bundle leaves the rest of the module out.
 * `G` is the gradable form: what the page hands the browser, the answer and no texts.
 */
export interface BrowserPart<G extends { type: string }> {
	display: Display;
	/** Checks the parsed data attribute in the browser (the type is already known). */
	isGradable(value: Record<string, unknown>): boolean;
	grade(question: G, response: Response): QuestionResult;
	/** The ids of the options that are right answers (none for types without options). */
	answerIds(question: G): string[];
}

/** The question in the content files: its schema, what the browser gets of it, its checks. */
export interface ContentPart<Q, G> {
	/** A zod object schema with `type: z.literal(<type>)`, built from the kit so this module needs zod only as a type. */
	schema(kit: SchemaKit): z.ZodType<Q> & z.core.$ZodTypeDiscriminable;
	/** What the browser needs to grade: the answer, no texts (the browser part's form). */
	gradable(question: Q, locale: Locale): NoInfer<G>;
	/** The language-independent key: ids and answer, equal in every translation. */
	key(question: Q): { ids: string[]; answer: unknown };
	/** Content problems a schema cannot express (answers that are not options, duplicate texts). */
	problems(question: Q): TypeProblem[];
	/**
	 * A right and a wrong response, as the page's form gives them: the unit tests grade both for
	 * every question in the content (right scores 1, wrong 0; an ungraded type accepts both) and
	 * the browser tests answer with them, so neither needs a case per type.
	 */
	responses(question: Q): ExampleResponses;
}

/** A right and a wrong response to one question (`ContentPart.responses`). */
export interface ExampleResponses {
	right: Response;
	wrong: Response;
}

/** What a learner who does not know types: a real answer, never an accepted one. */
export const UNKNOWING_ANSWER = "I don't know";

/** How the question is shown on a page and on paper. */
export interface PagePart<Q> {
	/** The instruction under the prompt, on screen and on paper. */
	hints: { quiz: UiKey; print: UiKey };
	/** Options shown in the self-check (choice fields), with true/false labels from the page. */
	choices(question: Q, labels: { true: string; false: string }): Choice[];
	answerKey(question: Q, context: { letter: (index: number) => string; labels: { true: string; false: string } }): AnswerKeyText;
	printed(question: Q, context: PrintContext): PrintedQuestion;
}

/** The question in the LMS formats. */
export interface ExportsPart<Q> {
	/** GIFT lines inside the braces; `head` right after the opening brace, `comment` before the question, `stem` (escaped) after the prompt; `omitted`: GIFT has no such question, and why. */
	gift(question: Q, escape: (text: string) => string, weight: (share: number) => string): { lines: string[]; head?: string; comment?: string; stem?: string } | { omitted: string };
	moodleXml(question: Q, xml: XmlKit): MoodleXmlParts;
}

/**
 * Everything one question type needs, in groups of at most five members: TypeScript names every
 * missing member when there are at most five (beyond that it writes "and N more"), so an empty
 * definition gets its groups named, and each empty group its members (README, "Adding a question
 * type"; tests/unit/question-type-errors.test.ts keeps it so).
 */
export interface QuestionTypeDefinition<T extends string, Q extends { type: string }, G extends { type: string }> {
	type: T;
	browser: BrowserPart<G>;
	content: ContentPart<Q, G>;
	page: PagePart<Q>;
	exports: ExportsPart<Q>;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineQuestionType<T extends string, Q extends { type: T }, G extends { type: T }>(
	definition: QuestionTypeDefinition<T, Q, G>
): QuestionTypeDefinition<T, Q, G> {
	return definition;
}

/** Values that appear more than once, each once. */
export function duplicates<T>(values: readonly T[]): T[] {
	const seen = new Set<T>();
	return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}

/** quiz/duplicate-text problems: texts a learner cannot tell apart (case and outer spaces ignored). */
export function duplicateTexts(field: string, side: string, texts: readonly string[]): TypeProblem[] {
	return duplicates(texts.map((t) => t.trim().toLowerCase())).map((text) => ({
		code: 'quiz/duplicate-text',
		field,
		message: `the ${side} text "${text}" appears twice, so a learner cannot tell them apart`,
		fix: 'make every text in the question different',
	}));
}

/** quiz/duplicate-id problems: ids used twice in one list. */
export function duplicateIds(field: string, ids: readonly string[]): TypeProblem[] {
	return duplicates(ids).map((id) => ({ code: 'quiz/duplicate-id', field, message: `id "${id}" is used more than once`, fix: 'give every option, pair or item its own id' }));
}
