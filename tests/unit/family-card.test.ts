/** What a lesson's family take-home card shows (src/lib/family-card.ts). */
import { describe, expect, test } from 'vitest';
import { familyRules } from '../../src/lib/content-rules/family.ts';
import type { Parsed, RuleContext } from '../../src/lib/content-rules/types.ts';
import { FAMILY_QUESTIONS, familyCard } from '../../src/lib/family-card.ts';
import type { Lesson } from '../../src/lib/schemas.ts';

const lesson = (roles: Lesson['audience']['roles'], keyPoints: string[]) => ({
	audience: { ages: ['12-14' as const], roles },
	objectives: ['Say no in a friendly way', 'Ask an adult for help'],
	keyPoints,
	familyQuestions: ['What would you say?', 'Who would you tell?', 'What feels hard?'],
});

describe('familyCard', () => {
	test('a lesson for students: what the child learned, from its key points, and its three questions', () => {
		expect(familyCard(lesson(['student', 'teacher'], ['Offers come from friends.', 'No works.', 'Most say no.']))).toEqual({
			headingKey: 'ogoh.family.learned',
			learned: ['Offers come from friends.', 'No works.', 'Most say no.'],
			questions: ['What would you say?', 'Who would you tell?', 'What feels hard?'],
		});
	});
	test('a lesson without key points shows its objectives', () => {
		expect(familyCard(lesson(['student'], [])).learned).toEqual(['Say no in a friendly way', 'Ask an adult for help']);
	});
	test('a lesson for parents and teachers only says what it is about, not what a child learned', () => {
		expect(familyCard(lesson(['parent', 'trainer', 'teacher'], ['Listen more.'])).headingKey).toBe('ogoh.family.about');
		expect(familyCard(lesson(['parent', 'student'], ['Listen more.'])).headingKey).toBe('ogoh.family.learned');
	});
	test('every card asks three questions', () => {
		expect(FAMILY_QUESTIONS).toBe(3);
	});
});

describe('the family card content rules', () => {
	const parsed = (locale: 'en' | 'uz' | 'ru', id: string, familyQuestions: string[]) =>
		({ file: `content/lessons/${locale}/${id}.mdx`, locale, id, data: {}, body: '', bodyLine: 1, value: { familyQuestions } }) as unknown as Parsed<Lesson>;
	const check = (...lessons: Parsed<Lesson>[]) => familyRules({ lessons } as unknown as RuleContext);
	const three = ['a?', 'b?', 'c?'];

	test('three questions in English and as many in each translation: no problem', () => {
		expect(check(parsed('en', 'x', three), parsed('uz', 'x', three), parsed('ru', 'x', three))).toEqual([]);
	});
	test('an English lesson with another number of questions than three', () => {
		expect(check(parsed('en', 'x', ['a?', 'b?']), parsed('en', 'y', ['a?']), parsed('en', 'z', [...three, 'd?']))).toEqual([
			{
				code: 'lesson/family-questions-count',
				file: 'content/lessons/en/x.mdx',
				field: 'familyQuestions',
				message: '2 family questions; the family card asks exactly 3',
				fix: 'write 3 open questions a parent can ask at home, in a familyQuestions list right after keyPoints',
			},
			expect.objectContaining({ file: 'content/lessons/en/y.mdx', message: '1 family question; the family card asks exactly 3' }),
			expect.objectContaining({ file: 'content/lessons/en/z.mdx', message: '4 family questions; the family card asks exactly 3' }),
		]);
	});
	test('an English lesson without questions is left to the curriculum test (a card without questions)', () => {
		expect(check(parsed('en', 'x', []), parsed('uz', 'x', []))).toEqual([]);
	});
	test('a translation with another number than its English lesson, reported once, on the translation', () => {
		expect(check(parsed('uz', 'x', ['a?', 'b?']), parsed('en', 'x', three), parsed('ru', 'x', ['a?']), parsed('ru', 'orphan', ['a?']))).toEqual([
			{
				code: 'i18n/family-questions',
				file: 'content/lessons/uz/x.mdx',
				field: 'familyQuestions',
				message: '2 family questions, but the English lesson has 3',
				fix: 'translate the family questions of content/lessons/en/x.mdx, one for one',
			},
			expect.objectContaining({ code: 'i18n/family-questions', file: 'content/lessons/ru/x.mdx', message: '1 family question, but the English lesson has 3' }),
		]);
	});
});
