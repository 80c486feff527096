/**
 * Scenario ("what would you do?"): every option gets feedback, none is right or wrong, and it
 * does not count towards the score. Moodle gets it worth 0 marks (XML); GIFT cannot set marks, so
 * there every option earns full marks.
 */
import { gradeChoice, isOptionList, optionIds, optionProblems, printedChoice } from './choice-kit.ts';
import { defineQuestionType, type BrowserPart } from './define.ts';

/** What the browser "grades": the option ids (none is right). */
export interface ScenarioGradable {
	type: 'scenario';
	options: { id: string }[];
}

export const scenarioBrowser: BrowserPart<ScenarioGradable> = {
	display: { graded: false, field: 'choice', shuffle: true, feedback: 'every-option' },
	isGradable: (value) => isOptionList(value.options),
	grade: (question, response) => gradeChoice(question.options, [], response, 'ungraded'),
	answerIds: () => [],
};

export const scenario = defineQuestionType({
	type: 'scenario',
	browser: scenarioBrowser,
	content: {
		schema: ({ z, base, options }) => z.object({ ...base, type: z.literal('scenario'), options }).strict(),
		gradable: (question) => ({ type: 'scenario', options: optionIds(question.options) }),
		key: (question) => ({ ids: question.options.map((o) => o.id), answer: null }),
		problems: (question) => optionProblems(question.options, []),
		responses: (question) => ({ right: { type: 'choice', chosen: [question.options[0]!.id] }, wrong: { type: 'choice', chosen: [question.options.at(-1)!.id] } }),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.scenarioHint', print: 'ogoh.print.scenarioHint' },
		choices: (question) => question.options,
		answerKey: (question, { letter }) => ({
			feedback: question.options.map((option, index) => ({ head: `${letter(index)}. ${option.text}`, strongHead: true, text: option.feedback })),
		}),
		printed: (question, context) => printedChoice(question.options, [], context, false, false),
	},
	exports: {
		// One "=" keeps it a one-answer question in Moodle (all "=" would read as short answer).
		gift: (question, e) => ({ lines: question.options.map((o, i) => `${i === 0 ? '=' : '~%100%'}${e(o.text)}#${e(o.feedback)}`) }),
		moodleXml: (question, xml) => ({
			type: 'multichoice',
			defaultGrade: 0,
			inner: ['<single>true</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => xml.answer('100', o.text, o.feedback))],
		}),
	},
});
