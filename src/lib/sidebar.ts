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
	/** The chat simulators' list; left out of the sidebar when not given. */
	simulators?: string;
	courses: string;
	glossary: string;
	teachers: string;
	assignments: string;
	topics: Record<Topic, string>;
}

export type SidebarItem = { label: string; link: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

/**
 * Every page carries the whole sidebar, so a topic with more lessons than this becomes one link
 * to its topic page: page size and build time per page stay flat as the curriculum grows.
 */
export const SIDEBAR_LESSONS_PER_TOPIC = 20;

export function buildSidebar(lessons: SidebarLesson[], labels: SidebarLabels): SidebarItem[] {
	const en = SOURCE_LOCALE;
	const topicItem = (topic: Topic): SidebarItem => {
		const inTopic = lessons.filter((lesson) => lesson.topic === topic);
		if (inTopic.length > SIDEBAR_LESSONS_PER_TOPIC) return { label: labels.topics[topic], link: paths.topic(en, topic) };
		return {
			label: labels.topics[topic],
			items: inTopic.map((lesson) => ({ label: lesson.title, link: paths.lesson(en, lesson.slug) })),
		};
	};
	return [
		{ label: labels.lessons, link: paths.lessons(en) },
		...TOPICS.map(topicItem),
		{ label: labels.quizzes, link: paths.quizzes(en) },
		...(labels.simulators ? [{ label: labels.simulators, link: paths.simulators(en) }] : []),
		{ label: labels.courses, link: paths.courses(en) },
		{ label: labels.glossary, link: paths.glossary(en) },
		{ label: labels.teachers, link: paths.teachers(en) },
		{ label: labels.assignments, link: paths.assignmentBuilder(en) },
	];
}
