/**
 * The fill-in-the-blanks (cloze) module with exact values: grading (share of blanks right, typed
 * blanks compared as short text, chosen ones by id), what the browser accepts, the content rules,
 * the answer key, paper, the classroom tally and the Moodle Cloze export.
 */
import { describe, expect, test } from 'vitest';
import { blankAnswer, blankRight, cloze, clozeBrowser, clozeProblems, clozeSegments, embeddedAnswer, escapeCloze, tallyOptions, type ClozeGradable } from '../../src/lib/question-types/cloze.ts';
import { quizSchema } from '../../src/lib/schemas.ts';

const question = {
	type: 'cloze' as const,
	id: 'steps',
	prompt: 'Fill in the steps.',
	explanation: 'Leave and tell.',
	text: 'Turn on [[1]] and never share the [[2]] code.',
	blanks: [
		{ id: 'twofa', answers: ['two-step verification', '2FA'], feedback: 'A second step stops a thief.' },
		{
			id: 'code',
			options: [
				{ id: 'sms', text: 'SMS' },
				{ id: 'zip', text: 'postal' },
				{ id: 'color', text: 'colour' },
			],
			answer: 'sms',
			feedback: 'Nobody real asks for it.',
		},
	],
};
const gradable = cloze.content.gradable(question, 'en');
const grade = (values: Record<string, string>, model: ClozeGradable = gradable) => clozeBrowser.grade(model, { type: 'blanks', values });

describe('cloze grading', () => {
	test('the share of blanks filled right, with each blank marked', () => {
		expect(grade({ twofa: ' 2fa ', code: 'sms' })).toEqual({ verdict: 'correct', score: 1, graded: true, options: [], parts: [{ id: 'twofa', right: true }, { id: 'code', right: true }] });
		expect(grade({ twofa: 'password', code: 'sms' })).toEqual({ verdict: 'partial', score: 0.5, graded: true, options: [], parts: [{ id: 'twofa', right: false }, { id: 'code', right: true }] });
		expect(grade({ twofa: 'Two step  Verification', code: '' })).toEqual({ verdict: 'partial', score: 0.5, graded: true, options: [], parts: [{ id: 'twofa', right: true }, { id: 'code', right: false }] });
		expect(grade({ twofa: 'pin', code: 'zip' })).toEqual({ verdict: 'incorrect', score: 0, graded: true, options: [], parts: [{ id: 'twofa', right: false }, { id: 'code', right: false }] });
	});

	test('nothing filled in (or only spaces) is unanswered; another response shape too', () => {
		expect(grade({ twofa: '  ', code: '' })).toEqual({ verdict: 'unanswered', score: 0, graded: true, options: [], parts: [{ id: 'twofa', right: false }, { id: 'code', right: false }] });
		expect(grade({})).toMatchObject({ verdict: 'unanswered', score: 0 });
		expect(clozeBrowser.grade(gradable, { type: 'text', value: '2FA' })).toMatchObject({ verdict: 'unanswered', score: 0 });
	});

	test('a typed blank ignores apostrophe style, and on Uzbek pages the script', () => {
		const uz: ClozeGradable = { type: 'cloze', blanks: [{ id: 'a', answers: ['ikki bosqichli tasdiqlash'] }, { id: 'b', answers: ["oʻzingiz"] }], compare: 'uzbek-either-script' };
		expect(grade({ a: 'икки босқичли тасдиқлаш', b: "o'zingiz" }, uz).score).toBe(1);
		expect(grade({ a: 'ikki bosqichli', b: 'o`zingiz' }, uz).score).toBe(0.5);
		expect(blankRight({ id: 'x', answers: ['SMS'] }, '')).toBe(false);
		expect(blankRight({ id: 'x', answers: ['-'] }, '-')).toBe(false);
		expect(blankRight({ id: 'x', options: ['a', 'b'], answer: 'b' }, 'b')).toBe(true);
		expect(blankRight({ id: 'x', options: ['a', 'b'], answer: 'b' }, 'a')).toBe(false);
	});

	test('how it is shown, and no option ids for the choice fields', () => {
		expect(clozeBrowser.display).toEqual({ graded: true, field: 'cloze', shuffle: false, feedback: 'verdict' });
		expect(clozeBrowser.answerIds(gradable)).toEqual([]);
	});
});

