/**
 * Every quiz's Moodle exports, read back by real parsers: GIFT by gift-pegjs, Moodle XML by
 * fast-xml-parser. The answer key must survive the round trip, special characters included.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quizToGift, quizzesToGift } from '../../src/lib/export-gift.ts';
import { quizToMoodleXml, quizzesToMoodleXml } from '../../src/lib/export-moodle-xml.ts';
import { messageLine } from '../../src/lib/question-types/hotspot.ts';
import { quizSchema, type Question, type Quiz } from '../../src/lib/schemas.ts';

const tricky = 'Is 2+2={4}? Use ~tilde~, #hash, a: colon and a \\ backslash';
const every: Quiz = quizSchema.parse({
	title: 'All types: {braces} & <tags>',
	lesson: 'sample',
	questions: [
		{ id: 'single', type: 'single', prompt: tricky, options: [{ id: 'a', text: 'A = {1}', feedback: 'f#1' }, { id: 'b', text: 'B ~ 2', feedback: 'f:2' }], answer: 'b', explanation: 'e {x}' },
		{ id: 'multi', type: 'multiple', prompt: 'Pick', options: [{ id: 'a', text: 'A', feedback: 'fa' }, { id: 'b', text: 'B', feedback: 'fb' }, { id: 'c', text: 'C', feedback: 'fc' }, { id: 'd', text: 'D', feedback: 'fd' }], answer: ['a', 'b', 'd'], explanation: 'e' },
		{ id: 'tf', type: 'true-false', prompt: 'A padlock means safe: true?', answer: false, feedback: { true: 'No: fakes have one too', false: 'Right #1' }, explanation: 'e' },
		{ id: 'match', type: 'matching', prompt: 'Match', pairs: [{ id: 'x', left: 'KZ: police', right: '102' }, { id: 'y', left: 'Ambulance', right: '103' }, { id: 'z', left: 'Emergency', right: '112' }], explanation: 'e' },
		{ id: 'order', type: 'ordering', prompt: 'Order', items: [{ id: 'p', text: 'Pause' }, { id: 'c', text: 'Check' }, { id: 'r', text: 'Report' }], explanation: 'e' },
		{ id: 'short', type: 'short-text', prompt: 'Name it', answers: ['two-step verification', '2FA'], feedback: { correct: 'Yes', incorrect: 'No' }, explanation: 'e' },
		{ id: 'num', type: 'numeric', prompt: 'Number?', answer: 2.5, tolerance: 0.5, feedback: { correct: 'Yes', incorrect: 'No' }, explanation: 'e' },
		{ id: 'scene', type: 'scenario', prompt: 'What would you do?', options: [{ id: 'a', text: 'Go', feedback: 'fa' }, { id: 'b', text: 'Stay', feedback: 'fb' }], explanation: 'e' },
	],
});

type Choice = { isCorrect: boolean; weight: number | null; text: { text: string } | { number?: number; range?: number } };
const choicesOf = (q: GIFTQuestion) => ('choices' in q ? (q.choices as Choice[]) : []);
const textOf = (c: Choice) => ('text' in c.text ? c.text.text : '');

/** What the GIFT parser reads as the answer key, in our terms. */
function giftKey(parsed: GIFTQuestion, question: Question): unknown {
	switch (question.type) {
		case 'single':
			return choicesOf(parsed).filter((c) => c.isCorrect).map(textOf);
		case 'multiple':
		case 'hotspot':
			return choicesOf(parsed).filter((c) => (c.weight ?? 0) > 0).map(textOf);
		case 'scenario':
			return choicesOf(parsed).every((c) => c.isCorrect || c.weight === 100);
		case 'true-false':
			return (parsed as { isTrue: boolean }).isTrue;
		case 'matching':
		case 'ordering':
		case 'categorize':
			return (parsed as { matchPairs: { subquestion: { text: string }; subanswer: string }[] }).matchPairs.map((p) => [p.subquestion.text, p.subanswer]);
		case 'short-text':
			return choicesOf(parsed).map(textOf);
		case 'numeric':
			return (parsed as unknown as { choices: { text: { number: number; range: number } }[] }).choices.map((c) => [c.text.number, c.text.range]);
	}
}

function expectedKey(question: Question): unknown {
	const text = (id: string, options: { id: string; text: string }[]) => options.find((o) => o.id === id)!.text;
	switch (question.type) {
		case 'single':
			return [text(question.answer, question.options)];
		case 'multiple':
			return question.options.filter((o) => question.answer.includes(o.id)).map((o) => o.text);
		case 'scenario':
			return true;
		case 'true-false':
			return question.answer;
		case 'matching':
			return question.pairs.map((p) => [p.left, p.right]);
		case 'categorize':
			return question.items.map((item) => [item.text, question.groups.find((g) => g.id === item.group)!.label]);
		case 'hotspot':
			// Regions in the order they appear in the message, as they are lettered.
			return question.regions
				.map((region) => ({ region, at: messageLine(question.message).indexOf(region.text) }))
				.sort((a, b) => a.at - b.at)
				.filter(({ region }) => region.flag)
				.map(({ region }) => region.text);
		case 'cloze':
			// Moodle XML only (GIFT has no Cloze): each blank's accepted answers, or its right option.
			return question.blanks.map((blank) => ('options' in blank && blank.options ? [blank.options.find((o) => o.id === blank.answer)!.text] : blank.answers));
		case 'ordering':
			return question.items.map((item, i) => [item.text, String(i + 1)]);
		case 'short-text':
			return question.answers;
		case 'numeric':
			return [[question.answer, question.tolerance]];
	}
}

