/**
 * The list of question types: each type's module, as its whole definition (index.ts: schemas,
 * pages, exports) and as its browser part (graders.ts: the quiz and the lesson checkpoints). The
 * browser imports only `BROWSER_PARTS`, so the bundler leaves the rest of every module out
 * (`defineQuestionType` is marked free of side effects). Adding a type is its module and its two
 * lines here; the type checker (index.ts, graders.ts) fails on a line missing or under another key.
 */
import { categorize, categorizeBrowser } from './categorize.ts';
import { hotspot, hotspotBrowser } from './hotspot.ts';
import { cloze, clozeBrowser } from './cloze.ts';
import { matching, matchingBrowser } from './matching.ts';
import { multiple, multipleBrowser } from './multiple.ts';
import { numeric, numericBrowser } from './numeric.ts';
import { ordering, orderingBrowser } from './ordering.ts';
import { scenario, scenarioBrowser } from './scenario.ts';
import { shortText, shortTextBrowser } from './short-text.ts';
import { single, singleBrowser } from './single.ts';
import { trueFalse, trueFalseBrowser } from './true-false.ts';

export const DEFINITIONS = {
	single,
	multiple,
	'true-false': trueFalse,
	matching,
	ordering,
	'short-text': shortText,
	numeric,
	scenario,
	categorize,
	hotspot,
	cloze,
};

export const BROWSER_PARTS = {
	single: singleBrowser,
	multiple: multipleBrowser,
	'true-false': trueFalseBrowser,
	matching: matchingBrowser,
	ordering: orderingBrowser,
	'short-text': shortTextBrowser,
	numeric: numericBrowser,
	scenario: scenarioBrowser,
	categorize: categorizeBrowser,
	hotspot: hotspotBrowser,
	cloze: clozeBrowser,
};