describe('example responses (the tests answer with these)', () => {
	test('right: the first accepted spelling and the right option, wherever it is in the list; wrong: an answer nobody accepts and another option', () => {
		const chosenLater = { ...question, blanks: [question.blanks[0]!, { ...question.blanks[1]!, answer: 'color' }] };
		expect(cloze.content.responses(chosenLater)).toEqual({
			right: { type: 'blanks', values: { twofa: 'two-step verification', code: 'color' } },
			wrong: { type: 'blanks', values: { twofa: "I don't know", code: 'sms' } },
		});
	});
});

describe('what the browser gets', () => {
	test('the accepted answers and option ids, and how to compare only for a language typed in two scripts', () => {
		const blanks = [{ id: 'twofa', answers: ['two-step verification', '2FA'] }, { id: 'code', options: ['sms', 'zip', 'color'], answer: 'sms' }];
		expect(gradable).toEqual({ type: 'cloze', blanks });
		expect(cloze.content.gradable(question, 'uz')).toEqual({ type: 'cloze', blanks, compare: 'uzbek-either-script' });
	});

	test('a page attribute is gradable only with blanks that are typed or chosen', () => {
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a', answers: ['x'] }, { id: 'b', options: ['p', 'q'], answer: 'p' }] })).toBe(true);
		expect(clozeBrowser.isGradable({ blanks: [] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: 'a' })).toBe(false);
		expect(clozeBrowser.isGradable({})).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [null] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: ['a'] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ answers: ['x'] }] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a', answers: [1] }] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a', answers: 'x' }] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a', options: ['p'] }] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a', options: 'p', answer: 'p' }] })).toBe(false);
		expect(clozeBrowser.isGradable({ blanks: [{ id: 'a' }] })).toBe(false);
	});

	test('the language-independent key: blank and option ids, chosen answers', () => {
		expect(cloze.content.key(question)).toEqual({ ids: ['twofa', 'code', 'code/sms', 'code/zip', 'code/color'], answer: [null, 'sms'] });
	});
});

describe('the text and its markers', () => {
	test('splits at markers, spaces inside the brackets allowed', () => {
		expect(clozeSegments('Turn on [[1]] and [[ 2 ]].')).toEqual([{ text: 'Turn on ' }, { blank: 1 }, { text: ' and ' }, { blank: 2 }, { text: '.' }]);
		expect(clozeSegments('[[1]][[2]]')).toEqual([{ blank: 1 }, { blank: 2 }]);
		expect(clozeSegments('no blanks [1] [[x]]')).toEqual([{ text: 'no blanks [1] [[x]]' }]);
		expect(clozeSegments('')).toEqual([]);
	});

	test('the answer in words', () => {
		expect(blankAnswer(question.blanks[0]!)).toBe('two-step verification / 2FA');
		expect(blankAnswer(question.blanks[1]!)).toBe('SMS');
		expect(blankAnswer({ id: 'x', options: [{ id: 'a', text: 'A' }], answer: 'b', feedback: '' })).toBe('');
		expect(blankAnswer({ id: 'x', feedback: '' })).toBe('');
	});
});