function expectGiftRoundTrip(quiz: Quiz, id: string) {
	const gift = quizToGift(quiz, id, 'en');
	const parsed = parseGift(gift).filter((q) => q.type !== 'Category');
	// GIFT has no fill-in-the-blanks question: it is left out, with a comment saying so.
	const inGift = quiz.questions.filter((question) => question.type !== 'cloze');
	for (const question of quiz.questions.filter((q) => q.type === 'cloze')) expect(gift).toContain(`// ${id}/${question.id} left out: `);
	expect(parsed).toHaveLength(inGift.length);
	inGift.forEach((question, i) => {
		const read = parsed[i]!;
		expect(read.title).toBe(`${id}/${question.id}`);
		const stem = question.type === 'hotspot' ? `${question.prompt} ${messageLine(question.message)}` : question.prompt;
		expect(read.stem.text).toBe(stem.replace(/\s*\n\s*/g, ' ').trim());
		expect((read as { globalFeedback?: { text: string } }).globalFeedback?.text).toBe(question.explanation.replace(/\s*\n\s*/g, ' ').trim());
		expect(giftKey(read, question), `${id}/${question.id}`).toEqual(expectedKey(question));
	});
}

/** The parts of a Moodle XML question (as fast-xml-parser reads it) that the round trip compares. */
interface XmlQuestion {
	'@_type': string;
	name: { text: unknown };
	questiontext: { text: unknown };
	answer?: { '@_fraction': string; text: unknown; tolerance?: unknown }[];
	subquestion?: { text: unknown; answer: { text: unknown }[] }[];
}

