/**
 * One zod schema per content kind. Each is both the validator (run by the build, see
 * `validate-content.ts`) and the TypeScript type (`z.infer`). Messages tell the author how to fix
 * the value, because they end up in build errors.
 */
import { z } from 'zod';
import { LANGUAGES, SOURCE_LOCALE, type Locale } from './languages.ts';
import { QUESTION_TYPE_REGISTRY, type QuestionMap, type QuestionType } from './question-types/index.ts';
import { fillGeneratedTexts } from './generated-language.ts';
import { idSchema, text } from './schema-parts.ts';

export { idSchema } from './schema-parts.ts';

export const TOPICS = ['drugs', 'cyber'] as const;
export const AGE_BANDS = ['12-14', '15-18', '18-25'] as const;
export const ROLES = ['student', 'teacher', 'trainer', 'parent'] as const;
export type Topic = (typeof TOPICS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Role = (typeof ROLES)[number];

export const sourceSchema = z
	.object({
		title: text,
		publisher: text,
		year: z.number().int().min(1950).max(2100),
		/** Optional: only a URL the author has actually seen. */
		url: z.url({ message: 'use a full URL starting with https://, or leave url out' }).optional(),
		/** Why there is no URL (e.g. "print edition only"): a source has either url or noUrl. */
		noUrl: text.optional(),
		/** Optional: a name other fields point to (a norm-guess poll's `source`), the same in every language. */
		id: idSchema.optional(),
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;

export const audienceSchema = z
	.object({
		ages: z.array(z.enum(AGE_BANDS)).min(1, 'list at least one age band: 12-14, 15-18 or 18-25'),
		roles: z.array(z.enum(ROLES)).min(1, 'list at least one role: student, teacher, trainer or parent'),
	})
	.strict();
export type Audience = z.infer<typeof audienceSchema>;

/** What a myth-or-fact card says about its claim. */
export const VERDICTS = ['myth', 'fact'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A myth-or-fact card (`mythsAndFacts` of a lesson, shown by `<MythOrFact />`): a common belief,
 * whether it is a myth or a fact, and why, only as the lesson itself says it. Ids and verdicts are
 * the same in every language.
 */
export const mythSchema = z
	.object({
		id: idSchema,
		claim: text,
		verdict: z.enum(VERDICTS, { message: 'write verdict: myth or verdict: fact' }),
		explanation: text,
	})
	.strict();
export type MythOrFact = z.infer<typeof mythSchema>;

export const MAX_MYTHS = 4;

/** Whom a norm-guess figure is about: the whole world, a region or one country. */
export const NORM_SCOPES = ['worldwide', 'region', 'country'] as const;

/**
 * A norm-guess poll (`normGuesses` of a lesson, shown by `<NormGuess id="…" />`): the learner
 * guesses "out of 10", then sees the real figure, read in the lesson's source `source` (its id),
 * for the age group `ages`, published in `year`. Only the question and `why` are translated.
 */
export const normGuessSchema = z
	.object({
		id: idSchema,
		/** The whole question, naming the age group and the scope: "Out of 10 people aged 15–19 worldwide, how many …?" */
		question: text,
		percent: z.number().min(0).max(100),
		ages: z.string().regex(/^\d{1,2}-\d{1,2}$/, 'write the age group as two ages with a hyphen, e.g. "15-19"'),
		scope: z.enum(NORM_SCOPES, { message: 'write scope: worldwide, region or country' }),
		/** The year the figure was published (the report's year). */
		year: z.number().int().min(1950).max(2100),
		/** The id of the lesson's source the figure was read in. */
		source: idSchema,
		/** One sentence on why guesses like this run high. */
		why: text,
	})
	.strict();
export type NormGuess = z.infer<typeof normGuessSchema>;

export const lessonSchema = z
	.object({
		title: text,
		description: text,
		/** Words people type when they look for this page (slang, brands, misspellings); indexed, not shown. */
		searchTerms: z.array(text).default([]),
		topic: z.enum(TOPICS),
		audience: audienceSchema,
		duration: z.number().int().min(1).max(90),
		objectives: z.array(text).min(1, 'list at least one learning objective'),
		/** The lesson in three short sentences, shown at the top: only what the lesson says. */
		keyPoints: z.array(text).max(4, 'keep to three short key points; the lesson says the rest').default([]),
		/** Three open questions a parent can ask at home, on the family card (content-rules/family.ts checks the count). */
		familyQuestions: z.array(text).default([]),
		keyTerms: z.array(idSchema).default([]),
		quiz: idSchema.optional(),
		sources: z.array(sourceSchema).min(1, 'list at least one source the lesson is based on'),
		lastReviewed: z.coerce.date({ message: 'use a date like 2026-11-23' }),
		/** Position in lists and the sidebar; lower comes first. */
		order: z.number().int().default(100),
		/** Myth-or-fact cards the reader turns over (`<MythOrFact />` in the body). */
		mythsAndFacts: z.array(mythSchema).max(MAX_MYTHS, `keep to ${MAX_MYTHS} cards at most; one to three beliefs the lesson corrects`).default([]),
		/** Norm-guess polls: guess "out of 10", then the real, sourced figure (`<NormGuess id="…" />` in the body). */
		normGuesses: z.array(normGuessSchema).default([]),
	})
	.strict();
export type Lesson = z.infer<typeof lessonSchema>;

export const optionSchema = z.object({ id: idSchema, text, feedback: text }).strict();
export type QuizOption = z.infer<typeof optionSchema>;

/**
 * What every question type's schema is built from (src/lib/question-types/<type>.ts). Fields every
 * question has: `section` is the id of the lesson heading the question is about, as the page makes
 * it from the heading in that language (the build lists the valid ones).
 */
export const schemaKit = {
	z,
	id: idSchema,
	text,
	base: { id: idSchema, prompt: text, explanation: text, section: z.string().min(1).optional() },
	options: z.array(optionSchema).min(2, 'give at least two options'),
	verdictFeedback: z.object({ correct: text, incorrect: text }).strict(),
};
export type SchemaKit = typeof schemaKit;

export { QUESTION_TYPES, type QuestionType } from './question-types/index.ts';
export type Question = QuestionMap[QuestionType];
export type QuestionOf<T extends QuestionType> = QuestionMap[T];

/** The registry's schemas as the non-empty list zod's union wants (exported for its test). */
export function nonEmpty<T>(values: T[]): [T, ...T[]] {
	const [first, ...rest] = values;
	if (first === undefined) throw new Error('the question-type registry is empty');
	return [first, ...rest];
}

/** Questions are a union tagged by `type`, one schema per type from the registry. */
export const questionSchema = z.discriminatedUnion(
	'type',
	nonEmpty(Object.values(QUESTION_TYPE_REGISTRY).map((definition) => definition.content.schema(schemaKit)))
);

export const quizSchema = z
	.object({
		title: text,
		description: z.string().optional(),
		searchTerms: z.array(text).default([]),
		lesson: idSchema,
		questions: z.array(questionSchema).min(1, 'a quiz needs at least one question'),
	})
	.strict();
export type Quiz = z.infer<typeof quizSchema>;

export const courseModuleSchema = z
	.object({
		id: idSchema,
		title: text,
		hours: z.number().positive(),
		outcomes: z.array(text).min(1),
		lessons: z.array(idSchema).default([]),
		quizzes: z.array(idSchema).default([]),
		practical: text.optional(),
	})
	.strict();

export const courseSchema = z
	.object({
		title: text,
		description: text,
		audience: audienceSchema.extend({ ages: z.array(z.enum(AGE_BANDS)).default([]), summary: text }),
		totalHours: z.number().positive(),
		prerequisites: z.array(text).default([]),
		modules: z.array(courseModuleSchema).min(1),
		assessment: z
			.object({ description: text, passMark: z.number().int().min(1).max(100) })
			.strict(),
		references: z.array(sourceSchema).default([]),
		order: z.number().int().default(100),
	})
	.strict();
export type Course = z.infer<typeof courseSchema>;

export const glossaryTermSchema = z.object({ term: text, definition: text }).strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const COUNTRIES = ['kz', 'uz'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * A helpline's text in every language of src/lib/languages.ts: English is required; a language
 * marked `partial` may leave it out (the page shows the English text); any other code is a typo.
 */
const localizedText = z
	.object(
		Object.fromEntries(
			LANGUAGES.map(({ code, partial, generatedFrom }) => [code, code === SOURCE_LOCALE || (!partial && !generatedFrom) ? text : text.optional()])
		)
	)
	.strict()
	// A generated language's text (Uzbek Cyrillic) comes from its source language's.
	.transform((texts: Record<string, string | undefined>) => fillGeneratedTexts(texts)) as unknown as z.ZodType<{ en: string } & Partial<Record<Locale, string>>>;

/**
 * One verified phone number or service, shown by <HelpBlock /> in lessons. A route without a
 * number (a school psychologist, a family doctor) leaves `number` out and is shown as text.
 */
export const helplineSchema = z
	.object({
		id: idSchema,
		country: z.enum(COUNTRIES),
		number: z.string().regex(/^[0-9]{3,5}$/, 'write the short number as digits only, e.g. "112"').optional(),
		topics: z.array(z.enum(TOPICS)).min(1),
		name: localizedText,
		description: localizedText,
		source: sourceSchema,
		lastChecked: z.coerce.date({ message: 'use the date the number was last checked, e.g. 2026-11-01' }),
		/** How it was checked on lastChecked, e.g. "read the number on the ministry's contacts page". */
		checkedHow: text.optional(),
		/**
		 * false: a number lessons may name (e.g. the service that sends the code a scam asks for) but
		 * that is not help for young people, so the help block never shows it.
		 */
		help: z.boolean().default(true),
	})
	.strict();
export type Helpline = z.infer<typeof helplineSchema>;
export const helplinesSchema = z.array(helplineSchema).min(1);

export * from './simulator-schema.ts';
