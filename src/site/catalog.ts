/** What the assignment pages need to know about the curriculum, embedded in the page as JSON. */
import { answerKeyFingerprint } from '../lib/answer-key.ts';
import type { AssignmentItem } from '../lib/assignment.ts';
import { isGraded } from '../lib/grading.ts';
import type { Locale } from '../lib/locales.ts';
import { paths } from '../lib/routes.ts';
import { getCourses, getLessons, getQuizzes } from './content.ts';
import { href } from './url.ts';

export interface CatalogEntry {
	id: string;
	title: string;
	href: string;
}
export interface Catalog {
	lessons: (CatalogEntry & { topic: string; quiz?: string | undefined })[];
	/** `graded`: points of the quiz; `key`: its answer-key fingerprint (stored results of an older version do not count). */
	quizzes: (CatalogEntry & { graded: number; key: string })[];
	/** `items`: the course's lessons and quizzes in module order, each once. */
	courses: (CatalogEntry & { passMark: number; items: AssignmentItem[] })[];
}

/** A course's lessons and quizzes in module order: each module's lessons, then its quizzes. */
export function courseItems(modules: readonly { lessons: readonly string[]; quizzes: readonly string[] }[]): AssignmentItem[] {
	const seen = new Set<string>();
	const items: AssignmentItem[] = [];
	for (const module of modules) {
		for (const item of [...module.lessons.map((id) => ({ kind: 'lesson' as const, id })), ...module.quizzes.map((id) => ({ kind: 'quiz' as const, id }))]) {
			const key = `${item.kind}:${item.id}`;
			if (!seen.has(key)) items.push(item);
			seen.add(key);
		}
	}
	return items;
}

export async function catalogFor(locale: Locale): Promise<Catalog> {
	const [lessons, quizzes, courses] = await Promise.all([getLessons(locale), getQuizzes(locale), getCourses(locale)]);
	return {
		lessons: lessons.map(({ slug, entry }) => ({ id: slug, title: entry.data.title, href: href(paths.lesson(locale, slug)), topic: entry.data.topic, quiz: entry.data.quiz })),
		quizzes: quizzes.map(({ slug, entry }) => ({
			id: slug,
			title: entry.data.title,
			href: href(paths.quiz(locale, slug)),
			graded: entry.data.questions.filter((q) => isGraded(q.type)).length,
			key: answerKeyFingerprint(entry.data.questions),
		})),
		courses: courses.map(({ slug, entry }) => ({
			id: slug,
			title: entry.data.title,
			href: href(paths.course(locale, slug)),
			passMark: entry.data.assessment.passMark,
			items: courseItems(entry.data.modules),
		})),
	};
}
