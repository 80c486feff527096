/**
 * Multiple choice with partial credit: each right option chosen earns 1/k (k right options), each
 * wrong one chosen takes 1/k away, never below 0. Choosing everything earns nothing; only the
 * exact set earns 1. Moodle gets the same weights (+1/k and -1/k), so it scores the same.
 */
import { choiceAnswerKey, choiceResponses, gradeChoice, isOptionList, optionIds, optionProblems, printedChoice } from './choice-kit.ts';
import { choiceScore } from './choice-score.ts';
import { defineQuestionType, type BrowserPart } from './define.ts';

/** What the browser grades: the option ids and the right ones. */
export interface MultipleGradable {
	type: 'multiple';
	options: { id: string }[];
	answer: string[];
}

export const multipleBrowser: BrowserPart<MultipleGradable> = {
	display: { graded: true, field: 'choice', shuffle: true, feedback: 'every-option' },
	isGradable: (value) => isOptionList(value.options) && Array.isArray(value.answer) && value.answer.every((a) => typeof a === 'string'),
	grade: (question, response) =>
		gradeChoice(question.options, question.answer, response, (chosen, answers) => {
			const right = [...chosen].filter((id) => answers.has(id)).length;
			return choiceScore(true, right, chosen.size - right, answers.size);
		}),
	answerIds: (question) => [...question.answer],
};

export const multiple = defineQuestionType({
	type: 'multiple',
	browser: multipleBrowser,
	content: {
		schema: ({ z, base, options, id }) =>
			z.object({ ...base, type: z.literal('multiple'), options, answer: z.array(id).min(1, 'list the ids of all correct options') }).strict(),
		gradable: (question) => ({ type: 'multiple', options: optionIds(question.options), answer: [...question.answer] }),
		key: (question) => ({ ids: question.options.map((o) => o.id), answer: question.answer }),
		problems: (question) => [
			...optionProblems(question.options, question.answer),
			...(question.answer.length > 0 && question.options.every((o) => question.answer.includes(o.id))
				? [{ code: 'quiz/every-option-right', field: 'answer', message: 'every option is a right answer, so ticking everything earns full marks', fix: 'add at least one wrong option, or make it a different question type' }]
				: []),
		],
		responses: (question) => choiceResponses(question.options, question.answer),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.chooseMany', print: 'ogoh.print.chooseMany' },
		choices: (question) => question.options,
		answerKey: (question, { letter }) => choiceAnswerKey(question.options, question.answer, letter),
		printed: (question, context) => printedChoice(question.options, question.answer, context, true, true),
	},
	exports: {
		gift: (question, e, weight) => {
			const share = weight(1 / question.answer.length);
			return { lines: question.options.map((o) => `~%${question.answer.includes(o.id) ? '' : '-'}${share}%${e(o.text)}#${e(o.feedback)}`) };
		},
		moodleXml: (question, xml) => {
			const share = xml.weight(1 / question.answer.length);
			return {
				type: 'multichoice',
				defaultGrade: 1,
				inner: ['<single>false</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => xml.answer(question.answer.includes(o.id) ? share : `-${share}`, o.text, o.feedback))],
			};
		},
	},
});
