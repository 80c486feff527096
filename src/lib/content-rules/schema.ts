/**
 * Schema rules: every file against its zod schema (src/lib/schemas.ts), each issue turned into a
 * message and a fix a content author can act on.
 */
import type { z } from 'zod';
import type { ContentFile, ContentTree } from '../content-files.ts';
import { SOURCE_LOCALE } from '../locales.ts';
import { courseSchema, glossaryTermSchema, lessonSchema, QUESTION_TYPES, quizSchema, simulatorSchema } from '../schemas.ts';
import type { Parsed, Problem, RuleContext } from './types.ts';

export interface Described {
	code: string;
	field: string;
	message: string;
	fix: string;
}

/** Turns a zod issue into a stable code, a message and a fix. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, prefix = ''): Described {
	const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
	const field = path.length ? path.join('.') : '(top level)';
	const received = issue.path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data
	);
	switch (issue.code) {
		case 'invalid_type':
			if (received === undefined) {
				return { code: 'schema/missing', field, message: `"${field}" is missing`, fix: `add "${field}" (expected ${issue.expected})` };
			}
			return {
				code: 'schema/type',
				field,
				message: `expected ${issue.expected}, received ${JSON.stringify(received)}`,
				fix: `write "${field}" as ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`,
			};
		case 'invalid_value':
			return {
				code: 'schema/value',
				field,
				message: `${JSON.stringify(received)} is not allowed`,
				fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
			};
		case 'unrecognized_keys':
			return {
				code: 'schema/unknown-field',
				field,
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				fix: 'check the spelling against content/README.md, or remove the field',
			};
		case 'invalid_union':
			// zod puts a discriminated union's issue on the discriminator itself (questions.0.type).
			return {
				code: 'schema/question-type',
				field,
				message: `unknown question type ${JSON.stringify(received)}`,
				fix: `set type to one of: ${QUESTION_TYPES.join(', ')}`,
			};
		default:
			return { code: 'schema/invalid', field, message: issue.message, fix: 'correct the value as the message says' };
	}
}

/** Problems of one value against a schema (none when it passes). */
export function schemaProblems(file: string, data: unknown, schema: z.ZodType, prefix = ''): Problem[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => ({ file, ...describeIssue(issue, data, prefix) }));
}

function parseAll<T>(files: ContentFile[], schema: z.ZodType<T>, problems: Problem[]): Parsed<T>[] {
	const parsed: Parsed<T>[] = [];
	for (const file of files) {
		const result = schema.safeParse(file.data);
		if (result.success) parsed.push({ ...file, value: result.data });
		else problems.push(...schemaProblems(file.file, file.data, schema));
	}
	return parsed;
}

function englishIds(tree: ContentTree, kind: 'lessons' | 'quizzes' | 'courses' | 'glossary' | 'simulators'): Set<string> {
	const files = [...tree[kind], ...tree.unreadable.filter((f) => f.kind === kind)];
	return new Set(files.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.id));
}

/** Parses every file; the schema problems go to `problems`, the parsed files into the rules' context. */
export function parseTree(tree: ContentTree, problems: Problem[]): RuleContext {
	return {
		tree,
		lessons: parseAll(tree.lessons, lessonSchema, problems),
		quizzes: parseAll(tree.quizzes, quizSchema, problems),
		courses: parseAll(tree.courses, courseSchema, problems),
		glossary: parseAll(tree.glossary, glossaryTermSchema, problems),
		simulators: parseAll(tree.simulators, simulatorSchema, problems),
		ids: {
			lessons: englishIds(tree, 'lessons'),
			quizzes: englishIds(tree, 'quizzes'),
			courses: englishIds(tree, 'courses'),
			terms: englishIds(tree, 'glossary'),
			simulators: englishIds(tree, 'simulators'),
		},
	};
}
