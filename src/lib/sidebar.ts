/**
 * The sidebar of every curriculum page, built from the lessons that exist. Links are
 * locale-less: Starlight adds the locale prefix and base path of the page being rendered.
 */
import { SOURCE_LOCALE } from './locales.ts';
import { paths } from './routes.ts';
import { TOPICS, type Topic } from './schemas.ts';

export interface SidebarLesson {
	slug: string;
	title: string;
	topic: Topic;
}

export interface SidebarLabels {
	lessons: string;
	quizzes: string;
	courses: string;
	glossary: string;
	teachers: string;
	assignments: string;
	topics: Record<Topic, string>;
}

export type SidebarItem = { label: string; link: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

export function buildSidebar(lessons: SidebarLesson[], labels: SidebarLabels): SidebarItem[] {
	const en = SOURCE_LOCALE;
	return [
		{ label: labels.lessons, link: paths.lessons(en) },
		...TOPICS.map((topic) => ({
			label: labels.topics[topic],
			items: [
				...lessons
					.filter((lesson) => lesson.topic === topic)
					.map((lesson) => ({ label: lesson.title, link: paths.lesson(en, lesson.slug) })),
			],
		})),
		{ label: labels.quizzes, link: paths.quizzes(en) },
		{ label: labels.courses, link: paths.courses(en) },
		{ label: labels.glossary, link: paths.glossary(en) },
		{ label: labels.teachers, link: paths.teachers(en) },
		{ label: labels.assignments, link: paths.assignmentBuilder(en) },
	];
}
