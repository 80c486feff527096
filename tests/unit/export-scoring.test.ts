/* eslint-disable @typescript-eslint/no-explicit-any -- fast-xml-parser returns untyped trees, read here field by field as Moodle reads them */
/**
 * The exports are graded like the site: the same answers (right, wrong, partly right) given to the
 * site's grading and to Moodle's scoring of the exported question (computed from the parsed GIFT
 * and Moodle XML: answer fractions, default marks) earn the same score. Where GIFT cannot say
 * what the site does (ordering, scenario), the difference is asserted, so it stays known.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { quizToGift } from '../../src/lib/export-gift.ts';
import { quizToMoodleXml } from '../../src/lib/export-moodle-xml.ts';
import { gradeQuestion, scoreQuiz, type Response } from '../../src/lib/grading.ts';
import { toGradable } from '../../src/lib/question-types/index.ts';
import { quizSchema, type Question } from '../../src/lib/schemas.ts';

const quiz = quizSchema.parse({
	title: 'Scoring',
	lesson: 'sample',
	questions: [
		{ id: 'single', type: 'single', prompt: 'P', options: [{ id: 'a', text: 'A', feedback: 'f' }, { id: 'b', text: 'B', feedback: 'f' }, { id: 'c', text: 'C', feedback: 'f' }], answer: 'b', explanation: 'e' },
		{ id: 'multi', type: 'multiple', prompt: 'P', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase(), feedback: 'f' })), answer: ['a', 'b', 'd'], explanation: 'e' },
		{ id: 'two', type: 'multiple', prompt: 'P', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase(), feedback: 'f' })), answer: ['a', 'c'], explanation: 'e' },
		{ id: 'tf', type: 'true-false', prompt: 'P', answer: false, feedback: { true: 'no', false: 'yes' }, explanation: 'e' },
		{ id: 'match', type: 'matching', prompt: 'P', pairs: [{ id: 'x', left: 'L1', right: 'R1' }, { id: 'y', left: 'L2', right: 'R2' }, { id: 'z', left: 'L3', right: 'R3' }], explanation: 'e' },
		{
			id: 'sort',
			type: 'categorize',
			prompt: 'P',
			groups: [{ id: 'flag', label: 'Red flag' }, { id: 'ok', label: 'Normal' }],
			items: [
				{ id: 'rush', text: 'Rush', group: 'flag', feedback: 'f' },
				{ id: 'code', text: 'Code', group: 'flag', feedback: 'f' },
				{ id: 'name', text: 'Name', group: 'ok', feedback: 'f' },
				{ id: 'prepay', text: 'Prepay', group: 'flag', feedback: 'f' },
			],
			explanation: 'e',
		},
		{ id: 'order', type: 'ordering', prompt: 'P', items: [{ id: 'p', text: 'Pause' }, { id: 'c', text: 'Check' }, { id: 'r', text: 'Report' }], explanation: 'e' },
		{ id: 'short', type: 'short-text', prompt: 'P', answers: ['two-step verification', '2FA'], feedback: { correct: 'y', incorrect: 'n' }, explanation: 'e' },
		{ id: 'num', type: 'numeric', prompt: 'P', answer: 2.5, tolerance: 0.5, feedback: { correct: 'y', incorrect: 'n' }, explanation: 'e' },
		{
			id: 'flags',
			type: 'hotspot',
			prompt: 'P',
			message: { kind: 'sms', sender: 'Bank-Help24', text: 'Hi! Send the code: today.' },
			regions: [{ id: 'hi', text: 'Hi!', flag: false, feedback: 'f' }, { id: 'code', text: 'Send the code', flag: true, feedback: 'f' }, { id: 'from', text: 'Bank-Help24', flag: true, feedback: 'f' }, { id: 'today', text: 'today', flag: false, feedback: 'f' }],
			explanation: 'e',
		},
		{ id: 'scene', type: 'scenario', prompt: 'P', options: [{ id: 'a', text: 'Go', feedback: 'f' }, { id: 'b', text: 'Stay', feedback: 'f' }], explanation: 'e' },
	],
});
const byId = (id: string): Question => quiz.questions.find((q) => q.id === id)!;

/** A learner's answer in words (option texts, pair texts, typed text), as Moodle receives it. */
type Answer = { chosen: string[] } | { truth: boolean } | { matches: Record<string, string> } | { order: string[] } | { typed: string };

