/**
 * What every content rule shares: the problem it reports and the parsed curriculum it reads.
 * A rule is a function from the context to a list of problems; `src/lib/validate-content.ts`
 * runs them all.
 */
import type { ContentFile, ContentTree, ParseProblem } from '../content-files.ts';
import type { Course, GlossaryTerm, Lesson, Quiz, Simulator } from '../schemas.ts';

/** `code` is stable ("family/what"), so tests and tools match on it rather than on the wording. */
export type Problem = ParseProblem;

export interface Parsed<T> extends ContentFile {
	value: T;
}

export interface RuleContext {
	tree: ContentTree;
	/** Files that passed their schema. */
	lessons: Parsed<Lesson>[];
	quizzes: Parsed<Quiz>[];
	courses: Parsed<Course>[];
	glossary: Parsed<GlossaryTerm>[];
	simulators: Parsed<Simulator>[];
	/**
	 * Ids of the English files that exist, whether or not they passed their schema or could be
	 * read: one mistake in a file is reported once, not again by everything that refers to it.
	 */
	ids: { lessons: Set<string>; quizzes: Set<string>; courses: Set<string>; terms: Set<string>; simulators: Set<string> };
}

export type Rule = (context: RuleContext) => Problem[];

/** A problem reporter bound to one file. */
export function reporter(problems: Problem[], file: string) {
	return (code: string, field: string, message: string, fix: string) => problems.push({ code, file, field, message, fix });
}

/** Values that appear more than once, each once. */
export { duplicates as findDuplicates } from '../question-types/define.ts';

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every string inside parsed YAML with its path ("questions.0.prompt"), so each can be checked as text. */
export function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, path ? `${path}.${i}` : String(i)));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
	}
	return [];
}
