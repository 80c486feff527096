/**
 * The self-check field component of each field kind; a question type names its kind (`field` in
 * src/lib/question-types/<type>.ts), so a new type with an existing kind needs no component, and
 * a new kind fails the type check here until it has one.
 */
import type { FieldKind } from '../../../lib/question-types/define.ts';
import CategorizeField from './CategorizeField.astro';
import ChoiceField from './ChoiceField.astro';
import HotspotField from './HotspotField.astro';
import ClozeField from './ClozeField.astro';
import MatchingField from './MatchingField.astro';
import OrderingField from './OrderingField.astro';
import TextField from './TextField.astro';

export const FIELDS: Record<FieldKind, typeof ChoiceField> = {
	choice: ChoiceField,
	matching: MatchingField,
	ordering: OrderingField,
	text: TextField,
	categorize: CategorizeField,
	hotspot: HotspotField,
	cloze: ClozeField,
};