/** The same answer as the site's response, by ids. */
function siteResponse(question: Question, answer: Answer): Response {
	if ('truth' in answer) return { type: 'true-false', value: answer.truth };
	if ('typed' in answer) return { type: 'text', value: answer.typed };
	if ('chosen' in answer && question.type === 'hotspot') return { type: 'choice', chosen: answer.chosen.map((text) => question.regions.find((r) => r.text === text)!.id) };
	if ('chosen' in answer && 'options' in question) return { type: 'choice', chosen: answer.chosen.map((text) => question.options.find((o) => o.text === text)!.id) };
	if ('matches' in answer && question.type === 'matching') {
		const idOf = (side: 'left' | 'right', text: string) => question.pairs.find((p) => p[side] === text)!.id;
		return { type: 'matching', matches: Object.fromEntries(Object.entries(answer.matches).map(([left, right]) => [idOf('left', left), idOf('right', right)])) };
	}
	if ('matches' in answer && question.type === 'categorize') {
		// Categorize is read as matching: item text → group label, as Moodle shows it.
		const item = (text: string) => question.items.find((i) => i.text === text)!.id;
		const group = (label: string) => question.groups.find((g) => g.label === label)!.id;
		return { type: 'matching', matches: Object.fromEntries(Object.entries(answer.matches).map(([text, label]) => [item(text), group(label)])) };
	}
	if ('order' in answer && question.type === 'ordering') return { type: 'ordering', order: answer.order.map((text) => question.items.find((i) => i.text === text)!.id) };
	throw new Error(`no site response for ${question.id}`);
}

const siteScore = (question: Question, answer: Answer) => gradeQuestion(toGradable(question, 'en'), siteResponse(question, answer)).score;

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) });
const xmlQuestions: Record<string, any>[] = parser.parse(quizToMoodleXml(quiz, 'q', 'en')).quiz.question.filter((q: any) => q['@_type'] !== 'category');
const xmlOf = (id: string) => xmlQuestions.find((q) => String(q.name.text) === `q/${id}`)!;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Moodle's score (0 to 1) of an answer to a question read from Moodle XML. */
function moodleXmlScore(xml: Record<string, any>, answer: Answer): number {
	const answers: { fraction: number; text: string; tolerance?: number }[] = (xml.answer ?? []).map((a: any) => ({ fraction: Number(a['@_fraction']) / 100, text: String(a.text), tolerance: a.tolerance === undefined ? undefined : Number(a.tolerance) }));
	const fractionOf = (text: string) => answers.find((a) => a.text === text)?.fraction ?? 0;
	switch (xml['@_type']) {
		case 'multichoice':
			if ('chosen' in answer) return xml.single === 'true' ? fractionOf(answer.chosen[0]!) : clamp(answer.chosen.reduce((sum, text) => sum + fractionOf(text), 0));
			break;
		case 'truefalse':
			if ('truth' in answer) return fractionOf(String(answer.truth));
			break;
		case 'matching': {
			if (!('matches' in answer)) break;
			const subs: { left: string; right: string }[] = xml.subquestion.map((s: any) => ({ left: String(s.text), right: String(s.answer[0].text) }));
			return subs.filter((s) => answer.matches[s.left] === s.right).length / subs.length;
		}
		case 'ordering': {
			if (!('order' in answer) || xml.gradingtype !== 'ALL_OR_NOTHING') break;
			// Answer fractions are positions: the right order is the answers sorted by fraction.
			const right = [...(xml.answer as any[])].sort((a, b) => Number(a['@_fraction']) - Number(b['@_fraction'])).map((a) => String(a.text));
			return JSON.stringify(right) === JSON.stringify(answer.order) ? 1 : 0;
		}
		case 'shortanswer':
			// <usecase>0</usecase>: Moodle compares case-insensitively, nothing else.
			if ('typed' in answer) return Math.max(0, ...answers.filter((a) => a.text.toLowerCase() === answer.typed.trim().toLowerCase()).map((a) => a.fraction));
			break;
		case 'numerical':
			if ('typed' in answer) return Math.max(0, ...answers.filter((a) => Math.abs(Number(answer.typed) - Number(a.text)) <= a.tolerance!).map((a) => a.fraction));
			break;
	}
	throw new Error(`cannot score ${xml['@_type']} with ${JSON.stringify(answer)}`);
}

