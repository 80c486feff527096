/**
 * The build's content check on its own, in a second instead of a build: `npm run check:content`.
 * OGOH_CONTENT_ROOT points it at another tree, as in the build; problems are printed as the build
 * prints them (the problems, then the hint).
 */
import { checkContent, contentRoot, formatContentError } from '../src/lib/check-content.ts';

try {
	checkContent(contentRoot(process.cwd()));
	console.log('content check passed');
} catch (error) {
	console.error(formatContentError(error));
	process.exit(1);
}
