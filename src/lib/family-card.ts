/**
 * The family take-home card of a lesson (/lessons/<slug>/family/): one printed page for the
 * family, in its language, saying what the lesson taught, three questions to talk about at home
 * (the lesson's `familyQuestions`) and where to get help. This module decides what the card shows;
 * the page (src/pages/[...lang]/lessons/[slug]/family.astro) only lays it out.
 */
import type { Lesson } from './schemas.ts';

/** How many questions every family card asks: the content check holds every lesson to it. */
export const FAMILY_QUESTIONS = 3;

export interface FamilyCard {
	/**
	 * The heading over what the lesson taught: what the child learned, or, for a lesson written
	 * for parents and teachers only (no student among its roles), what the lesson is about.
	 */
	headingKey: 'ogoh.family.learned' | 'ogoh.family.about';
	/** The lesson's key points, or its objectives when it has none. */
	learned: string[];
	questions: string[];
}

export function familyCard(lesson: Pick<Lesson, 'audience' | 'objectives' | 'keyPoints' | 'familyQuestions'>): FamilyCard {
	return {
		headingKey: lesson.audience.roles.includes('student') ? 'ogoh.family.learned' : 'ogoh.family.about',
		learned: lesson.keyPoints.length > 0 ? lesson.keyPoints : lesson.objectives,
		questions: lesson.familyQuestions,
	};
}
