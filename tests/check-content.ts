/**
 * The build's content check on its own, in a second instead of a build: `npm run check:content`.
 * OGOH_CONTENT_ROOT points it at another tree, as in the build. It throws the build's AstroError
 * and prints it the way the build does: the problems, then the hint.
 */
import { readContentTree } from '../src/lib/content-files.ts';
import { writeGeneratedLanguages } from '../src/lib/generated-language.ts';
import { contentError, validateContent } from '../src/lib/validate-content.ts';

const root = process.env.OGOH_CONTENT_ROOT ?? process.cwd();
try {
	writeGeneratedLanguages(root, process.cwd());
	const problems = validateContent(readContentTree(root));
	if (problems.length > 0) throw contentError(problems, root);
	console.log('content check passed');
} catch (error) {
	const { message, hint } = error as { message: string; hint?: string };
	console.error(hint ? `${message}\n  Hint:\n    ${hint}` : error);
	process.exit(1);
}
