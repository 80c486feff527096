/** Numeric: 1 when the typed number is within `tolerance` of the answer (a decimal comma is fine), as Moodle's numerical question. */
import { defineQuestionType, type BrowserPart } from './define.ts';
import { parseNumber, result, rightOrWrong, typedText } from './grading-kit.ts';

/** What the browser grades: the number and the accepted distance from it. */
export interface NumericGradable {
	type: 'numeric';
	answer: number;
	tolerance?: number;
}

export const numericBrowser: BrowserPart<NumericGradable> = {
	display: { graded: true, field: 'text', shuffle: false, feedback: 'verdict' },
	isGradable: (value) => typeof value.answer === 'number' && (value.tolerance === undefined || typeof value.tolerance === 'number'),
	grade: (question, response) => {
		const raw = typedText(response).trim();
		if (!raw) return result('unanswered', 0);
		const value = parseNumber(raw);
		// A small epsilon so that 0.1 + 0.2 style rounding never fails a right answer.
		return rightOrWrong(Number.isFinite(value) && Math.abs(value - question.answer) <= (question.tolerance ?? 0) + 1e-9);
	},
	answerIds: () => [],
};

export const numeric = defineQuestionType({
	type: 'numeric',
	browser: numericBrowser,
	content: {
		schema: ({ z, base, verdictFeedback }) =>
			z
				.object({
					...base,
					type: z.literal('numeric'),
					answer: z.number({ message: 'write the answer as a number, e.g. answer: 112' }),
					/** Accepted distance from the answer (0 = exact). */
					tolerance: z.number().min(0).default(0),
					unit: z.string().optional(),
					feedback: verdictFeedback,
				})
				.strict(),
		gradable: (question) => ({ type: 'numeric', answer: question.answer, tolerance: question.tolerance }),
		key: (question) => ({ ids: [], answer: [question.answer, question.tolerance] }),
		problems: () => [],
		responses: (question) => {
			// With a decimal comma, as Uzbek, Russian and Kazakh write numbers; the grader reads both.
			const written = (value: number) => String(value).replace('.', ',');
			return { right: { type: 'text', value: written(question.answer) }, wrong: { type: 'text', value: written(question.answer + question.tolerance + 1000) } };
		},
	},
	page: {
		hints: { quiz: 'ogoh.quiz.numberHint', print: 'ogoh.print.numberHint' },
		choices: () => [],
		answerKey: (question) => ({
			label: 'ogoh.quiz.correctAnswer',
			answer: { text: `${question.answer}${question.tolerance > 0 ? ` ± ${question.tolerance}` : ''}${question.unit ? ` ${question.unit}` : ''}`, letters: false },
			feedback: [],
		}),
		printed: (question) => ({ kind: 'text', unit: question.unit }),
	},
	exports: {
		gift: (question, e) => ({ head: '#', lines: [`=${question.answer}:${question.tolerance}#${e(question.feedback.correct)}`] }),
		moodleXml: (question, xml) => ({
			type: 'numerical',
			defaultGrade: 1,
			inner: [xml.answer('100', String(question.answer), question.feedback.correct, `<tolerance>${question.tolerance}</tolerance>`)],
		}),
	},
});
