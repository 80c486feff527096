/**
 * Checks the whole curriculum before the site is built. Each rule family lives in
 * `src/lib/content-rules/` and returns problems with a stable code, the file, the field, a message
 * and the fix, because the people who read them are lesson writers and translators.
 */
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import type { ContentTree } from './content-files.ts';
import { checkpointRules } from './content-rules/checkpoints.ts';
import { coverageRules } from './content-rules/coverage.ts';
import { figureRules } from './content-rules/figures.ts';
import { familyRules } from './content-rules/family.ts';
import { fileRules } from './content-rules/files.ts';
import { helplineRules } from './content-rules/helplines.ts';
import { lengthRules } from './content-rules/lengths.ts';
import { linkRules } from './content-rules/links.ts';
import { mythRules } from './content-rules/myths.ts';
import { normGuessRules } from './content-rules/norm-guesses.ts';
import { questionTypeRules } from './content-rules/question-types.ts';
import { quizRules } from './content-rules/quizzes.ts';
import { referenceRules } from './content-rules/references.ts';
import { parseTree } from './content-rules/schema.ts';
import { searchRules } from './content-rules/search.ts';
import { simulatorRules } from './content-rules/simulators.ts';
import { sourceRules } from './content-rules/sources.ts';
import { styleRules } from './content-rules/style.ts';
import { translationRules } from './content-rules/translations.ts';
import type { Problem, Rule } from './content-rules/types.ts';

export type { Problem } from './content-rules/types.ts';
export { describeIssue } from './content-rules/schema.ts';
export { headingIds } from './content-rules/references.ts';
export { internalLinks } from './content-rules/links.ts';

/** The rules that read a lesson's body skip lessons whose MDX cannot be parsed: that is reported once. */
const RULES: Rule[] = [referenceRules, quizRules, simulatorRules, questionTypeRules, translationRules, coverageRules, linkRules, styleRules, helplineRules, sourceRules, searchRules, lengthRules, checkpointRules, figureRules, familyRules, mythRules, normGuessRules];

/** Every problem in the content tree; an empty list means the build may go on. */
export function validateContent(tree: ContentTree): Problem[] {
	const problems: Problem[] = [...tree.problems];
	const context = parseTree(tree, problems);
	const fileProblems = fileRules(context);
	problems.push(...fileProblems);
	const broken = new Set(fileProblems.filter((p) => p.code === 'mdx/syntax').map((p) => p.file));
	const readable = { ...context, tree: { ...tree, lessons: tree.lessons.filter((l) => !broken.has(l.file)) } };
	for (const rule of RULES) problems.push(...rule(readable));
	return problems;
}

/** One readable block for the terminal: the file (and line), then field, message, code and fix. */
export function formatProblems(problems: Problem[]): string {
	const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}\n    ${p.field}: ${p.message} [${p.code}]\n    fix: ${p.fix}`);
	return `Ogoh content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/**
 * The error the build throws: Astro shows the message, then the fix as its hint, and the first
 * problem's file and line as the location (instead of a stack trace into this checker).
 */
export function contentError(problems: Problem[], root?: string): AstroError {
	const fixes = [...new Set(problems.map((p) => p.fix))];
	const hint = fixes.length === 1 ? fixes[0] : 'Each problem above ends with its fix. Run npm run check:content to re-check in a second.';
	const error = new AstroError(formatProblems(problems), hint);
	error.name = 'ContentError';
	const [first] = problems;
	if (root && first) Object.assign(error, { loc: { file: join(root, first.file), line: first.line ?? 1, column: 1 }, stack: '' });
	return error;
}
