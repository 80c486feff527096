/**
 * The categorize module with exact values: grading (the share of items in their right group),
 * what the page accepts as gradable, the schema's limits, the content problems, the answer key,
 * the printed form and the exports.
 */
import { describe, expect, test } from 'vitest';
import { categorize, categorizeBrowser } from '../../src/lib/question-types/categorize.ts';
import { quizSchema } from '../../src/lib/schemas.ts';

const question = {
	type: 'categorize' as const,
	id: 'share',
	prompt: 'Safe to share or never share?',
	explanation: 'Codes are never shared.',
	groups: [
		{ id: 'safe', label: 'Safe to share' },
		{ id: 'never', label: 'Never share' },
	],
	items: [
		{ id: 'code', text: 'SMS code', group: 'never', feedback: 'A code opens your account.' },
		{ id: 'hobby', text: 'Your hobby', group: 'safe', feedback: 'Harmless.' },
		{ id: 'card', text: 'Card number', group: 'never', feedback: 'Money can be taken.' },
		{ id: 'pass', text: 'Password', group: 'never', feedback: 'Never.' },
	],
};
const gradable = categorize.content.gradable(question, 'en');
const grade = (matches: Record<string, string>) => categorizeBrowser.grade(gradable, { type: 'matching', matches });
const parts = (...right: boolean[]) => ['code', 'hobby', 'card', 'pass'].map((id, i) => ({ id, right: right[i] }));

describe('categorize: grading', () => {
	test('the browser gets each item with its group, no texts', () => {
		expect(gradable).toEqual({
			type: 'categorize',
			items: [
				{ id: 'code', group: 'never' },
				{ id: 'hobby', group: 'safe' },
				{ id: 'card', group: 'never' },
				{ id: 'pass', group: 'never' },
			],
		});
	});

	test('all items in their group: 1, correct', () => {
		expect(grade({ code: 'never', hobby: 'safe', card: 'never', pass: 'never' })).toEqual({ verdict: 'correct', score: 1, graded: true, options: [], parts: parts(true, true, true, true) });
	});

	test('several items may share a group; three of four right is 0.75, partial', () => {
		expect(grade({ code: 'never', hobby: 'never', card: 'never', pass: 'never' })).toEqual({ verdict: 'partial', score: 0.75, graded: true, options: [], parts: parts(true, false, true, true) });
	});

	test('one item answered right and the rest left open: 0.25, partial', () => {
		expect(grade({ code: 'never', hobby: '', card: '', pass: '' })).toMatchObject({ verdict: 'partial', score: 0.25, parts: parts(true, false, false, false) });
	});

	test('every item in the wrong group: 0, incorrect', () => {
		expect(grade({ code: 'safe', hobby: 'never', card: 'safe', pass: 'safe' })).toEqual({ verdict: 'incorrect', score: 0, graded: true, options: [], parts: parts(false, false, false, false) });
	});

	test('nothing chosen, or a response of another shape: unanswered', () => {
		expect(grade({ code: '', hobby: '', card: '', pass: '' })).toEqual({ verdict: 'unanswered', score: 0, graded: true, options: [], parts: parts(false, false, false, false) });
		expect(grade({})).toMatchObject({ verdict: 'unanswered', score: 0 });
		expect(categorizeBrowser.grade(gradable, { type: 'choice', chosen: ['never'] })).toMatchObject({ verdict: 'unanswered', score: 0, parts: parts(false, false, false, false) });
	});

	test('shown without shuffling, with each item marked; no option ids', () => {
		expect(categorize.type).toBe('categorize');
		expect(categorizeBrowser.display).toEqual({ graded: true, field: 'categorize', shuffle: false, feedback: 'every-option' });
		expect(categorizeBrowser.answerIds(gradable)).toEqual([]);
	});

	test('a page attribute is gradable only with items that have an id and a group', () => {
		expect(categorizeBrowser.isGradable({ items: [{ id: 'a', group: 'x' }] })).toBe(true);
		expect(categorizeBrowser.isGradable({ items: [{ id: 'a', group: 'x' }, { id: 'b' }] })).toBe(false);
		expect(categorizeBrowser.isGradable({ items: [{ id: 'a', group: 1 }] })).toBe(false);
		expect(categorizeBrowser.isGradable({ items: [] })).toBe(false);
		expect(categorizeBrowser.isGradable({})).toBe(false);
	});
});

