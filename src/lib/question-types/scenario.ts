/**
 * Scenario ("what would you do?"): every option gets feedback, none is right or wrong, and it
 * does not count towards the score. Moodle gets it worth 0 marks (XML); GIFT cannot set marks, so
 * there every option earns full marks.
 */
import { gradeChoice, isOptionList, optionIds, optionProblems, printedChoice } from './choice-kit.ts';
import { defineQuestionType } from './define.ts';

export const scenario = defineQuestionType({
	type: 'scenario',
	graded: false,
	field: 'choice',
	shuffle: true,
	feedback: 'every-option',
	hints: { quiz: 'ogoh.quiz.scenarioHint', print: 'ogoh.print.scenarioHint' },
	schema: ({ z, base, options }) => z.object({ ...base, type: z.literal('scenario'), options }).strict(),
	gradable: (question) => ({ type: 'scenario', options: optionIds(question.options) }),
	isGradable: (value) => isOptionList(value.options),
	grade: (question, response) => gradeChoice(question.options, [], response, 'ungraded'),
	answerIds: () => [],
	key: (question) => ({ ids: question.options.map((o) => o.id), answer: null }),
	choices: (question) => question.options,
	answerKey: (question, { letter }) => ({
		feedback: question.options.map((option, index) => ({ head: `${letter(index)}. ${option.text}`, strongHead: true, text: option.feedback })),
	}),
	// One "=" keeps it a one-answer question in Moodle (all "=" would read as short answer).
	gift: (question, e) => ({ lines: question.options.map((o, i) => `${i === 0 ? '=' : '~%100%'}${e(o.text)}#${e(o.feedback)}`) }),
	moodleXml: (question, xml) => ({
		type: 'multichoice',
		defaultGrade: 0,
		inner: ['<single>true</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => xml.answer('100', o.text, o.feedback))],
	}),
	printed: (question, context) => printedChoice(question.options, [], context, false, false),
	problems: (question) => optionProblems(question.options, []),
});
