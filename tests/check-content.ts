/**
 * The build's content check on its own, in a second instead of a build: `npm run check:content`.
 * OGOH_CONTENT_ROOT points it at another tree, as in the build.
 */
import { readContentTree } from '../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validate-content.ts';

const root = process.env.OGOH_CONTENT_ROOT ?? process.cwd();
const problems = validateContent(readContentTree(root));
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('content check passed');
