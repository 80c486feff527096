/** A course's question bank: every quiz its modules use, in the course's language. */
import type { Locale } from '../lib/locales.ts';
import type { Course } from '../lib/schemas.ts';
import { getQuizzes } from './content.ts';

export async function courseQuizzes(course: Course, locale: Locale) {
	const ids = [...new Set(course.modules.flatMap((m) => m.quizzes))];
	const quizzes = await getQuizzes(locale);
	return ids.flatMap((id) => {
		const found = quizzes.find((q) => q.slug === id);
		return found ? [{ id, quiz: found.entry.data }] : [];
	});
}
