/**
 * Every page the site generates, as path builders. Pages, the sidebar and the build's link
 * checker all use these, so a link in a lesson is valid exactly when a page exists for it.
 */
import { localePrefix, localizedPath, type Locale } from './locales.ts';
import { AGE_BANDS, ROLES, TOPICS } from './schemas.ts';

export const paths = {
	home: (locale: Locale) => localizedPath(locale),
	lessons: (locale: Locale) => localizedPath(locale, 'lessons'),
	lesson: (locale: Locale, slug: string) => localizedPath(locale, 'lessons', slug),
	teacherLesson: (locale: Locale, slug: string) => localizedPath(locale, 'lessons', slug, 'teacher'),
	/** The one-page card a family takes home: what the lesson taught, three questions, where to get help. */
	familyCard: (locale: Locale, slug: string) => localizedPath(locale, 'lessons', slug, 'family'),
	quizzes: (locale: Locale) => localizedPath(locale, 'quizzes'),
	quiz: (locale: Locale, id: string) => localizedPath(locale, 'quizzes', id),
	quizClassroom: (locale: Locale, id: string) => localizedPath(locale, 'quizzes', id, 'classroom'),
	quizWorksheet: (locale: Locale, id: string) => localizedPath(locale, 'quizzes', id, 'worksheet'),
	quizAnswerKey: (locale: Locale, id: string) => localizedPath(locale, 'quizzes', id, 'answer-key'),
	quizGift: (locale: Locale, id: string) => `${localizedPath(locale, 'quizzes')}${id}.gift`,
	quizMoodleXml: (locale: Locale, id: string) => `${localizedPath(locale, 'quizzes')}${id}.moodle.xml`,
	simulators: (locale: Locale) => localizedPath(locale, 'simulators'),
	simulator: (locale: Locale, id: string) => localizedPath(locale, 'simulators', id),
	/** A simulator on the projector, the class voting by raised hands at each step. */
	simulatorClassroom: (locale: Locale, id: string) => localizedPath(locale, 'simulators', id, 'classroom'),
	/** Every step of a simulator on paper, with room for the class's tally. */
	simulatorStoryboard: (locale: Locale, id: string) => localizedPath(locale, 'simulators', id, 'storyboard'),
	courses: (locale: Locale) => localizedPath(locale, 'courses'),
	course: (locale: Locale, slug: string) => localizedPath(locale, 'courses', slug),
	courseGift: (locale: Locale, slug: string) => `${localizedPath(locale, 'courses')}${slug}.gift`,
	courseMoodleXml: (locale: Locale, slug: string) => `${localizedPath(locale, 'courses')}${slug}.moodle.xml`,
	assignmentBuilder: (locale: Locale) => localizedPath(locale, 'assignments', 'new'),
	assignment: (locale: Locale) => localizedPath(locale, 'assignments'),
	assignmentCheck: (locale: Locale) => localizedPath(locale, 'assignments', 'check'),
	glossary: (locale: Locale) => localizedPath(locale, 'glossary'),
	glossaryTerm: (locale: Locale, id: string) => `${localizedPath(locale, 'glossary')}#${id}`,
	topic: (locale: Locale, topic: string) => localizedPath(locale, 'topics', topic),
	/** The learner's printable passport of a topic (progress-view.ts, passport.ts). */
	passport: (locale: Locale, topic: string) => localizedPath(locale, 'topics', topic, 'passport'),
	/** "Review my mistakes": questions missed come back after 1, 3 and 7 days (review-schedule.ts). */
	review: (locale: Locale) => localizedPath(locale, 'review'),
	audience: (locale: Locale, audience: string) => localizedPath(locale, 'audience', audience),
	teachers: (locale: Locale) => localizedPath(locale, 'teachers'),
	/** Shown by the service worker for a page that is not saved on this device. */
	offline: (locale: Locale) => localizedPath(locale, 'offline'),
	/** One service worker and app manifest per language: each saves only its own language. */
	serviceWorker: (locale: Locale) => `${localePrefix(locale)}/sw.js`,
	manifest: (locale: Locale) => `${localePrefix(locale)}/manifest.webmanifest`,
	/** The whole built site as a zip, for a laptop with no network. */
	siteZip: () => '/downloads/ogoh-offline.zip',
} as const;

/** What exists, by id; every locale has every page (untranslated ones fall back to English). */
export interface RouteIndex {
	lessons: Iterable<string>;
	quizzes: Iterable<string>;
	courses: Iterable<string>;
	simulators?: Iterable<string>;
}

/** The locale-less paths (English form) of every page the site builds. */
export function sitePaths(index: RouteIndex): Set<string> {
	const en: Locale = 'en';
	const all = new Set<string>([
		paths.home(en),
		paths.lessons(en),
		paths.quizzes(en),
		paths.simulators(en),
		paths.courses(en),
		paths.glossary(en),
		paths.teachers(en),
		paths.assignmentBuilder(en),
		paths.assignment(en),
		paths.assignmentCheck(en),
		paths.offline(en),
		paths.review(en),
		...TOPICS.map((topic) => paths.topic(en, topic)),
		...TOPICS.map((topic) => paths.passport(en, topic)),
		...[...AGE_BANDS, ...ROLES].map((audience) => paths.audience(en, audience)),
	]);
	for (const slug of index.lessons) {
		all.add(paths.lesson(en, slug));
		all.add(paths.teacherLesson(en, slug));
		all.add(paths.familyCard(en, slug));
	}
	for (const id of index.quizzes) {
		for (const path of [paths.quiz, paths.quizClassroom, paths.quizWorksheet, paths.quizAnswerKey]) all.add(path(en, id));
	}
	for (const slug of index.courses) all.add(paths.course(en, slug));
	for (const id of index.simulators ?? []) {
		for (const path of [paths.simulator, paths.simulatorClassroom, paths.simulatorStoryboard]) all.add(path(en, id));
	}
	return all;
}