const giftQuestions = parseGift(quizToGift(quiz, 'q', 'en')).filter((q) => q.type !== 'Category');
const giftOf = (id: string) => giftQuestions.find((q) => q.title === `q/${id}`)!;

/** Moodle's score of an answer to a question read from GIFT. */
function giftScore(gift: GIFTQuestion, answer: Answer): number {
	type Choice = { isCorrect: boolean; weight: number | null; text: { text?: string; number?: number; range?: number } };
	const choices: Choice[] = 'choices' in gift ? (gift.choices as Choice[]) : [];
	const fraction = (c: Choice) => (c.weight ?? (c.isCorrect ? 100 : 0)) / 100;
	const fractionOf = (text: string) => fraction(choices.find((c) => c.text.text === text)!);
	if (gift.type === 'MC' && 'chosen' in answer) {
		const weighted = choices.every((c) => c.weight !== null);
		return weighted ? clamp(answer.chosen.reduce((sum, text) => sum + fractionOf(text), 0)) : fractionOf(answer.chosen[0]!);
	}
	if (gift.type === 'TF' && 'truth' in answer) return answer.truth === gift.isTrue ? 1 : 0;
	if (gift.type === 'Matching' && ('matches' in answer || 'order' in answer)) {
		const pairs = gift.matchPairs.map((p) => ({ left: p.subquestion.text, right: p.subanswer }));
		const matches = 'matches' in answer ? answer.matches : Object.fromEntries(answer.order.map((text, i) => [text, String(i + 1)]));
		return pairs.filter((p) => matches[p.left] === p.right).length / pairs.length;
	}
	if (gift.type === 'Short' && 'typed' in answer) return Math.max(0, ...choices.filter((c) => c.text.text!.toLowerCase() === answer.typed.trim().toLowerCase()).map(fraction));
	if (gift.type === 'Numerical' && 'typed' in answer) return Math.max(0, ...choices.filter((c) => Math.abs(Number(answer.typed) - c.text.number!) <= c.text.range!).map(fraction));
	throw new Error(`cannot score ${gift.type} with ${JSON.stringify(answer)}`);
}

/** [question id, answer, the site's score]: right, wrong and partly right answers of every graded type. */
const CASES: [string, Answer, number][] = [
	['single', { chosen: ['B'] }, 1],
	['single', { chosen: ['A'] }, 0],
	['multi', { chosen: ['A', 'B', 'D'] }, 1],
	['multi', { chosen: ['A'] }, 1 / 3],
	['multi', { chosen: ['A', 'B', 'C'] }, 1 / 3],
	['multi', { chosen: ['A', 'B', 'C', 'D'] }, 2 / 3],
	['multi', { chosen: ['A', 'C'] }, 0],
	['multi', { chosen: ['C'] }, 0],
	['two', { chosen: ['A'] }, 0.5],
	['two', { chosen: ['A', 'B'] }, 0],
	['two', { chosen: ['A', 'C', 'D'] }, 0.5],
	['flags', { chosen: ['Send the code', 'Bank-Help24'] }, 1],
	['flags', { chosen: ['Send the code'] }, 0.5],
	['flags', { chosen: ['Send the code', 'Bank-Help24', 'Hi!'] }, 0.5],
	['flags', { chosen: ['Send the code', 'today'] }, 0],
	['flags', { chosen: ['Hi!', 'today', 'Send the code', 'Bank-Help24'] }, 0],
	['tf', { truth: false }, 1],
	['tf', { truth: true }, 0],
	['match', { matches: { L1: 'R1', L2: 'R2', L3: 'R3' } }, 1],
	['match', { matches: { L1: 'R1', L2: 'R3', L3: 'R2' } }, 1 / 3],
	['match', { matches: { L1: 'R2', L2: 'R3', L3: 'R1' } }, 0],
	['sort', { matches: { Rush: 'Red flag', Code: 'Red flag', Name: 'Normal', Prepay: 'Red flag' } }, 1],
	['sort', { matches: { Rush: 'Red flag', Code: 'Red flag', Name: 'Red flag', Prepay: 'Red flag' } }, 3 / 4],
	['sort', { matches: { Rush: 'Normal', Code: 'Red flag', Name: 'Red flag', Prepay: 'Normal' } }, 1 / 4],
	['sort', { matches: { Rush: 'Normal', Code: 'Normal', Name: 'Red flag', Prepay: 'Normal' } }, 0],
	['order', { order: ['Pause', 'Check', 'Report'] }, 1],
	['order', { order: ['Check', 'Pause', 'Report'] }, 0],
	['short', { typed: '2FA' }, 1],
	['short', { typed: 'two-step VERIFICATION' }, 1],
	['short', { typed: 'password' }, 0],
	['num', { typed: '2.5' }, 1],
	['num', { typed: '2.9' }, 1],
	['num', { typed: '3.1' }, 0],
];

