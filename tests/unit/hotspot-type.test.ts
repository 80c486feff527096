/**
 * The hotspot module with exact values: grading as multiple choice (partial credit, wrong taps
 * subtract, floor 0), regions found in the message and lettered in message order, the content
 * problems, the answer key, the printed message and the exports.
 */
import { describe, expect, test } from 'vitest';
import { escapeGift, weight } from '../../src/lib/export-gift.ts';
import { hotspot, messageLine, messagePieces, regionProblems, regionsInOrder, type HotspotMessage, type Region } from '../../src/lib/question-types/hotspot.ts';
import { multiple } from '../../src/lib/question-types/multiple.ts';
import type { XmlKit } from '../../src/lib/question-types/define.ts';

const message: HotspotMessage = { kind: 'sms', sender: 'Bank-Help24', text: 'Hello! Your card is blocked. Send the code today.' };
const region = (id: string, text: string, flag: boolean): Region => ({ id, text, flag, feedback: `about ${id}` });
// Authored out of message order: letters follow the message (sender, then text).
const regions = [region('code', 'Send the code', true), region('hello', 'Hello!', false), region('sender', 'Bank-Help24', true), region('today', 'today', true), region('card', 'Your card', false)];
const question = { type: 'hotspot' as const, id: 'sms', prompt: 'Which are red flags?', explanation: 'Banks never ask for codes.', message, regions };
const gradable = hotspot.content.gradable(question, 'en');
const grade = (chosen: string[]) => hotspot.browser.grade(gradable, { type: 'choice', chosen });
const letter = (index: number) => 'ABCDEFGH'[index]!;
const labels = { true: 'T', false: 'F' };

describe('hotspot grading (as multiple choice)', () => {
	test('the browser gets the region ids in authored order and the red flags', () => {
		expect(gradable).toEqual({ type: 'hotspot', options: [{ id: 'code' }, { id: 'hello' }, { id: 'sender' }, { id: 'today' }, { id: 'card' }], answer: ['code', 'sender', 'today'] });
		expect(hotspot.browser.answerIds(gradable)).toEqual(['code', 'sender', 'today']);
		expect(hotspot.content.key(question)).toEqual({ ids: ['code', 'hello', 'sender', 'today', 'card'], answer: ['code', 'sender', 'today'] });
		expect(hotspot.browser.display).toEqual({ graded: true, field: 'hotspot', shuffle: false, feedback: 'every-option' });
	});

	test.each([
		[['code', 'sender', 'today'], 'correct', 1],
		[['code'], 'partial', 1 / 3],
		[['code', 'sender'], 'partial', 2 / 3],
		[['code', 'sender', 'today', 'hello'], 'partial', 2 / 3],
		[['code', 'sender', 'hello'], 'partial', 1 / 3],
		[['code', 'hello'], 'incorrect', 0],
		[['code', 'hello', 'card'], 'incorrect', 0],
		[['hello'], 'incorrect', 0],
		[['code', 'sender', 'today', 'hello', 'card'], 'partial', 1 / 3],
		[[], 'unanswered', 0],
		[['not-a-region'], 'unanswered', 0],
	] as const)('tapping %j is %s, %d', (chosen, verdict, score) => {
		const result = grade([...chosen]);
		expect(result.verdict).toBe(verdict);
		expect(result.score).toBeCloseTo(score, 10);
		expect(result.graded).toBe(true);
	});

	test('scores exactly as a multiple-choice question with the same options and answers', () => {
		const asMultiple = multiple.browser.grade({ type: 'multiple', options: gradable.options, answer: gradable.answer }, { type: 'choice', chosen: ['code', 'card'] });
		expect(grade(['code', 'card'])).toEqual(asMultiple);
		expect(grade(['sender', 'hello']).options).toEqual([
			{ id: 'code', chosen: false, isAnswer: true },
			{ id: 'hello', chosen: true, isAnswer: false },
			{ id: 'sender', chosen: true, isAnswer: true },
			{ id: 'today', chosen: false, isAnswer: true },
			{ id: 'card', chosen: false, isAnswer: false },
		]);
	});

	test('a page attribute is gradable only with a list of option ids and a list of answers', () => {
		expect(hotspot.browser.isGradable({ options: [{ id: 'a' }], answer: ['a'] })).toBe(true);
		expect(hotspot.browser.isGradable({ options: [{ id: 'a' }], answer: 'a' })).toBe(false);
		expect(hotspot.browser.isGradable({ options: [], answer: ['a'] })).toBe(false);
		expect(hotspot.browser.isGradable({ answer: ['a'] })).toBe(false);
	});
});

