/**
 * The cards that list, topic, home and passport pages hand to their progress elements (lib/progress-view.ts):
 * each lesson with its quiz's answer-key fingerprint and graded questions, so that stored results
 * of an older version of a quiz do not count, and with titles and links for the pages that write them.
 */
import type { Locale } from '../lib/locales.ts';
import type { QuizRef } from '../lib/progress-view.ts';
import { catalogFor } from './catalog.ts';

export interface ShownQuiz extends QuizRef {
	href: string;
}
export interface ShownCard {
	lesson?: string;
	title: string;
	href: string;
	quiz?: ShownQuiz;
}

/** Cards for these lessons (in this order), each with its quiz if it has one. */
export async function lessonCards(locale: Locale, lessons: readonly string[]): Promise<ShownCard[]> {
	const catalog = await catalogFor(locale);
	const byId = new Map(catalog.lessons.map((lesson) => [lesson.id, lesson]));
	const quizzes = new Map(catalog.quizzes.map((quiz) => [quiz.id, quiz]));
	return lessons.flatMap((id) => {
		const lesson = byId.get(id);
		if (!lesson) return [];
		const quiz = lesson.quiz ? quizzes.get(lesson.quiz) : undefined;
		const card: ShownCard = { lesson: id, title: lesson.title, href: lesson.href };
		if (quiz) card.quiz = { id: quiz.id, key: quiz.key, graded: quiz.graded, href: quiz.href };
		return [card];
	});
}

/** Cards for quizzes alone (the quiz list). */
export async function quizCards(locale: Locale, quizzes: readonly string[]): Promise<ShownCard[]> {
	const catalog = await catalogFor(locale);
	const byId = new Map(catalog.quizzes.map((quiz) => [quiz.id, quiz]));
	return quizzes.flatMap((id) => {
		const quiz = byId.get(id);
		return quiz ? [{ title: quiz.title, href: quiz.href, quiz: { id, key: quiz.key, graded: quiz.graded, href: quiz.href } }] : [];
	});
}

/** Only what the list elements read: ids, fingerprints and counts (no titles: the list shows them). */
export function bareCards(cards: readonly ShownCard[]): { lesson?: string; quiz?: QuizRef }[] {
	return cards.map(({ lesson, quiz }) => ({ ...(lesson ? { lesson } : {}), ...(quiz ? { quiz: { id: quiz.id, key: quiz.key, graded: quiz.graded } } : {}) }));
}

const raw = { interpolation: { escapeValue: false } };

/** The strings of <ogoh-progress-list>, placeholders left for the browser (lib/fill.ts). */
export function progressStrings(t: App.Locals['t'], count: 'lessons' | 'quizzes') {
	return {
		done: t('ogoh.progress.done'),
		best: t('ogoh.progress.best', { best: '{best}', total: '{total}', ...raw }),
		started: t('ogoh.progress.started'),
		count: t(`ogoh.progress.${count}`, { done: '{done}', total: '{total}', ...raw }),
	};
}