describe('the same answers get the same score on the site and in Moodle', () => {
	test.each(CASES)('%s: %j scores %d on the site', (id, answer, expected) => {
		expect(siteScore(byId(id), answer)).toBeCloseTo(expected, 6);
	});
	test.each(CASES)('%s: %j scores the same from Moodle XML', (id, answer, expected) => {
		expect(moodleXmlScore(xmlOf(id), answer)).toBeCloseTo(expected, 4);
		expect(Number(xmlOf(id).defaultgrade)).toBe(1);
	});
	test.each(CASES.filter(([id]) => id !== 'order'))('%s: %j scores the same from GIFT', (id, answer, expected) => {
		expect(giftScore(giftOf(id), answer)).toBeCloseTo(expected, 4);
	});

	test('wrong multiple-choice options take marks away in both exports, as on the site', () => {
		expect(xmlOf('multi').answer.map((a: any) => a['@_fraction'])).toEqual(['33.33333', '33.33333', '-33.33333', '33.33333']);
		expect(xmlOf('two').answer.map((a: any) => a['@_fraction'])).toEqual(['50', '-50', '50', '-50']);
	});

	test('GIFT has no ordering question: a wrong order earns partial credit there (a known difference)', () => {
		expect(giftScore(giftOf('order'), { order: ['Check', 'Pause', 'Report'] })).toBeCloseTo(1 / 3, 4);
		expect(giftScore(giftOf('order'), { order: ['Pause', 'Check', 'Report'] })).toBe(1);
	});

	test("a hotspot's message is in the question text of both exports, its regions are the options in message order", () => {
		expect(String(xmlOf('flags').questiontext.text)).toBe('P\n\nBank-Help24: Hi! Send the code: today.');
		expect(xmlOf('flags').answer.map((a: any) => [String(a.text), a['@_fraction']])).toEqual([['Bank-Help24', '50'], ['Hi!', '-50'], ['Send the code', '50'], ['today', '-50']]);
		expect(giftOf('flags').stem.text).toBe('P Bank-Help24: Hi! Send the code: today.');
	});

	test('a scenario does not count: 0 marks in Moodle XML, not graded on the site', () => {
		expect(xmlOf('scene').defaultgrade).toBe('0');
		expect(moodleXmlScore(xmlOf('scene'), { chosen: ['Stay'] })).toBe(1);
		expect(gradeQuestion(toGradable(byId('scene'), 'en'), { type: 'choice', chosen: ['b'] })).toMatchObject({ graded: false, score: 0 });
	});

	test('a whole attempt: the site score and the Moodle XML total agree', () => {
		const attempt: [string, Answer][] = [['single', { chosen: ['A'] }], ['multi', { chosen: ['A'] }], ['two', { chosen: ['A', 'C'] }], ['tf', { truth: false }], ['match', { matches: { L1: 'R1', L2: 'R3', L3: 'R2' } }], ['sort', { matches: { Rush: 'Red flag', Code: 'Red flag', Name: 'Red flag', Prepay: 'Red flag' } }], ['order', { order: ['Pause', 'Check', 'Report'] }], ['short', { typed: 'x' }], ['num', { typed: '2' }], ['scene', { chosen: ['Go'] }], ['flags', { chosen: ['Send the code'] }]];
		const results = attempt.map(([id, answer]) => gradeQuestion(toGradable(byId(id), 'en'), siteResponse(byId(id), answer)));
		const site = scoreQuiz(results, results.map((r) => r.graded));
		const moodle = attempt.reduce((sum, [id, answer]) => sum + Number(xmlOf(id).defaultgrade) * moodleXmlScore(xmlOf(id), answer), 0);
		const marks = xmlQuestions.reduce((sum, q) => sum + Number(q.defaultgrade), 0);
		expect(site).toEqual({ score: 5.9, total: 10, answered: 11, questions: 11 });
		expect(marks).toBe(10);
		expect(moodle).toBeCloseTo(14 / 3 + 3 / 4 + 0.5, 4);
		expect(Math.round(moodle * 10) / 10).toBe(site.score);
	});
});

