/** What every self-check field component (fields/*.astro) receives from QuestionFields.astro. */
import type { Choice } from '../../../lib/question-types/define.ts';
import type { Locale } from '../../../lib/locales.ts';
import type { Question } from '../../../lib/schemas.ts';

export interface FieldProps {
	question: Question;
	/** Name and id prefix of the inputs: `<quiz>--<question>`. */
	name: string;
	hintId: string;
	/** Options of choice fields, with their feedback. */
	choices: Choice[];
	/** Checkboxes instead of radios. */
	multiple: boolean;
	withFeedback: boolean;
	locale: Locale;
	/** Matching and ordering choices are shuffled by this seed from the ids (no answers in the HTML order). */
	seed: number;
}
