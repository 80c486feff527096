/**
 * The question-type registry: one module per type, listed in registry.ts. The union of question
 * types, the list of types, the question and gradable-form types all derive from that list, so
 * adding a type is its module plus its lines there, and the type checker names every member it lacks.
 */
import type { Locale } from '../locales.ts';
import type { AnswerKeyText, Choice, ExampleResponses, QuestionTypeDefinition } from './define.ts';
import type { TrueFalseLabels } from './printed.ts';
import { DEFINITIONS } from './registry.ts';

type Definitions = typeof DEFINITIONS;
export type QuestionType = keyof Definitions;
// An unfinished module (an empty or partial definition) infers no more than `{ type }` for its question
// or gradable form: it adds none, so the type checker reports it in its module and here, not in every user.
type Inferred<T, X> = { type: T } extends X ? never : X;
type QuestionOfDefinition<D> = D extends QuestionTypeDefinition<infer T, infer Q extends { type: string }, infer _G extends { type: string }> ? Inferred<T, Q> : never;
type GradableOfDefinition<D> = D extends QuestionTypeDefinition<infer T, infer _Q extends { type: string }, infer G extends { type: string }> ? Inferred<T, G> : never;
/** A parsed question of each type (the schema's output). */
export type QuestionMap = { [K in QuestionType]: QuestionOfDefinition<Definitions[K]> };
/** What the browser grades, per type. */
export type GradableMap = { [K in QuestionType]: GradableOfDefinition<Definitions[K]> };
export type Registry = { [K in QuestionType]: QuestionTypeDefinition<K, QuestionMap[K], GradableMap[K]> };

/** Every type under its own name: a module filed under another type's key fails here. */
export const QUESTION_TYPE_REGISTRY: Registry = DEFINITIONS;

export const QUESTION_TYPES = Object.values(QUESTION_TYPE_REGISTRY).map((definition) => definition.type);

export function questionType<K extends QuestionType>(type: K): Registry[K] {
	return QUESTION_TYPE_REGISTRY[type];
}

function gradableAs<K extends QuestionType>(type: K, question: QuestionMap[K], locale: Locale): GradableMap[K] {
	return questionType(type).content.gradable(question, locale);
}

/** What the browser needs to grade a question: its answer key, no texts (`locale` only matters for a short text in a language typed in two scripts). */
export function toGradable(question: QuestionMap[QuestionType], locale: Locale): GradableMap[QuestionType] {
	return gradableAs(question.type, question, locale);
}

function choicesAs<K extends QuestionType>(type: K, question: QuestionMap[K], labels: TrueFalseLabels): Choice[] {
	return questionType(type).page.choices(question, labels);
}

/** The options the self-check shows (choice fields; none for others). */
export function choicesOf(question: QuestionMap[QuestionType], labels: TrueFalseLabels): Choice[] {
	return choicesAs(question.type, question, labels);
}

function answerKeyAs<K extends QuestionType>(type: K, question: QuestionMap[K], letter: (index: number) => string, labels: TrueFalseLabels): AnswerKeyText {
	return questionType(type).page.answerKey(question, { letter, labels });
}

/** The answer as the answer key writes it, with option letters from `letter`. */
export function answerKeyOf(question: QuestionMap[QuestionType], letter: (index: number) => string, labels: TrueFalseLabels): AnswerKeyText {
	return answerKeyAs(question.type, question, letter, labels);
}

function responsesAs<K extends QuestionType>(type: K, question: QuestionMap[K]): ExampleResponses {
	return questionType(type).content.responses(question);
}

/** A right and a wrong response to a question, as its form on the page gives them (the tests answer with these). */
export function responsesOf(question: QuestionMap[QuestionType]): ExampleResponses {
	return responsesAs(question.type, question);
}
