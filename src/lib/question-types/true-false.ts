/** True or false: 1 or 0; the feedback of the chosen statement is shown. */
import { defineQuestionType, type BrowserPart } from './define.ts';
import { result, rightOrWrong } from './grading-kit.ts';

/** What the browser grades: the right value. */
export interface TrueFalseGradable {
	type: 'true-false';
	answer: boolean;
}

export const trueFalseBrowser: BrowserPart<TrueFalseGradable> = {
	display: { graded: true, field: 'choice', shuffle: false, feedback: 'chosen-option' },
	isGradable: (value) => typeof value.answer === 'boolean',
	// The page answers with the chosen option ("true" or "false"); tests may give the value itself.
	grade: (question, response) => {
		const value = response.type === 'true-false' ? response.value : response.type === 'choice' && response.chosen.length === 1 ? { true: true, false: false }[response.chosen[0]!] : undefined;
		const options = [true, false].map((option) => ({ id: String(option), chosen: value === option, isAnswer: question.answer === option }));
		return value === undefined ? result('unanswered', 0, { options }) : rightOrWrong(value === question.answer, { options });
	},
	answerIds: () => [],
};

export const trueFalse = defineQuestionType({
	type: 'true-false',
	browser: trueFalseBrowser,
	content: {
		schema: ({ z, base, text }) =>
			z
				.object({
					...base,
					type: z.literal('true-false'),
					answer: z.boolean({ message: 'write answer: true or answer: false' }),
					feedback: z.object({ true: text, false: text }).strict(),
				})
				.strict(),
		gradable: (question) => ({ type: 'true-false', answer: question.answer }),
		key: (question) => ({ ids: [], answer: question.answer }),
		problems: () => [],
		responses: (question) => ({ right: { type: 'choice', chosen: [String(question.answer)] }, wrong: { type: 'choice', chosen: [String(!question.answer)] } }),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.trueFalseHint', print: 'ogoh.print.trueFalseHint' },
		choices: (question, labels) => [
			{ id: 'true', text: labels.true, feedback: question.feedback.true },
			{ id: 'false', text: labels.false, feedback: question.feedback.false },
		],
		answerKey: (question, { labels }) => ({
			label: 'ogoh.quiz.correctAnswer',
			answer: { text: question.answer ? labels.true : labels.false, letters: false },
			feedback: [{ text: question.feedback[question.answer ? 'true' : 'false'] }],
		}),
		printed: (question, { letter, labels }) => ({
			kind: 'choice',
			multiple: false,
			graded: true,
			options: [
				{ id: 'true', letter: letter(0), text: labels.true, right: question.answer, feedback: question.feedback.true },
				{ id: 'false', letter: letter(1), text: labels.false, right: !question.answer, feedback: question.feedback.false },
			],
		}),
	},
	exports: {
		gift: (question, e) => {
			const [wrong, right] = question.answer ? [question.feedback.false, question.feedback.true] : [question.feedback.true, question.feedback.false];
			return { lines: [`${question.answer ? 'TRUE' : 'FALSE'}#${e(wrong)}#${e(right)}`] };
		},
		moodleXml: (question, xml) => ({
			type: 'truefalse',
			defaultGrade: 1,
			inner: [xml.answer(question.answer ? '100' : '0', 'true', question.feedback.true), xml.answer(question.answer ? '0' : '100', 'false', question.feedback.false)],
		}),
	},
});