describe('the message and its regions', () => {
	test('regions are put in message order: sender first, then text', () => {
		expect(regionsInOrder(message, regions).map((r) => r.id)).toEqual(['sender', 'hello', 'card', 'code', 'today']);
		expect(regionsInOrder(message, [region('x', 'missing', true), region('y', 'missing too', true), region('code', 'Send the code', true)]).map((r) => r.id)).toEqual(['code', 'x', 'y']);
	});

	test('each part is cut into plain text and regions with their index in message order', () => {
		expect(messagePieces(message, regions, 'sender')).toEqual([{ text: 'Bank-Help24', region: { id: 'sender', index: 0 } }]);
		expect(messagePieces(message, regions, 'text')).toEqual([
			{ text: 'Hello!', region: { id: 'hello', index: 1 } },
			{ text: ' ' },
			{ text: 'Your card', region: { id: 'card', index: 2 } },
			{ text: ' is blocked. ' },
			{ text: 'Send the code', region: { id: 'code', index: 3 } },
			{ text: ' ' },
			{ text: 'today', region: { id: 'today', index: 4 } },
			{ text: '.' },
		]);
		expect(messagePieces({ kind: 'web', text: 'x.example' }, [region('a', 'nothing', true)], 'sender')).toEqual([]);
		expect(messagePieces({ kind: 'web', text: 'x.example' }, [region('a', 'nothing', true)], 'text')).toEqual([{ text: 'x.example' }]);
	});

	test('an overlapping region is left out of the drawing (the content check reports it)', () => {
		const overlapping = [region('a', 'Send the', true), region('b', 'the code', false)];
		expect(messagePieces(message, overlapping, 'text')).toEqual([{ text: 'Hello! Your card is blocked. ' }, { text: 'Send the', region: { id: 'a', index: 0 } }, { text: ' code today.' }]);
	});

	test('regions side by side are drawn one after the other', () => {
		expect(messagePieces(message, [region('a', 'Send the', true), region('b', ' code', false)], 'text')).toEqual([
			{ text: 'Hello! Your card is blocked. ' },
			{ text: 'Send the', region: { id: 'a', index: 0 } },
			{ text: ' code', region: { id: 'b', index: 1 } },
			{ text: ' today.' },
		]);
	});

	test('the message as one line for the exports', () => {
		expect(messageLine(message)).toBe('Bank-Help24: Hello! Your card is blocked. Send the code today.');
		expect(messageLine({ kind: 'chat', text: 'Hi' })).toBe('Hi');
	});
});