/** Moodle's score of a Cloze question: each embedded answer {weight:TYPE:=right#fb~wrong#fb} scored on its own, weighted by its marks. */
function clozeScore(questionText: string, filled: readonly string[]): number {
	const embedded = [...questionText.matchAll(/\{(\d+):(SHORTANSWER|MULTICHOICE):((?:\\.|[^\\}])*)\}/g)];
	const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
	let marks = 0;
	let earned = 0;
	embedded.forEach(([, weight, kind, body], index) => {
		const alternatives = body!.split(/(?<!\\)~/).map((alternative) => {
			const [answer] = alternative.split(/(?<!\\)#/);
			const right = answer!.startsWith('=');
			return { text: unescape(right ? answer!.slice(1) : answer!), fraction: right ? 1 : 0 };
		});
		const given = filled[index] ?? '';
		// SHORTANSWER compares case-insensitively; MULTICHOICE is the option chosen from the menu.
		const match = alternatives.find((a) => (kind === 'SHORTANSWER' ? a.text.toLowerCase() === given.trim().toLowerCase() : a.text === given));
		marks += Number(weight);
		earned += Number(weight) * (match?.fraction ?? 0);
	});
	return earned / marks;
}

describe('fill in the blanks: the same score on the site and from the Moodle Cloze export; GIFT leaves it out', () => {
	const clozeQuiz = quizSchema.parse({
		title: 'Cloze',
		lesson: 'sample',
		questions: [
			{
				id: 'cloze',
				type: 'cloze',
				prompt: 'P',
				text: 'Turn on [[1]], share no [[2]] and use a [[3]].',
				blanks: [
					{ id: 'twofa', answers: ['2FA', 'two-step verification'], feedback: 'f' },
					{ id: 'code', options: [{ id: 'sms', text: 'SMS code' }, { id: 'name', text: 'name' }], answer: 'sms', feedback: 'f#~' },
					{ id: 'manager', answers: ['password manager'], feedback: 'f' },
				],
				explanation: 'e',
			},
		],
	});
	const question = clozeQuiz.questions[0]!;
	const xml: Record<string, any> = parser.parse(quizToMoodleXml(clozeQuiz, 'q', 'en')).quiz.question.find((q: any) => q['@_type'] === 'cloze');
	const site = (filled: string[]) => {
		if (question.type !== 'cloze') throw new Error('not a cloze question');
		const values = Object.fromEntries(question.blanks.map((blank, i) => [blank.id, blank.options?.find((o) => o.text === filled[i])?.id ?? filled[i]!]));
		return gradeQuestion(toGradable(question, 'en'), { type: 'blanks', values }).score;
	};
	const cases: [string[], number][] = [
		[['2fa', 'SMS code', 'Password Manager'], 1],
		[['two-step verification', 'name', 'password manager'], 2 / 3],
		[['2FA', 'name', 'notes'], 1 / 3],
		[['pin', 'name', 'notes'], 0],
	];
	test.each(cases)('%j scores %d on the site and in Moodle', (filled, expected) => {
		expect(site(filled)).toBeCloseTo(expected, 6);
		expect(clozeScore(String(xml.questiontext.text), filled)).toBeCloseTo(expected, 6);
	});

	test('Moodle gets a Cloze question worth one mark per blank; GIFT has a comment instead of the question', () => {
		expect(xml.defaultgrade).toBe('3');
		expect(xml.answer).toBeUndefined();
		expect(quizToGift(clozeQuiz, 'q', 'en').split('\n').slice(3)).toEqual(['// q/cloze left out: GIFT has no fill-in-the-blanks (Cloze) question; the Moodle XML export has it', '']);
		expect(parseGift(quizToGift(clozeQuiz, 'q', 'en')).filter((q) => q.type !== 'Category')).toEqual([]);
	});
});
