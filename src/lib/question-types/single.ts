/** Single choice: one right option; 1 or 0. */
import { choiceAnswerKey, choiceResponses, gradeChoice, isOptionList, optionIds, optionProblems, printedChoice } from './choice-kit.ts';
import { choiceScore } from './choice-score.ts';
import { defineQuestionType, type BrowserPart } from './define.ts';

/** What the browser grades: the option ids and the right one. */
export interface SingleGradable {
	type: 'single';
	options: { id: string }[];
	answer: string;
}

export const singleBrowser: BrowserPart<SingleGradable> = {
	display: { graded: true, field: 'choice', shuffle: true, feedback: 'every-option' },
	isGradable: (value) => isOptionList(value.options) && typeof value.answer === 'string',
	grade: (question, response) => gradeChoice(question.options, [question.answer], response, (chosen, answers) => {
		const right = [...chosen].filter((id) => answers.has(id)).length;
		return choiceScore(false, right, chosen.size - right, answers.size);
	}),
	answerIds: (question) => [question.answer],
};

export const single = defineQuestionType({
	type: 'single',
	browser: singleBrowser,
	content: {
		schema: ({ z, base, options, id }) => z.object({ ...base, type: z.literal('single'), options, answer: id }).strict(),
		gradable: (question) => ({ type: 'single', options: optionIds(question.options), answer: question.answer }),
		key: (question) => ({ ids: question.options.map((o) => o.id), answer: question.answer }),
		problems: (question) => optionProblems(question.options, [question.answer]),
		responses: (question) => choiceResponses(question.options, [question.answer]),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.chooseOne', print: 'ogoh.print.chooseOne' },
		choices: (question) => question.options,
		answerKey: (question, { letter }) => choiceAnswerKey(question.options, [question.answer], letter),
		printed: (question, context) => printedChoice(question.options, [question.answer], context, false, true),
	},
	exports: {
		gift: (question, e) => ({ lines: question.options.map((o) => `${o.id === question.answer ? '=' : '~'}${e(o.text)}#${e(o.feedback)}`) }),
		moodleXml: (question, xml) => ({
			type: 'multichoice',
			defaultGrade: 1,
			inner: ['<single>true</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => xml.answer(o.id === question.answer ? '100' : '0', o.text, o.feedback))],
		}),
	},
});