describe('content rules', () => {
	const typed = (id: string) => ({ id, answers: ['x'], feedback: 'f' });
	test('a valid question has none', () => {
		expect(cloze.content.problems(question)).toEqual([]);
	});

	test('markers without a blank (once each), blanks without a marker, a marker twice', () => {
		expect(clozeProblems('[[0]] [[1]] [[3]] [[3]]', [typed('a'), typed('b')])).toEqual([
			{ code: 'quiz/marker-without-blank', field: 'text', message: 'the marker [[0]] has no blank (there are 2 blanks)', fix: 'add blank 0 to "blanks", or number the markers 1 to 2' },
			{ code: 'quiz/marker-without-blank', field: 'text', message: 'the marker [[3]] has no blank (there are 2 blanks)', fix: 'add blank 3 to "blanks", or number the markers 1 to 2' },
			{ code: 'quiz/blank-without-marker', field: 'blanks.1', message: 'blank "b" has no marker [[2]] in the text', fix: 'put [[2]] in the text where the blank goes, or remove the blank' },
		]);
		expect(clozeProblems('[[1]] [[1]] [[2]]', [typed('a'), typed('b')])).toEqual([
			{ code: 'quiz/marker-twice', field: 'text', message: 'the marker [[1]] appears 2 times', fix: 'use each marker once; give a repeated word a blank of its own' },
		]);
	});

	test('a blank must be typed or chosen, and a chosen answer one of its options', () => {
		const options = [{ id: 'p', text: 'P' }, { id: 'q', text: 'Q' }];
		expect(clozeProblems('[[1]] [[2]] [[3]] [[4]] [[5]]', [
			{ id: 'a', feedback: 'f' },
			{ id: 'b', answers: ['x'], options, answer: 'p', feedback: 'f' },
			{ id: 'c', options, answer: 'r', feedback: 'f' },
			{ id: 'd', options, feedback: 'f' },
			{ id: 'e', answers: ['x'], answer: 'x', feedback: 'f' },
		])).toEqual([
			{ code: 'quiz/blank-kind', field: 'blanks.0', message: 'blank "a" has neither "answers" nor "options"', fix: 'give a typed blank "answers", or a chosen blank "options" and "answer"' },
			{ code: 'quiz/blank-kind', field: 'blanks.1', message: 'blank "b" has both "answers" and "options"', fix: 'keep "answers" for a typed blank or "options" and "answer" for a chosen one' },
			{ code: 'quiz/answer-not-option', field: 'blanks.2.answer', message: 'the answer "r" of blank "c" is not one of its options (p, q)', fix: "set answer to the id of the blank's right option" },
			{ code: 'quiz/answer-not-option', field: 'blanks.3.answer', message: 'the answer "" of blank "d" is not one of its options (p, q)', fix: "set answer to the id of the blank's right option" },
			{ code: 'quiz/blank-kind', field: 'blanks.4.answer', message: 'blank "e" has an "answer" but no "options"', fix: 'list the accepted spellings of a typed blank under "answers"' },
		]);
	});

	test('duplicate blank ids, option ids and option texts', () => {
		const options = [{ id: 'p', text: 'Same' }, { id: 'p', text: 'same ' }];
		expect(clozeProblems('[[1]] [[2]]', [{ id: 'a', options, answer: 'p', feedback: 'f' }, typed('a')]).map((p) => [p.code, p.field])).toEqual([
			['quiz/duplicate-id', 'blanks.0.options'],
			['quiz/duplicate-text', 'blanks.0.options'],
			['quiz/duplicate-id', 'blanks'],
		]);
	});

	test('the schema: a text, at least one blank, a chosen blank with two options', () => {
		const parse = (q: object) => quizSchema.safeParse({ title: 'T', lesson: 'l', questions: [{ ...question, ...q }] });
		expect(parse({}).success).toBe(true);
		expect(parse({ blanks: [] }).error?.issues.map((i) => i.message)).toEqual(['give at least one blank']);
		expect(parse({ blanks: [{ id: 'a', options: [{ id: 'p', text: 'P' }], answer: 'p', feedback: 'f' }] }).error?.issues.map((i) => i.message)).toEqual(['give a chosen blank at least two options']);
		expect(parse({ blanks: [{ id: 'a', answers: [], feedback: 'f' }] }).error?.issues.map((i) => i.message)).toEqual(['list at least one accepted answer']);
		expect(parse({ blanks: [{ id: 'a', answers: ['x'], feedback: 'f', extra: 1 }] }).success).toBe(false);
		expect(parse({ text: undefined }).success).toBe(false);
	});
});

