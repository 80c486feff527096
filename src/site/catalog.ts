/** What the assignment pages need to know about the curriculum, embedded in the page as JSON. */
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
	quizzes: CatalogEntry[];
	courses: (CatalogEntry & { lessons: string[]; quizzes: string[] })[];
}

export async function catalogFor(locale: Locale): Promise<Catalog> {
	const [lessons, quizzes, courses] = await Promise.all([getLessons(locale), getQuizzes(locale), getCourses(locale)]);
	return {
		lessons: lessons.map(({ slug, entry }) => ({ id: slug, title: entry.data.title, href: href(paths.lesson(locale, slug)), topic: entry.data.topic, quiz: entry.data.quiz })),
		quizzes: quizzes.map(({ slug, entry }) => ({ id: slug, title: entry.data.title, href: href(paths.quiz(locale, slug)) })),
		courses: courses.map(({ slug, entry }) => ({
			id: slug,
			title: entry.data.title,
			href: href(paths.course(locale, slug)),
			lessons: [...new Set(entry.data.modules.flatMap((m) => m.lessons))],
			quizzes: [...new Set(entry.data.modules.flatMap((m) => m.quizzes))],
		})),
	};
}
