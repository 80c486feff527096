/**
 * Reference rules: every lesson, quiz, glossary term and heading a file names exists. Ids count
 * files that failed their schema too, so a broken file is reported once.
 */
import GithubSlugger from 'github-slugger';
import { SOURCE_LOCALE } from '../locales.ts';
import { reporter, type Problem, type RuleContext } from './types.ts';

/** The ids Astro gives to the `##`-`######` headings of an MDX body (github-slugger, as Astro does). */
export function headingIds(body: string): string[] {
	const slugger = new GithubSlugger();
	const withoutCode = body.replace(/```[\s\S]*?```/g, '');
	return [...withoutCode.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slugger.slug(m[1]!.replace(/[*_`]/g, '')));
}

export function referenceRules({ tree, lessons, quizzes, courses, ids }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const englishQuizzes = new Map(quizzes.filter((q) => q.locale === SOURCE_LOCALE).map((q) => [q.id, q]));
	for (const lesson of lessons) {
		const report = reporter(problems, lesson.file);
		const { quiz, keyTerms } = lesson.value;
		if (quiz !== undefined) {
			const target = englishQuizzes.get(quiz);
			if (!ids.quizzes.has(quiz)) report('ref/quiz', 'quiz', `quiz "${quiz}" does not exist`, `create content/quizzes/en/${quiz}.yaml or fix the id`);
			else if (target && target.value.lesson !== lesson.id) {
				report('ref/quiz-owner', 'quiz', `quiz "${quiz}" belongs to lesson "${target.value.lesson}"`, `set lesson: ${lesson.id} in ${target.file}, or link the right quiz`);
			}
		}
		keyTerms.forEach((term, i) => {
			if (!ids.terms.has(term)) report('ref/term', `keyTerms.${i}`, `glossary term "${term}" does not exist`, `add content/glossary/en/${term}.yaml or fix the id`);
		});
	}
	for (const quiz of quizzes) {
		const report = reporter(problems, quiz.file);
		if (!ids.lessons.has(quiz.value.lesson)) {
			report('ref/lesson', 'lesson', `lesson "${quiz.value.lesson}" does not exist`, `create content/lessons/en/${quiz.value.lesson}.mdx or fix the slug`);
		}
		const lessonFile = tree.lessons.find((l) => l.id === quiz.value.lesson && l.locale === quiz.locale);
		if (!lessonFile) continue;
		const sections = headingIds(lessonFile.body);
		quiz.value.questions.forEach((question, index) => {
			if (question.section && !sections.includes(question.section)) {
				report('ref/section', `questions.${index}.section`, `"${question.section}" is not a heading of ${lessonFile.file}`, `use one of: ${sections.join(', ')}`);
			}
		});
	}
	for (const course of courses) {
		const report = reporter(problems, course.file);
		course.value.modules.forEach((module, index) => {
			module.lessons.forEach((slug, i) => {
				if (!ids.lessons.has(slug)) report('ref/lesson', `modules.${index}.lessons.${i}`, `lesson "${slug}" does not exist`, `create content/lessons/en/${slug}.mdx or fix the slug`);
			});
			module.quizzes.forEach((id, i) => {
				if (!ids.quizzes.has(id)) report('ref/quiz', `modules.${index}.quizzes.${i}`, `quiz "${id}" does not exist`, `create content/quizzes/en/${id}.yaml or fix the id`);
			});
		});
	}
	return problems;
}