describe('content problems', () => {
	const codes = (m: HotspotMessage, r: Region[]) => regionProblems(m, r).map((p) => [p.code, p.field]);

	test('a valid question has none', () => {
		expect(hotspot.content.problems(question)).toEqual([]);
	});

	test('a region not found, found twice or overlapping another, named by its field', () => {
		expect(codes(message, [region('a', 'send the code', true), region('b', 'Hello!', false)])).toEqual([['quiz/region-not-found', 'regions.0.text']]);
		expect(codes({ kind: 'sms', sender: 'the bank', text: 'the end' }, [region('a', 'the', true), region('b', 'end', false)])).toEqual([['quiz/region-twice', 'regions.0.text']]);
		expect(codes(message, [region('a', 'o', true), region('b', 'Hello!', false)])).toEqual([['quiz/region-twice', 'regions.0.text']]);
		expect(codes(message, [region('a', 'Hello!', false), region('b', 'Send the', true), region('c', 'the code', true)])).toEqual([['quiz/region-overlap', 'regions.2.text']]);
		expect(codes(message, [region('a', 'Hello', false), region('b', 'Hello! Your', true)])).toEqual([['quiz/region-overlap', 'regions.1.text']]);
		expect(regionProblems(message, [region('a', 'Send the', true), region('b', 'the code', false)])[0]).toEqual({
			code: 'quiz/region-overlap',
			field: 'regions.1.text',
			message: 'regions "a" ("Send the") and "b" ("the code") share words, so one tap would mean both',
			fix: 'make the regions separate spans of the message, or join them into one region',
		});
	});

	test('the messages name the region and the fix', () => {
		expect(regionProblems(message, [region('a', 'send the code', true), region('b', 'o', false)])).toEqual([
			{ code: 'quiz/region-not-found', field: 'regions.0.text', message: 'region "a" ("send the code") is not in the message', fix: 'copy the words exactly as they are written in message.text or message.sender (same letters, case and spaces)' },
			{ code: 'quiz/region-twice', field: 'regions.1.text', message: 'region "b" ("o") occurs 5 times in the message, so it is not clear which one is meant', fix: 'make the region longer (add a word next to it) so that it occurs once' },
		]);
		expect(regionProblems(message, [region('a', 'Hello!', false)])[0]).toEqual({ code: 'quiz/no-red-flag', field: 'regions', message: 'no region has flag: true, so there is nothing to find', fix: 'set flag: true on every region that is a red flag' });
		expect(regionProblems(message, [region('a', 'Hello!', true)])[0]).toEqual({
			code: 'quiz/every-option-right',
			field: 'regions',
			message: 'every region is a red flag, so tapping everything earns full marks',
			fix: 'add at least one region that is not a red flag (flag: false), e.g. an ordinary greeting',
		});
	});

	test('regions side by side, or in sender and text, do not overlap', () => {
		expect(codes(message, [region('a', 'Send the', true), region('b', ' code', false)])).toEqual([]);
		expect(codes({ kind: 'email', sender: 'Bank', text: 'Hi from us' }, [region('a', 'Bank', true), region('b', 'Hi', false)])).toEqual([]);
	});

	test('no red flag, every region a red flag, a duplicate id', () => {
		expect(codes(message, [region('a', 'Hello!', false), region('b', 'today', false)])).toEqual([['quiz/no-red-flag', 'regions']]);
		expect(codes(message, [region('a', 'Hello!', true), region('b', 'today', true)])).toEqual([['quiz/every-option-right', 'regions']]);
		expect(codes(message, [region('a', 'Hello!', true), region('a', 'today', false)])).toEqual([['quiz/duplicate-id', 'regions']]);
	});

	test('the schema asks for 2 to 8 regions and a known message kind', async () => {
		const { schemaKit } = await import('../../src/lib/schemas.ts');
		const schema = hotspot.content.schema(schemaKit);
		const many = Array.from({ length: 9 }, (_, i) => region(`r${i}`, `w${i}`, i === 0));
		expect(schema.safeParse(question).success).toBe(true);
		expect(schema.safeParse({ ...question, regions: regions.slice(0, 1) }).error?.issues[0]?.message).toBe('give at least two regions: the red flags and at least one part that is not one');
		expect(schema.safeParse({ ...question, regions: many }).error?.issues[0]?.message).toBe('keep to 8 regions at most; tapping more is guessing');
		expect(schema.safeParse({ ...question, regions: many.slice(0, 8) }).success).toBe(true);
		expect(schema.safeParse({ ...question, message: { ...message, kind: 'fax' } }).success).toBe(false);
		expect(schema.safeParse({ ...question, message: { kind: 'chat', text: 'Hi' } }).success).toBe(true);
		for (const kind of ['sms', 'chat', 'email', 'web']) expect(schema.safeParse({ ...question, message: { ...message, kind } }).success, kind).toBe(true);
		expect(schema.safeParse({ ...question, message: { ...message, from: 'x' } }).success).toBe(false);
		expect(schema.safeParse({ ...question, regions: [...regions.slice(0, 2), { ...regions[2], x: 1 }] }).success).toBe(false);
		expect(schema.safeParse({ ...question, extra: 1 }).success).toBe(false);
	});
});

