/**
 * The curriculum as a school would use it: 36 modules (18 drugs, 18 cyber), each complete in
 * every finished language (English, Uzbek, Russian), each with its quiz, teacher notes, help block
 * and sources. A language still being translated (`partial` in src/lib/languages.ts) falls back to
 * English page by page: only the files it has are checked (a translated lesson whose quiz is not
 * translated yet is checked with the English quiz). OGOH_CONTENT_ROOT runs it on another tree, e.g.
 * this one plus a partial language's first lesson with OGOH_EXTRA_LANGUAGE.
 */
import { describe, expect, test } from 'vitest';
import { checkpointsIn } from '../../src/lib/checkpoints.ts';
import { contentRoot } from '../../src/lib/check-content.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { helplinesSchema, lessonSchema, quizSchema, simulatorSchema } from '../../src/lib/schemas.ts';
import { bannedWordsIn, phoneNumbersIn, REQUIRED_PARTS } from '../../src/lib/style-check.ts';

const tree = readContentTree(contentRoot(process.cwd()));
const english = tree.lessons.filter((l) => l.locale === 'en');
/** Languages that must have every page: the finished ones. */
const finished = LANGUAGES.filter((language) => !language.partial).map((language) => language.code);
const helplineNumbers = new Set(helplinesSchema.parse(tree.helplines!.data).map((h) => h.number));

test('36 modules: 18 on drug-use prevention and 18 on cyber safety', () => {
	const topics = english.map((l) => lessonSchema.parse(l.data).topic);
	expect(topics.filter((t) => t === 'drugs')).toHaveLength(18);
	expect(topics.filter((t) => t === 'cyber')).toHaveLength(18);
});

test('every module is translated into every finished language, with its quiz (no fallback pages)', () => {
	for (const lesson of english) {
		for (const locale of finished) {
			expect(tree.lessons.some((l) => l.id === lesson.id && l.locale === locale), `${locale}/${lesson.id}`).toBe(true);
			expect(tree.quizzes.some((q) => q.id === lesson.id && q.locale === locale), `quiz ${locale}/${lesson.id}`).toBe(true);
		}
	}
});

test('at least 12 modules correct common beliefs with myth-or-fact cards, shown by <MythOrFact /> in every language', () => {
	const withCards = english.filter((l) => lessonSchema.parse(l.data).mythsAndFacts.length > 0);
	expect(withCards.length).toBeGreaterThanOrEqual(12);
	for (const lesson of tree.lessons.filter((l) => withCards.some((e) => e.id === l.id))) {
		expect(lesson.body, lesson.file).toMatch(/<MythOrFact \/>/);
		expect(lessonSchema.parse(lesson.data).mythsAndFacts.length, lesson.file).toBeGreaterThanOrEqual(1);
	}
});

/** The file with this id in `locale`, or the English one a partial language falls back to. */
function ownOrEnglish<T extends { id: string; locale: string }>(files: T[], id: string, locale: string): T | undefined {
	return files.find((f) => f.id === id && f.locale === locale) ?? files.find((f) => f.id === id && f.locale === 'en');
}

describe.each(tree.lessons.map((l) => ({ name: l.file, lesson: l })))('$name', ({ lesson }) => {
	const data = lessonSchema.parse(lesson.data);
	/** The lesson's quiz (every module of the curriculum has one). */
	const quizOfLesson = () => quizSchema.parse(ownOrEnglish(tree.quizzes, data.quiz ?? '', lesson.locale)!.data);
	test('has objectives, a duration of 10-25 minutes and at least one source', () => {
		expect(data.objectives.length).toBeGreaterThan(0);
		expect(data.duration).toBeGreaterThanOrEqual(10);
		expect(data.duration).toBeLessThanOrEqual(25);
		expect(data.sources.length).toBeGreaterThan(0);
	});
	test('has teacher notes and a help block', () => {
		for (const part of REQUIRED_PARTS) expect(lesson.body, part.name).toMatch(part.pattern);
	});
	test('has an interactive part that works without JavaScript', () => {
		expect(lesson.body).toMatch(/<details>|<MythOrFact\b|- \[ \]/);
	});
	test('starts with three key points and stops the reader with one or two checkpoints', () => {
		expect(data.keyPoints).toHaveLength(3);
		expect(checkpointsIn(lesson.body).length).toBeGreaterThanOrEqual(1);
		expect(checkpointsIn(lesson.body).length).toBeLessThanOrEqual(2);
	});
	test('gives the family card three questions to talk about at home', () => {
		expect(data.familyQuestions).toHaveLength(3);
		for (const question of data.familyQuestions) expect(question).toMatch(/[?？]$/);
	});
	test('uses only phone numbers from the helplines file', () => {
		for (const number of phoneNumbersIn(lesson.body)) expect(helplineNumbers).toContain(number);
	});
	test('uses no stigmatising words', () => {
		expect(bannedWordsIn(lesson.body, lesson.locale)).toEqual([]);
	});
	test('has a quiz of 6-10 questions using several question types', () => {
		// A partial language without the quiz yet shows the English one (its own absence is checked above for finished languages).
		const quiz = quizOfLesson();
		expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
		expect(quiz.questions.length).toBeLessThanOrEqual(10);
		expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
	});
	test('practises, not only reads: a chat simulator, a tap-the-red-flags question or a norm-guess poll', () => {
		const simulators = [...new Set(tree.simulators.map((s) => s.id))]
			.map((id) => simulatorSchema.parse(ownOrEnglish(tree.simulators, id, lesson.locale)!.data))
			.filter((simulator) => simulator.lessons.includes(lesson.id));
		const hotspots = quizOfLesson().questions.filter((q) => q.type === 'hotspot');
		expect(simulators.length + hotspots.length + data.normGuesses.length).toBeGreaterThan(0);
	});
});

describe('the stigmatising-words check', () => {
	test.each([
		['en', 'He is an addict.', ['addict']],
		['en', 'Never say "junkie".', []],
		['ru', 'Он наркоман.', ['наркоман']],
		['ru', 'Не говори «нарик».', []],
		['ru', 'профилактика наркомании', []],
		['uz', 'giyohvandlar bilan', ['giyohvandlar']],
		['uz', 'giyohvand moddalar va giyohvandlik', []],
	] as const)('%s: %j', (locale, text, found) => {
		expect(bannedWordsIn(text, locale)).toEqual(found);
	});
});

test('at least four course outlines, each in every finished language', () => {
	const english = tree.courses.filter((c) => c.locale === 'en');
	expect(english.length).toBeGreaterThanOrEqual(4);
	for (const course of english) {
		for (const locale of finished) expect(tree.courses.some((c) => c.id === course.id && c.locale === locale), `${locale}/${course.id}`).toBe(true);
	}
});
