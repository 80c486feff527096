/**
 * The build's content check on its own, in a second instead of a build: `npm run check:content`.
 * OGOH_CONTENT_ROOT points it at another tree, as in the build; problems are printed as the build
 * prints them (the problems, then the hint).
 */
import { checkContent, contentRoot, formatContentError } from '../src/lib/check-content.ts';
import { writeGeneratedLanguages } from '../src/lib/generated-language.ts';

try {
	const root = contentRoot(process.cwd());
	// Generated languages (Uzbek in Cyrillic) are written from their source first, as the build does.
	writeGeneratedLanguages(root, process.cwd());
	checkContent(root);
	console.log('content check passed');
} catch (error) {
	console.error(formatContentError(error));
	process.exit(1);
}
