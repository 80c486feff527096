/**
 * Checks the whole curriculum before the site is built. Each problem names the file, the field
 * and the fix, because the people who read these messages are lesson writers and translators.
 */
import GithubSlugger from 'github-slugger';
import type { z } from 'zod';
import type { ContentFile, ContentTree, ParseProblem } from './content-files.ts';
import { questionKey } from './answer-key.ts';
import { answerIds } from './grading.ts';
import { SOURCE_LOCALE, splitLocale, type Locale } from './locales.ts';
import { sitePaths } from './routes.ts';
import { bannedWordsIn, phoneNumbersIn, REQUIRED_PARTS } from './style-check.ts';
import {
	courseSchema,
	glossaryTermSchema,
	helplinesSchema,
	lessonSchema,
	QUESTION_TYPES,
	quizSchema,
	type Course,
	type Lesson,
	type Quiz,
} from './schemas.ts';

export type Problem = ParseProblem;

interface Parsed<T> extends ContentFile {
	value: T;
}

/** Turns a zod issue into a message and a fix a content author can act on. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): { field: string; message: string; fix: string } {
	const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
	const received = issue.path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data
	);
	switch (issue.code) {
		case 'invalid_type':
			if (received === undefined) {
				return { field, message: `"${field}" is missing`, fix: `add "${field}" (expected ${issue.expected})` };
			}
			return {
				field,
				message: `expected ${issue.expected}, received ${JSON.stringify(received)}`,
				fix: `write "${field}" as ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`,
			};
		case 'invalid_value':
			return {
				field,
				message: `${JSON.stringify(received)} is not allowed`,
				fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
			};
		case 'unrecognized_keys':
			return {
				field,
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
				fix: 'check the spelling against content/README.md, or remove the field',
			};
		case 'invalid_union': {
			// zod puts a discriminated union's issue on the discriminator itself (questions.0.type).
			if ((issue as { discriminator?: string }).discriminator || issue.errors.length === 0) {
				return {
					field,
					message: `unknown question type ${JSON.stringify(received)}`,
					fix: `set type to one of: ${QUESTION_TYPES.join(', ')}`,
				};
			}
			return { field, message: issue.message, fix: 'see content/README.md for the allowed shapes' };
		}
		default:
			return { field, message: issue.message, fix: 'correct the value as the message says' };
	}
}

function parseAll<T>(files: ContentFile[], schema: z.ZodType<T>, problems: Problem[]): Parsed<T>[] {
	const parsed: Parsed<T>[] = [];
	for (const file of files) {
		const result = schema.safeParse(file.data);
		if (result.success) parsed.push({ ...file, value: result.data });
		else {
			for (const issue of result.error.issues) problems.push({ file: file.file, ...describeIssue(issue, file.data) });
		}
	}
	return parsed;
}

function byLocale<T extends ContentFile>(files: T[], locale: Locale): Map<string, T> {
	return new Map(files.filter((f) => f.locale === locale).map((f) => [f.id, f]));
}

function sourceFile(dir: string, id: string, ext: string): string {
	return `content/${dir}/${SOURCE_LOCALE}/${id}.${ext}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function findDuplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

function checkQuiz(quiz: Parsed<Quiz>, problems: Problem[]): void {
	const report = (field: string, message: string, fix: string) => problems.push({ file: quiz.file, field, message, fix });
	for (const id of findDuplicates(quiz.value.questions.map((q) => q.id))) {
		report('questions', `question id "${id}" is used more than once`, 'give every question its own id');
	}
	quiz.value.questions.forEach((question, index) => {
		const at = `questions.${index}`;
		const { ids } = questionKey(question);
		const part = { single: 'options', multiple: 'options', scenario: 'options', matching: 'pairs', ordering: 'items' }[
			question.type as string
		];
		for (const id of findDuplicates(ids)) {
			report(`${at}.${part}`, `id "${id}" is used more than once in question "${question.id}"`, 'give every option, pair or item its own id');
		}
		if (question.type !== 'single' && question.type !== 'multiple') return;
		const answers = answerIds(question);
		for (const answer of answers) {
			if (!ids.includes(answer)) {
				report(
					`${at}.answer`,
					`answer "${answer}" of question "${question.id}" is not one of its options (${ids.join(', ')})`,
					'set answer to the id of the correct option'
				);
			}
		}
		for (const id of findDuplicates(answers)) {
			report(`${at}.answer`, `answer "${id}" is listed twice in question "${question.id}"`, 'list each correct option once');
		}
	});
}

function checkQuizAgainstSource(quiz: Parsed<Quiz>, source: Quiz, problems: Problem[]): void {
	const report = (field: string, message: string) =>
		problems.push({ file: quiz.file, field, message, fix: `copy ids, types and answers from ${sourceFile('quizzes', quiz.id, 'yaml')}; translate only the texts` });
	if (quiz.value.lesson !== source.lesson) report('lesson', `lesson is "${quiz.value.lesson}" but the English quiz says "${source.lesson}"`);
	const mine = quiz.value.questions.map(questionKey);
	const theirs = source.questions.map(questionKey);
	if (!same(mine.map((q) => q.id), theirs.map((q) => q.id))) {
		report('questions', `question ids [${mine.map((q) => q.id).join(', ')}] differ from English [${theirs.map((q) => q.id).join(', ')}]`);
		return;
	}
	mine.forEach((question, index) => {
		const english = theirs[index]!;
		const at = `questions.${index}`;
		if (question.type !== english.type) {
			report(`${at}.type`, `type is "${question.type}" but English has "${english.type}"`);
			return;
		}
		if (!same(question.ids, english.ids)) report(`${at}`, `ids [${question.ids.join(', ')}] differ from English [${english.ids.join(', ')}]`);
		if (!same(question.answer, english.answer)) {
			report(`${at}.answer`, `answer ${JSON.stringify(question.answer)} differs from English ${JSON.stringify(english.answer)}`);
		}
	});
}

function checkCourse(course: Parsed<Course>, lessons: Set<string>, quizzes: Set<string>, problems: Problem[]): void {
	const report = (field: string, message: string, fix: string) => problems.push({ file: course.file, field, message, fix });
	const { modules, totalHours } = course.value;
	const sum = modules.reduce((total, m) => total + m.hours, 0);
	if (Math.abs(sum - totalHours) > 1e-9) {
		report('totalHours', `totalHours is ${totalHours} but the modules add up to ${sum}`, `set totalHours to ${sum} or correct the module hours`);
	}
	for (const id of findDuplicates(modules.map((m) => m.id))) {
		report('modules', `module id "${id}" is used more than once`, 'give every module its own id');
	}
	modules.forEach((module, index) => {
		module.lessons.forEach((slug, i) => {
			if (!lessons.has(slug)) report(`modules.${index}.lessons.${i}`, `lesson "${slug}" does not exist`, `create content/lessons/en/${slug}.mdx or fix the slug`);
		});
		module.quizzes.forEach((id, i) => {
			if (!quizzes.has(id)) report(`modules.${index}.quizzes.${i}`, `quiz "${id}" does not exist`, `create content/quizzes/en/${id}.yaml or fix the id`);
		});
	});
}

function courseKey(course: Course) {
	return {
		totalHours: course.totalHours,
		passMark: course.assessment.passMark,
		modules: course.modules.map((m) => ({ id: m.id, hours: m.hours, lessons: m.lessons, quizzes: m.quizzes })),
	};
}

/** The ids Astro gives to the `##`-`######` headings of an MDX body (github-slugger, as Astro does). */
export function headingIds(body: string): string[] {
	const slugger = new GithubSlugger();
	const withoutCode = body.replace(/```[\s\S]*?```/g, '');
	return [...withoutCode.matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slugger.slug(m[1]!.replace(/[*_`]/g, '')));
}

/** Internal links in an MDX body: markdown links and href attributes that start with "/". */
export function internalLinks(body: string): string[] {
	const links: string[] = [];
	for (const match of body.matchAll(/\]\((\/[^)\s]*)[^)]*\)|href=["'](\/[^"']*)["']/g)) {
		links.push(match[1] ?? match[2]);
	}
	return links;
}

function checkLinks(files: ContentFile[], known: Set<string>, glossaryIds: Set<string>, problems: Problem[]): void {
	for (const file of files) {
		for (const link of internalLinks(file.body)) {
			const [pathWithQuery, anchor] = link.split('#');
			const path = pathWithQuery.split('?')[0];
			const { rest } = splitLocale(path);
			const normalised = rest.endsWith('/') ? rest : `${rest}/`;
			if (!known.has(normalised)) {
				problems.push({
					file: file.file,
					field: '(body)',
					message: `broken link "${link}": no page has that address`,
					fix: 'link to an existing page, e.g. /lessons/<slug>/ or /quizzes/<id>/ with the locale prefix (/uz, /ru) of this file',
				});
			} else if (normalised === '/glossary/' && anchor && !glossaryIds.has(anchor)) {
				problems.push({ file: file.file, field: '(body)', message: `broken link "${link}": no glossary term "${anchor}"`, fix: `add content/glossary/en/${anchor}.yaml or fix the id` });
			}
		}
		for (const match of file.body.matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
			if (!glossaryIds.has(match[1])) {
				problems.push({ file: file.file, field: '(body)', message: `<Term id="${match[1]}"> names a glossary term that does not exist`, fix: `add content/glossary/en/${match[1]}.yaml or fix the id` });
			}
		}
	}
}

function checkUiStrings(tree: ContentTree, problems: Problem[]): void {
	const english = tree.uiStrings.get(SOURCE_LOCALE);
	if (!english) return;
	for (const [locale, { file, strings }] of tree.uiStrings) {
		if (locale === SOURCE_LOCALE) continue;
		for (const key of Object.keys(english.strings)) {
			const value = strings[key];
			if (typeof value !== 'string' || value.trim() === '') {
				problems.push({ file, field: key, message: `the UI string "${key}" is missing`, fix: `add "${key}" translated from ${english.file}` });
			}
		}
	}
}

/** Every string inside parsed YAML, one per item, so each can be checked as text. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** Rules from content/STYLE.md: required lesson parts, verified phone numbers only, no stigmatising words. */
function checkStyle(tree: ContentTree, helplineNumbers: ReadonlySet<string>, problems: Problem[]): void {
	for (const lesson of tree.lessons) {
		for (const part of REQUIRED_PARTS) {
			if (!part.pattern.test(lesson.body)) {
				problems.push({ file: lesson.file, field: '(body)', message: `the lesson has no ${part.name}`, fix: part.fix });
			}
		}
		for (const number of phoneNumbersIn(lesson.body)) {
			if (!helplineNumbers.has(number)) {
				problems.push({ file: lesson.file, field: '(body)', message: `phone number ${number} is not in content/helplines.yaml`, fix: 'remove it and use <HelpBlock />, or add it to helplines.yaml with its source' });
			}
		}
	}
	for (const file of [...tree.lessons, ...tree.quizzes, ...tree.glossary, ...tree.courses]) {
		for (const word of bannedWordsIn(`${stringsIn(file.data).join('\n')}\n${file.body}`, file.locale)) {
			problems.push({
				file: file.file,
				field: '(text)',
				message: `"${word}" labels people by drug use`,
				fix: 'use person-first words ("a person who uses drugs"); see content/STYLE.md. To show it as a word to avoid, put it in quotation marks',
			});
		}
	}
}

/** Checks helplines.yaml and returns its verified numbers (none when it is missing or broken). */
function checkHelplines(tree: ContentTree, problems: Problem[]): Set<string> {
	if (!tree.helplines) return new Set();
	const { file, data } = tree.helplines;
	const result = helplinesSchema.safeParse(data);
	if (!result.success) {
		for (const issue of result.error.issues) problems.push({ file, ...describeIssue(issue, data) });
		return new Set();
	}
	for (const id of findDuplicates(result.data.map((h) => h.id))) {
		problems.push({ file, field: 'id', message: `helpline id "${id}" is used more than once`, fix: 'give every entry its own id' });
	}
	return new Set(result.data.flatMap((h) => (h.number ? [h.number] : [])));
}

/** Every problem in the content tree; an empty list means the build may go on. */
export function validateContent(tree: ContentTree): Problem[] {
	const problems: Problem[] = [...tree.problems];
	const lessons = parseAll(tree.lessons, lessonSchema, problems);
	const quizzes = parseAll(tree.quizzes, quizSchema, problems);
	const courses = parseAll(tree.courses, courseSchema, problems);
	const glossary = parseAll(tree.glossary, glossaryTermSchema, problems);

	const englishLessons = byLocale(lessons, SOURCE_LOCALE);
	const englishQuizzes = byLocale(quizzes, SOURCE_LOCALE);
	const englishCourses = byLocale(courses, SOURCE_LOCALE);
	const englishTerms = byLocale(glossary, SOURCE_LOCALE);
	// Files that failed their schema still exist: count them so one mistake is reported once.
	const lessonIds = new Set(tree.lessons.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.id));
	const quizIds = new Set(tree.quizzes.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.id));
	const courseIds = new Set(tree.courses.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.id));
	const termIds = new Set(tree.glossary.filter((f) => f.locale === SOURCE_LOCALE).map((f) => f.id));

	const orphan = (file: ContentFile, dir: string, ext: string) =>
		problems.push({
			file: file.file,
			field: '(path)',
			message: `there is no English original ${sourceFile(dir, file.id, ext)}`,
			fix: 'write the English version first, or rename this file to match an English one',
		});

	for (const lesson of lessons) {
		const report = (field: string, message: string, fix: string) => problems.push({ file: lesson.file, field, message, fix });
		const { quiz, keyTerms } = lesson.value;
		if (quiz !== undefined) {
			const target = englishQuizzes.get(quiz);
			if (!quizIds.has(quiz)) report('quiz', `quiz "${quiz}" does not exist`, `create content/quizzes/en/${quiz}.yaml or fix the id`);
			else if (target && target.value.lesson !== lesson.id) {
				report('quiz', `quiz "${quiz}" belongs to lesson "${target.value.lesson}"`, `set lesson: ${lesson.id} in ${target.file}, or link the right quiz`);
			}
		}
		keyTerms.forEach((term, i) => {
			if (!termIds.has(term)) report(`keyTerms.${i}`, `glossary term "${term}" does not exist`, `add content/glossary/en/${term}.yaml or fix the id`);
		});
		if (lesson.locale === SOURCE_LOCALE) continue;
		const english = englishLessons.get(lesson.id);
		if (!english) {
			if (!lessonIds.has(lesson.id)) orphan(lesson, 'lessons', 'mdx');
			continue;
		}
		const key = (l: Lesson) => ({ topic: l.topic, audience: l.audience, quiz: l.quiz, keyTerms: l.keyTerms });
		for (const [field, value] of Object.entries(key(lesson.value)) as [keyof ReturnType<typeof key>, unknown][]) {
			if (!same(value, key(english.value)[field])) {
				report(field, `${field} is ${JSON.stringify(value)} but the English lesson has ${JSON.stringify(english.value[field])}`, `use the same ${field} as ${english.file}`);
			}
		}
	}

	for (const quiz of quizzes) {
		checkQuiz(quiz, problems);
		const lessonFile = tree.lessons.find((l) => l.id === quiz.value.lesson && l.locale === quiz.locale);
		if (lessonFile) {
			const sections = headingIds(lessonFile.body);
			quiz.value.questions.forEach((question, index) => {
				if (question.section && !sections.includes(question.section)) {
					problems.push({
						file: quiz.file,
						field: `questions.${index}.section`,
						message: `"${question.section}" is not a heading of ${lessonFile.file}`,
						fix: `use one of: ${sections.join(', ')}`,
					});
				}
			});
		}
		if (!lessonIds.has(quiz.value.lesson)) {
			problems.push({ file: quiz.file, field: 'lesson', message: `lesson "${quiz.value.lesson}" does not exist`, fix: `create content/lessons/en/${quiz.value.lesson}.mdx or fix the slug` });
		}
		if (quiz.locale === SOURCE_LOCALE) continue;
		const english = englishQuizzes.get(quiz.id);
		if (english) checkQuizAgainstSource(quiz, english.value, problems);
		else if (!quizIds.has(quiz.id)) orphan(quiz, 'quizzes', 'yaml');
	}

	for (const course of courses) {
		checkCourse(course, lessonIds, quizIds, problems);
		if (course.locale === SOURCE_LOCALE) continue;
		const english = englishCourses.get(course.id);
		if (english && !same(courseKey(course.value), courseKey(english.value))) {
			problems.push({ file: course.file, field: 'modules', message: 'module ids, hours, lessons, quizzes or pass mark differ from the English outline', fix: `copy them from ${english.file}; translate only the texts` });
		} else if (!english && !courseIds.has(course.id)) orphan(course, 'courses', 'yaml');
	}

	for (const term of glossary) {
		if (term.locale !== SOURCE_LOCALE && !termIds.has(term.id)) orphan(term, 'glossary', 'yaml');
	}
	const locales = new Set([...tree.glossary, ...tree.lessons].map((f) => f.locale));
	for (const locale of locales) {
		if (locale === SOURCE_LOCALE) continue;
		const present = new Set(tree.glossary.filter((f) => f.locale === locale).map((f) => f.id));
		for (const id of englishTerms.keys()) {
			if (!present.has(id)) {
				problems.push({ file: `content/glossary/${locale}/${id}.yaml`, field: '(file)', message: `the glossary term "${id}" has no ${locale} translation`, fix: `translate content/glossary/en/${id}.yaml into this file` });
			}
		}
	}

	const known = sitePaths({ lessons: lessonIds, quizzes: quizIds, courses: courseIds });
	checkLinks([...tree.lessons, ...tree.pages], known, termIds, problems);
	checkUiStrings(tree, problems);
	checkStyle(tree, checkHelplines(tree, problems), problems);
	return problems;
}

/** One readable block for the terminal, a line per problem. */
export function formatProblems(problems: Problem[]): string {
	const lines = problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}\n    fix: ${p.fix}`);
	return `Ogoh content check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