describe('answer key, paper and classroom', () => {
	const letter = (i: number) => 'ABC'[i]!;
	test('the answer key lists each blank answer, with the option letter, and each blank feedback', () => {
		expect(cloze.page.answerKey(question, { letter, labels: { true: 'T', false: 'F' } })).toEqual({
			label: 'ogoh.quiz.correctAnswer',
			list: { ordered: true, items: ['two-step verification / 2FA', 'A. SMS'] },
			feedback: [
				{ head: '1.', text: 'A second step stops a thief.' },
				{ head: '2.', text: 'Nobody real asks for it.' },
			],
		});
		expect(cloze.page.choices(question, { true: 'T', false: 'F' })).toEqual([]);
		expect(cloze.page.hints).toEqual({ quiz: 'ogoh.quiz.clozeHint', print: 'ogoh.print.clozeHint' });
	});

	test('on paper: the text with numbered lines, a chosen blank with lettered options', () => {
		const printed = cloze.page.printed(question, { seed: 1, letter, labels: { true: 'T', false: 'F' } });
		expect(printed).toEqual({
			kind: 'cloze',
			segments: [{ text: 'Turn on ' }, { blank: 1 }, { text: ' and never share the ' }, { blank: 2 }, { text: ' code.' }],
			blanks: [
				{ id: 'twofa', number: 1, options: [], answer: 'two-step verification / 2FA' },
				{
					id: 'code',
					number: 2,
					options: [
						{ id: 'sms', letter: 'A', text: 'SMS', right: true },
						{ id: 'zip', letter: 'B', text: 'postal', right: false },
						{ id: 'color', letter: 'C', text: 'colour', right: false },
					],
					answer: 'SMS',
				},
			],
		});
		expect(tallyOptions(printed.kind === 'cloze' ? printed.blanks : [])).toEqual([
			{ id: 'code/sms', letter: '2A', text: 'SMS', right: true },
			{ id: 'code/zip', letter: '2B', text: 'postal', right: false },
			{ id: 'code/color', letter: '2C', text: 'colour', right: false },
		]);
	});
});

describe('exports', () => {
	test('GIFT has no cloze: left out, with the reason', () => {
		expect(cloze.exports.gift(question, (t) => t, () => '')).toEqual({ omitted: 'GIFT has no fill-in-the-blanks (Cloze) question; the Moodle XML export has it' });
	});

	test('Moodle XML: a Cloze question with embedded answers, one mark per blank', () => {
		expect(cloze.exports.moodleXml(question, { text: (t) => t, answer: () => '', weight: () => '' })).toEqual({
			type: 'cloze',
			defaultGrade: 2,
			inner: [],
			questionText:
				'Fill in the steps.\nTurn on {1:SHORTANSWER:=two-step verification#A second step stops a thief.~=2FA#A second step stops a thief.} and never share the {1:MULTICHOICE:=SMS#Nobody real asks for it.~postal#Nobody real asks for it.~colour#Nobody real asks for it.} code.',
		});
	});

	test('special characters of the embedded syntax are escaped', () => {
		expect(escapeCloze(' a}b#c~d/e"f\\g \n h ')).toBe('a\\}b\\#c\\~d\\/e\\"f\\\\g h');
		expect(embeddedAnswer({ id: 'x', answers: ['1/2'], feedback: 'half #1' })).toBe('{1:SHORTANSWER:=1\\/2#half \\#1}');
		expect(embeddedAnswer({ id: 'x', feedback: 'f' })).toBe('{1:SHORTANSWER:}');
	});
});
