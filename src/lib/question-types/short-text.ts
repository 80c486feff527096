/**
 * Short text: 1 when the typed answer is one of the accepted ones, ignoring case, spaces and
 * hyphens, apostrophe style, ё/е and punctuation around it; on Uzbek pages Cyrillic is read as
 * Latin. Moodle only ignores case, so there an answer with other spacing or script is wrong.
 */
import { language, type LanguageDefinition } from '../languages.ts';
import { defineQuestionType, duplicates, UNKNOWING_ANSWER, type BrowserPart } from './define.ts';
import { answerForm, result, rightOrWrong, typedText } from './grading-kit.ts';

/** What the browser grades: the accepted answers, and how to compare them in a language typed in two scripts. */
export interface ShortTextGradable {
	type: 'short-text';
	answers: string[];
	compare?: LanguageDefinition['typedAnswers'];
}

export const shortTextBrowser: BrowserPart<ShortTextGradable> = {
	display: { graded: true, field: 'text', shuffle: false, feedback: 'verdict' },
	isGradable: (value) => Array.isArray(value.answers) && value.answers.every((a) => typeof a === 'string'),
	grade: (question, response) => {
		const value = answerForm(typedText(response), question.compare);
		if (!value) return result('unanswered', 0);
		return rightOrWrong(question.answers.some((answer) => answerForm(answer, question.compare) === value));
	},
	answerIds: () => [],
};

export const shortText = defineQuestionType({
	type: 'short-text',
	browser: shortTextBrowser,
	content: {
		schema: ({ z, base, text, verdictFeedback }) =>
			z
				.object({
					...base,
					type: z.literal('short-text'),
					/** Accepted answers; case, spaces and the kind of apostrophe do not matter. */
					answers: z.array(text).min(1, 'list at least one accepted answer'),
					feedback: verdictFeedback,
				})
				.strict(),
		// Only languages typed in two scripts say how to compare (Uzbek: Cyrillic is read as Latin).
		gradable: (question, locale) => {
			const compare = language(locale).typedAnswers;
			return compare ? { type: 'short-text', answers: question.answers, compare } : { type: 'short-text', answers: question.answers };
		},
		// Accepted answers are words in the quiz's own language, so they are not compared.
		key: () => ({ ids: [], answer: null }),
		problems: (question) =>
			duplicates(question.answers.map((a) => answerForm(a, undefined))).map((form) => ({
				code: 'quiz/duplicate-answer',
				field: 'answers',
				message: `two accepted answers are the same once case, spaces and punctuation are ignored ("${form}")`,
				fix: 'list each accepted answer once',
			})),
		responses: (question) => ({ right: { type: 'text', value: question.answers[0]! }, wrong: { type: 'text', value: UNKNOWING_ANSWER } }),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.textHint', print: 'ogoh.print.textHint' },
		choices: () => [],
		answerKey: (question) => ({ label: 'ogoh.quiz.acceptedAnswers', answer: { text: question.answers.join('; '), letters: false }, feedback: [] }),
		printed: () => ({ kind: 'text', unit: undefined }),
	},
	exports: {
		gift: (question, e) => ({ lines: question.answers.map((a) => `=${e(a)}#${e(question.feedback.correct)}`) }),
		moodleXml: (question, xml) => ({ type: 'shortanswer', defaultGrade: 1, inner: ['<usecase>0</usecase>', ...question.answers.map((a) => xml.answer('100', a, question.feedback.correct))] }),
	},
});
