/**
 * The content check as both entry points run it, the build (src/integrations/validate-content.ts)
 * and `npm run check:content` (tests/check-content.ts): read the tree under a root, validate it,
 * and throw Astro's error with the fix as its hint.
 */
import type { AstroError } from 'astro/errors';
import { readContentTree } from './content-files.ts';
import { contentError, validateContent, type Problem } from './validate-content.ts';

/** The tree to check: OGOH_CONTENT_ROOT when set (the fixtures in tests/), else the project's. */
export function contentRoot(projectRoot: string): string {
	return process.env.OGOH_CONTENT_ROOT ?? projectRoot;
}

/** Every problem in the content under `root` (content/ and src/content/i18n). */
export function contentProblems(root: string): Problem[] {
	return validateContent(readContentTree(root));
}

/** Throws the build's AstroError when the content under `root` has a problem. */
export function checkContent(root: string): void {
	const problems = contentProblems(root);
	if (problems.length > 0) throw contentError(problems, root);
}

/** The error as the terminal shows it: the problems, then the hint (Astro prints it that way in a build). */
export function formatContentError(error: unknown): string {
	const { message, hint } = (error ?? {}) as Partial<AstroError>;
	if (typeof message !== 'string') return String(error);
	return hint ? `${message}\n  Hint:\n    ${hint}` : message;
}