function expectXmlRoundTrip(quiz: Quiz, id: string) {
	const xml = quizToMoodleXml(quiz, id, 'en');
	expect(XMLValidator.validate(xml)).toBe(true);
	const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) }).parse(xml);
	const questions = (doc.quiz.question as XmlQuestion[]).filter((q) => q['@_type'] !== 'category');
	expect(questions).toHaveLength(quiz.questions.length);
	quiz.questions.forEach((question, i) => {
		const read = questions[i]!;
		expect(String(read.name.text)).toBe(`${id}/${question.id}`);
		if (question.type === 'cloze') {
			// The blanks are embedded in the question text: {1:SHORTANSWER:=a~=b} or {1:MULTICHOICE:=right~wrong}.
			const text = String(read.questiontext.text);
			expect(text.startsWith(question.prompt)).toBe(true);
			const embedded = [...text.matchAll(/\{\d+:(?:SHORTANSWER|MULTICHOICE)[^:]*:(.*?)(?<!\\)\}/g)].map((m) => m[1]!.split(/(?<!\\)~/).filter((a) => a.startsWith('=')).map((a) => a.slice(1).split(/(?<!\\)#/)[0]!.replace(/\\(.)/g, '$1')));
			expect(embedded, `${id}/${question.id}`).toEqual(expectedKey(question));
			return;
		}
		expect(String(read.questiontext.text)).toBe(question.type === 'hotspot' ? `${question.prompt}\n\n${messageLine(question.message)}` : question.prompt);
		const right = (read.answer ?? []).filter((a) => Number(a['@_fraction']) > 0).map((a) => String(a.text));
		const pairs = (read.subquestion ?? []).map((s) => [String(s.text), String(s.answer[0]!.text)]);
		const key = (() => {
			switch (question.type) {
				case 'scenario':
					return right.length === question.options.length;
				case 'true-false':
					return right[0] === 'true';
				case 'matching':
				case 'categorize':
					return pairs;
				case 'ordering':
					// Moodle's ordering question: the answers' fractions are their positions in the right order.
					return [...(read.answer ?? [])].sort((a, b) => Number(a['@_fraction']) - Number(b['@_fraction'])).map((a, i) => [String(a.text), String(i + 1)]);
				case 'numeric':
					return [[Number(right[0]), Number(read.answer?.[0]?.tolerance)]];
				default:
					return right;
			}
		})();
		expect(key, `${id}/${question.id}`).toEqual(expectedKey(question));
	});
}

describe('a quiz with every question type and special characters', () => {
	test('GIFT escapes special characters and keeps every answer', () => {
		const gift = quizToGift(every, 'every', 'en');
		expect(gift).toContain('Is 2+2\\=\\{4\\}? Use \\~tilde\\~, \\#hash, a\\: colon and a \\\\ backslash');
		expectGiftRoundTrip(every, 'every');
	});
	test('multiple choice weights follow the partial-credit rule', () => {
		const parsed = parseGift(quizToGift(every, 'every', 'en')).filter((q) => q.type !== 'Category');
		expect(choicesOf(parsed[1]!).map((c) => c.weight)).toEqual([33.33333, 33.33333, -33.33333, 33.33333]);
	});
	test('Moodle XML is well-formed and keeps every answer', () => {
		expectXmlRoundTrip(every, 'every');
		expect(quizToMoodleXml(every, 'every', 'en')).toContain('All types: {braces} &amp; &lt;tags&gt;');
	});
});

const quizFiles = ['en', 'uz', 'ru'].flatMap((locale) =>
	readdirSync(join('content/quizzes', locale)).map((file) => ({ locale, id: file.replace(/\.ya?ml$/, ''), path: join('content/quizzes', locale, file) }))
);

describe.each(quizFiles)('$locale/$id', ({ id, path }) => {
	const quiz = quizSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
	test.skipIf(!quiz.success)('GIFT export parses and keeps its answers', () => expectGiftRoundTrip(quiz.data!, id));
	test.skipIf(!quiz.success)('Moodle XML export parses and keeps its answers', () => expectXmlRoundTrip(quiz.data!, id));
});

describe('the whole files, exactly (a tiny two-quiz bank)', () => {
	const quiz = quizSchema.parse({
		title: 'Two\nlines',
		lesson: 'sample',
		questions: [
			{ id: 'one', type: 'single', prompt: 'Pick  \n  one', options: [{ id: 'a', text: 'A', feedback: 'No' }, { id: 'b', text: 'B', feedback: 'Yes' }], answer: 'b', explanation: 'Because.' },
			{ id: 'steps', type: 'ordering', prompt: 'Order', items: [{ id: 'p', text: 'Pause' }, { id: 'c', text: 'Check' }, { id: 'r', text: 'Report' }], explanation: 'First stop.' },
		],
	});
	const second = quizSchema.parse({ title: 'Second', lesson: 'other', questions: [quiz.questions[0]] });

	test('GIFT: a header and category per quiz, a line break inside a text as one space, the type comment before its question, feedback and explanation', () => {
		expect(quizzesToGift([{ id: 'q', quiz }, { id: 'r', quiz: second }], 'en')).toBe(
			[
				'// Ogoh quiz "Two lines" (en), lesson sample',
				'$CATEGORY: $course$/Ogoh/Two lines',
				'',
				'::q/one::Pick one {',
				'\t~A#No',
				'\t=B#Yes',
				'\t####Because.',
				'}',
				'',
				'// Ordering question exported as matching: each step goes with its position.',
				'::q/steps::Order {',
				'\t=Pause -> 1',
				'\t=Check -> 2',
				'\t=Report -> 3',
				'\t####First stop.',
				'}',
				'',
				'// Ogoh quiz "Second" (en), lesson other',
				'$CATEGORY: $course$/Ogoh/Second',
				'',
				'::r/one::Pick one {',
				'\t~A#No',
				'\t=B#Yes',
				'\t####Because.',
				'}',
				'',
			].join('\n')
		);
	});

	test('Moodle XML: the declaration, a category per quiz, each answer with its feedback, the explanation as general feedback', () => {
		expect(quizzesToMoodleXml([{ id: 'q', quiz }], 'en')).toBe(
			[
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<!-- Ogoh quizzes (en): q -->',
				'<quiz>',
				'<question type="category"><category><text>$course$/Ogoh/Two\nlines</text></category></question>',
				'<question type="multichoice">',
				'<name><text>q/one</text></name>',
				'<questiontext format="plain_text"><text>Pick  \n  one</text></questiontext>',
				'<generalfeedback format="plain_text"><text>Because.</text></generalfeedback>',
				'<defaultgrade>1</defaultgrade>',
				'<single>true</single>',
				'<shuffleanswers>1</shuffleanswers>',
				'<answer fraction="0" format="plain_text"><text>A</text><feedback format="plain_text"><text>No</text></feedback></answer>',
				'<answer fraction="100" format="plain_text"><text>B</text><feedback format="plain_text"><text>Yes</text></feedback></answer>',
				'</question>',
				'<question type="ordering">',
				'<name><text>q/steps</text></name>',
				'<questiontext format="plain_text"><text>Order</text></questiontext>',
				'<generalfeedback format="plain_text"><text>First stop.</text></generalfeedback>',
				'<defaultgrade>1</defaultgrade>',
				'<layouttype>VERTICAL</layouttype>',
				'<selecttype>ALL</selecttype>',
				'<selectcount>3</selectcount>',
				'<gradingtype>ALL_OR_NOTHING</gradingtype>',
				'<showgrading>SHOW</showgrading>',
				'<answer fraction="1" format="plain_text"><text>Pause</text></answer>',
				'<answer fraction="2" format="plain_text"><text>Check</text></answer>',
				'<answer fraction="3" format="plain_text"><text>Report</text></answer>',
				'</question>',
				'</quiz>',
				'',
			].join('\n')
		);
	});
});