describe('categorize: content', () => {
	const quiz = (q: object) => quizSchema.safeParse({ title: 'T', lesson: 'sample', questions: [q] });
	const messages = (q: object) => {
		const parsed = quiz(q);
		return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};

	test('the schema accepts 2 to 4 groups and at least 3 items, with every field', () => {
		expect(quiz(question).success).toBe(true);
		expect(messages({ ...question, groups: question.groups.slice(0, 1) })).toEqual(['questions.0.groups: give at least two groups']);
		const five = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id }));
		expect(messages({ ...question, groups: five })).toEqual(['questions.0.groups: give at most four groups: more is hard to choose from on a phone and to vote on by hand']);
		expect(messages({ ...question, items: question.items.slice(0, 2) })).toEqual(['questions.0.items: give at least three items (Moodle needs three)']);
		expect(quiz({ ...question, items: question.items.map(({ feedback: _, ...item }) => item) }).success).toBe(false);
		expect(quiz({ ...question, items: question.items.map((item) => ({ ...item, extra: 1 })) }).success).toBe(false);
	});

	test('the key: group and item ids, and each item\'s group', () => {
		expect(categorize.content.key(question)).toEqual({ ids: ['safe', 'never', 'code', 'hobby', 'card', 'pass'], answer: { code: 'never', hobby: 'safe', card: 'never', pass: 'never' } });
	});

	test('a valid question has no problems', () => {
		expect(categorize.content.problems(question)).toEqual([]);
	});

	test('an item in a group that does not exist', () => {
		const items = question.items.map((item) => (item.id === 'card' ? { ...item, group: 'secret' } : item));
		expect(categorize.content.problems({ ...question, items })).toEqual([
			{ code: 'quiz/unknown-group', field: 'items', message: 'the item "Card number" is in group "secret", which is not one of the groups (safe, never)', fix: 'set group to the id of one of the groups' },
		]);
	});

	test('a group no item belongs to', () => {
		const groups = [...question.groups, { id: 'maybe', label: 'Ask first' }];
		expect(categorize.content.problems({ ...question, groups })).toEqual([
			{ code: 'quiz/empty-group', field: 'groups', message: 'no item belongs to group "maybe", so a learner who never chooses it loses nothing', fix: 'put at least one item in every group, or remove the group' },
		]);
	});

	test('duplicate item texts, group labels and ids', () => {
		const items = question.items.map((item) => (item.id === 'pass' ? { ...item, text: ' sms CODE ' } : item));
		expect(categorize.content.problems({ ...question, items }).map((p) => [p.code, p.field, p.message])).toEqual([['quiz/duplicate-text', 'items', 'the item text "sms code" appears twice, so a learner cannot tell them apart']]);
		const groups = [question.groups[0]!, { id: 'safe', label: 'safe to share' }];
		expect(categorize.content.problems({ ...question, groups })[1]!.message).toBe('the group text "safe to share" appears twice, so a learner cannot tell them apart');
		expect(categorize.content.problems({ ...question, groups }).map((p) => [p.code, p.field])).toEqual([
			['quiz/duplicate-id', 'groups'],
			['quiz/duplicate-text', 'groups'],
			['quiz/unknown-group', 'items'],
			['quiz/unknown-group', 'items'],
			['quiz/unknown-group', 'items'],
		]);
		const twice = question.items.map((item) => (item.id === 'pass' ? { ...item, id: 'code' } : item));
		expect(categorize.content.problems({ ...question, items: twice }).map((p) => [p.code, p.field])).toEqual([['quiz/duplicate-id', 'items']]);
	});
});

describe('categorize: page, paper and exports', () => {
	test('no choices; the answer key gives each item\'s group and feedback', () => {
		expect(categorize.page.choices(question, { true: 'T', false: 'F' })).toEqual([]);
		expect(categorize.page.hints).toEqual({ quiz: 'ogoh.quiz.categorizeHint', print: 'ogoh.print.categorizeHint' });
		expect(categorize.page.answerKey(question, { letter: String, labels: { true: 'T', false: 'F' } })).toEqual({
			label: 'ogoh.quiz.correctAnswer',
			list: { ordered: false, items: ['SMS code → Never share', 'Your hobby → Safe to share', 'Card number → Never share', 'Password → Never share'] },
			feedback: [
				{ head: 'SMS code', text: 'A code opens your account.' },
				{ head: 'Your hobby', text: 'Harmless.' },
				{ head: 'Card number', text: 'Money can be taken.' },
				{ head: 'Password', text: 'Never.' },
			],
		});
	});

	test('on paper: the groups as columns, the items lettered in their authored order', () => {
		expect(categorize.page.printed(question, { seed: 1, letter: (i) => 'АБВГ'[i]!, labels: { true: 'T', false: 'F' } })).toEqual({
			kind: 'categorize',
			groups: [
				{ id: 'safe', label: 'Safe to share' },
				{ id: 'never', label: 'Never share' },
			],
			items: [
				{ id: 'code', letter: 'А', text: 'SMS code', group: 'never', feedback: 'A code opens your account.' },
				{ id: 'hobby', letter: 'Б', text: 'Your hobby', group: 'safe', feedback: 'Harmless.' },
				{ id: 'card', letter: 'В', text: 'Card number', group: 'never', feedback: 'Money can be taken.' },
				{ id: 'pass', letter: 'Г', text: 'Password', group: 'never', feedback: 'Never.' },
			],
		});
	});

	test('GIFT matching, item -> group, the same group for several items', () => {
		expect(categorize.exports.gift(question, (text) => `<${text}>`, () => '')).toEqual({
			lines: ['=<SMS code> -> <Never share>', '=<Your hobby> -> <Safe to share>', '=<Card number> -> <Never share>', '=<Password> -> <Never share>'],
		});
	});

	test('Moodle XML matching: the items as subquestions, the group label as each answer', () => {
		expect(categorize.exports.moodleXml(question, { text: (t) => `[${t}]`, answer: () => '', weight: () => '' })).toEqual({
			type: 'matching',
			defaultGrade: 1,
			inner: [
				'<shuffleanswers>1</shuffleanswers>',
				'<subquestion format="plain_text">[SMS code]<answer>[Never share]</answer></subquestion>',
				'<subquestion format="plain_text">[Your hobby]<answer>[Safe to share]</answer></subquestion>',
				'<subquestion format="plain_text">[Card number]<answer>[Never share]</answer></subquestion>',
				'<subquestion format="plain_text">[Password]<answer>[Never share]</answer></subquestion>',
			],
		});
	});

	test('a group missing from the list is named by its id (the content check reports it)', () => {
		const items = question.items.map((item) => (item.id === 'hobby' ? { ...item, group: 'gone' } : item));
		const gift = categorize.exports.gift({ ...question, items }, (t) => t, () => '');
		expect('lines' in gift ? gift.lines[1] : gift.omitted).toBe('=Your hobby -> gone');
	});
});
