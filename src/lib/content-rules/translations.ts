/**
 * Translation rules: each translated file mirrors the English one (same ids, types, answers,
 * references), and nothing exists only in translation. What must be translated at all is
 * coverage.ts's.
 */
import type { ContentFile } from '../content-files.ts';
import { questionKey } from '../answer-key.ts';
import { SOURCE_LOCALE } from '../locales.ts';
import type { Course, Lesson, Quiz } from '../schemas.ts';
import { reporter, same, type Parsed, type Problem, type RuleContext } from './types.ts';

const english = <T extends ContentFile>(files: T[]) => new Map(files.filter((f) => f.locale === SOURCE_LOCALE).map((f) => [f.id, f]));
const sourceFile = (dir: string, id: string, ext: string) => `content/${dir}/${SOURCE_LOCALE}/${id}.${ext}`;

function orphan(file: ContentFile, dir: string, ext: string): Problem {
	return {
		code: 'i18n/orphan',
		file: file.file,
		field: '(path)',
		message: `there is no English original ${sourceFile(dir, file.id, ext)}`,
		fix: 'write the English version first, or rename this file to match an English one',
	};
}

const lessonKey = (l: Lesson) => ({ topic: l.topic, audience: l.audience, quiz: l.quiz, keyTerms: l.keyTerms });

function compareQuiz(quiz: Parsed<Quiz>, source: Quiz, problems: Problem[]): void {
	const report = (code: string, field: string, message: string) =>
		reporter(problems, quiz.file)(code, field, message, `copy ids, types and answers from ${sourceFile('quizzes', quiz.id, 'yaml')}; translate only the texts`);
	if (quiz.value.lesson !== source.lesson) report('i18n/quiz-lesson', 'lesson', `lesson is "${quiz.value.lesson}" but the English quiz says "${source.lesson}"`);
	const mine = quiz.value.questions.map(questionKey);
	const theirs = source.questions.map(questionKey);
	if (!same(mine.map((q) => q.id), theirs.map((q) => q.id))) {
		report('i18n/question-ids', 'questions', `question ids [${mine.map((q) => q.id).join(', ')}] differ from English [${theirs.map((q) => q.id).join(', ')}]`);
		return;
	}
	mine.forEach((question, index) => {
		const original = theirs[index]!;
		const at = `questions.${index}`;
		if (question.type !== original.type) {
			report('i18n/question-type', `${at}.type`, `type is "${question.type}" but English has "${original.type}"`);
			return;
		}
		if (!same(question.ids, original.ids)) report('i18n/option-ids', at, `ids [${question.ids.join(', ')}] differ from English [${original.ids.join(', ')}]`);
		if (!same(question.answer, original.answer)) {
			report('i18n/answer', `${at}.answer`, `answer ${JSON.stringify(question.answer)} differs from English ${JSON.stringify(original.answer)}`);
		}
	});
}

const courseKey = (course: Course) => ({
	totalHours: course.totalHours,
	passMark: course.assessment.passMark,
	modules: course.modules.map((m) => ({ id: m.id, hours: m.hours, lessons: m.lessons, quizzes: m.quizzes })),
});

export function translationRules(context: RuleContext): Problem[] {
	const { lessons, quizzes, courses, glossary, ids } = context;
	const problems: Problem[] = [];
	const englishLessons = english(lessons);
	for (const lesson of lessons) {
		if (lesson.locale === SOURCE_LOCALE) continue;
		const original = englishLessons.get(lesson.id);
		if (!original) {
			if (!ids.lessons.has(lesson.id)) problems.push(orphan(lesson, 'lessons', 'mdx'));
			continue;
		}
		const points = { mine: lesson.value.keyPoints.length, theirs: original.value.keyPoints.length };
		if (points.mine !== points.theirs) {
			reporter(problems, lesson.file)('i18n/key-points', 'keyPoints', `${points.mine} key points, but the English lesson has ${points.theirs}`, `translate the key points of ${original.file}, one for one`);
		}
		const mine = lessonKey(lesson.value);
		const theirs = lessonKey(original.value);
		for (const field of Object.keys(mine) as (keyof typeof mine)[]) {
			if (!same(mine[field], theirs[field])) {
				reporter(problems, lesson.file)('i18n/lesson', field, `${field} is ${JSON.stringify(mine[field])} but the English lesson has ${JSON.stringify(theirs[field])}`, `use the same ${field} as ${original.file}`);
			}
		}
	}
	const englishQuizzes = english(quizzes);
	for (const quiz of quizzes) {
		if (quiz.locale === SOURCE_LOCALE) continue;
		const original = englishQuizzes.get(quiz.id);
		if (original) compareQuiz(quiz, original.value, problems);
		else if (!ids.quizzes.has(quiz.id)) problems.push(orphan(quiz, 'quizzes', 'yaml'));
	}
	const englishCourses = english(courses);
	for (const course of courses) {
		if (course.locale === SOURCE_LOCALE) continue;
		const original = englishCourses.get(course.id);
		if (original && !same(courseKey(course.value), courseKey(original.value))) {
			problems.push({ code: 'i18n/course', file: course.file, field: 'modules', message: 'module ids, hours, lessons, quizzes or pass mark differ from the English outline', fix: `copy them from ${original.file}; translate only the texts` });
		} else if (!original && !ids.courses.has(course.id)) problems.push(orphan(course, 'courses', 'yaml'));
	}
	for (const term of glossary) {
		if (term.locale !== SOURCE_LOCALE && !ids.terms.has(term.id)) problems.push(orphan(term, 'glossary', 'yaml'));
	}
	return problems;
}
