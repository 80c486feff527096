/**
 * The short-text module's members other than grading, with exact values: what the browser gets per
 * language, what the page accepts as gradable, the answer key, the exports and the content problem.
 */
import { describe, expect, test } from 'vitest';
import { shortText } from '../../src/lib/question-types/short-text.ts';

const question = {
	type: 'short-text' as const,
	id: 'two-step-name',
	prompt: 'What is it called?',
	explanation: 'Two-step verification.',
	answers: ['two-step verification', '2FA'],
	feedback: { correct: 'Yes.', incorrect: 'The answer: two-step verification.' },
};

describe('short-text module', () => {
	test('the browser gets the answers, and how to compare them only for a language typed in two scripts', () => {
		expect(shortText.content.gradable(question, 'en')).toEqual({ type: 'short-text', answers: ['two-step verification', '2FA'] });
		expect(shortText.content.gradable(question, 'ru')).toEqual({ type: 'short-text', answers: ['two-step verification', '2FA'] });
		expect(shortText.content.gradable(question, 'uz')).toEqual({ type: 'short-text', answers: ['two-step verification', '2FA'], compare: 'uzbek-either-script' });
		expect(shortText.content.gradable(question, 'uz-cyrl')).toEqual({ type: 'short-text', answers: ['two-step verification', '2FA'], compare: 'uzbek-either-script' });
	});

	test('a page attribute is gradable only with a list of texts', () => {
		expect(shortText.browser.isGradable({ answers: ['a', 'b'] })).toBe(true);
		expect(shortText.browser.isGradable({ answers: [] })).toBe(true);
		expect(shortText.browser.isGradable({ answers: 'a' })).toBe(false);
		expect(shortText.browser.isGradable({ answers: ['a', 1] })).toBe(false);
		expect(shortText.browser.isGradable({})).toBe(false);
	});

	test('no option ids, no language-independent answer, no choices', () => {
		expect(shortText.browser.answerIds(shortText.content.gradable(question, 'en'))).toEqual([]);
		expect(shortText.content.key(question)).toEqual({ ids: [], answer: null });
		expect(shortText.page.choices(question, { true: 'True', false: 'False' })).toEqual([]);
	});

	test('the answer key lists every accepted answer', () => {
		expect(shortText.page.answerKey(question, { letter: (i) => String(i), labels: { true: 'T', false: 'F' } })).toEqual({
			label: 'ogoh.quiz.acceptedAnswers',
			answer: { text: 'two-step verification; 2FA', letters: false },
			feedback: [],
		});
	});

	test('GIFT and Moodle XML accept each answer with the right feedback, case-insensitively in Moodle', () => {
		expect(shortText.exports.gift(question, (text) => `<${text}>`, () => '')).toEqual({ lines: ['=<two-step verification>#<Yes.>', '=<2FA>#<Yes.>'] });
		const answer = (fraction: string, text: string, feedback?: string) => `${fraction}|${text}|${feedback}`;
		expect(shortText.exports.moodleXml(question, { text: (t) => t, answer, weight: () => '' })).toEqual({
			type: 'shortanswer',
			defaultGrade: 1,
			inner: ['<usecase>0</usecase>', '100|two-step verification|Yes.', '100|2FA|Yes.'],
		});
	});

	test('on paper it is a line to write on', () => {
		expect(shortText.page.printed(question, {} as never)).toEqual({ kind: 'text', unit: undefined });
	});

	test('two accepted answers that are the same once case, spaces and punctuation go are one problem, named', () => {
		expect(shortText.content.problems({ ...question, answers: ['Two-step', 'two step', '2FA'] })).toEqual([
			{
				code: 'quiz/duplicate-answer',
				field: 'answers',
				message: 'two accepted answers are the same once case, spaces and punctuation are ignored ("twostep")',
				fix: 'list each accepted answer once',
			},
		]);
		expect(shortText.content.problems(question)).toEqual([]);
	});
});