describe('pages', () => {
	test('choices and the answer key letter the regions in message order', () => {
		expect(hotspot.page.choices(question, labels).map((c) => c.id)).toEqual(['sender', 'hello', 'card', 'code', 'today']);
		expect(hotspot.page.choices(question, labels)[0]).toEqual({ id: 'sender', text: 'Bank-Help24', feedback: 'about sender' });
		expect(hotspot.page.answerKey(question, { letter, labels })).toEqual({
			label: 'ogoh.quiz.correctAnswer',
			answer: { text: 'A. Bank-Help24; D. Send the code; E. today', letters: true },
			feedback: ['sender', 'hello', 'card', 'code', 'today'].map((id, i) => ({ head: `${letter(i)}.`, text: `about ${id}` })),
		});
		expect(hotspot.page.hints).toEqual({ quiz: 'ogoh.quiz.hotspotHint', print: 'ogoh.print.hotspotHint' });
	});

	test('printed: the regions as lettered options and the message with the same letters', () => {
		const printed = hotspot.page.printed(question, { seed: 1, letter, labels });
		expect(printed).toEqual({
			kind: 'choice',
			multiple: true,
			graded: true,
			options: [
				{ id: 'sender', letter: 'A', text: 'Bank-Help24', right: true, feedback: 'about sender' },
				{ id: 'hello', letter: 'B', text: 'Hello!', right: false, feedback: 'about hello' },
				{ id: 'card', letter: 'C', text: 'Your card', right: false, feedback: 'about card' },
				{ id: 'code', letter: 'D', text: 'Send the code', right: true, feedback: 'about code' },
				{ id: 'today', letter: 'E', text: 'today', right: true, feedback: 'about today' },
			],
			message: {
				kind: 'sms',
				sender: [{ text: 'Bank-Help24', region: { letter: 'A', index: 0 } }],
				text: [
					{ text: 'Hello!', region: { letter: 'B', index: 1 } },
					{ text: ' ' },
					{ text: 'Your card', region: { letter: 'C', index: 2 } },
					{ text: ' is blocked. ' },
					{ text: 'Send the code', region: { letter: 'D', index: 3 } },
					{ text: ' ' },
					{ text: 'today', region: { letter: 'E', index: 4 } },
					{ text: '.' },
				],
			},
		});
	});
});

describe('exports', () => {
	test('GIFT: the message after the prompt, the regions as weighted options (+1/k, -1/k)', () => {
		expect(hotspot.exports.gift(question, escapeGift, weight)).toEqual({
			stem: 'Bank-Help24\\: Hello! Your card is blocked. Send the code today.',
			lines: [
				'~%33.33333%Bank-Help24#about sender',
				'~%-33.33333%Hello!#about hello',
				'~%-33.33333%Your card#about card',
				'~%33.33333%Send the code#about code',
				'~%33.33333%today#about today',
			],
		});
	});

	test('Moodle XML: multichoice with several answers, in message order, not shuffled', () => {
		const xml: XmlKit = { text: (t) => `<text>${t}</text>`, answer: (fraction, text, feedback) => `${fraction}|${text}|${feedback}`, weight };
		expect(hotspot.exports.moodleXml(question, xml)).toEqual({
			type: 'multichoice',
			defaultGrade: 1,
			stem: 'Bank-Help24: Hello! Your card is blocked. Send the code today.',
			inner: ['<single>false</single>', '<shuffleanswers>0</shuffleanswers>', '33.33333|Bank-Help24|about sender', '-33.33333|Hello!|about hello', '-33.33333|Your card|about card', '33.33333|Send the code|about code', '33.33333|today|about today'],
		});
	});
});
