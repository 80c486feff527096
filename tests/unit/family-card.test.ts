/** What a lesson's family take-home card shows (src/lib/family-card.ts). */
import { describe, expect, test } from 'vitest';
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
