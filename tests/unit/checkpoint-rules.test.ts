/**
 * The checkpoint rules (src/lib/content-rules/checkpoints.ts) on hand-made lessons and quizzes:
 * the cases the fixtures in validate-content.test.ts do not reach (a translation whose quiz is only
 * in English, exactly two checkpoints, a quiz without choice questions, a nameless checkpoint).
 */
import { describe, expect, test } from 'vitest';
import { checkpointRules } from '../../src/lib/content-rules/checkpoints.ts';
import type { Parsed, RuleContext } from '../../src/lib/content-rules/types.ts';
import type { Lesson, Quiz } from '../../src/lib/schemas.ts';

type Locale = 'en' | 'uz' | 'ru';
const lesson = (locale: Locale, body: string, quiz: string | undefined = 'scams', ext = 'mdx') =>
	({ file: `content/lessons/${locale}/sample.${ext}`, locale, id: 'sample', data: {}, body, bodyLine: 20, value: { quiz } }) as unknown as Parsed<Lesson>;
const quiz = (locale: Locale, id: string, questions: [id: string, type: string][]) =>
	({ file: `content/quizzes/${locale}/${id}.yaml`, locale, id, data: {}, body: '', bodyLine: 1, value: { questions: questions.map(([qid, type]) => ({ id: qid, type })) } }) as unknown as Parsed<Quiz>;
const check = (lessons: Parsed<Lesson>[], quizzes: Parsed<Quiz>[]) =>
	checkpointRules({ tree: { lessons: lessons.map(({ file }) => ({ file })) }, lessons, quizzes } as unknown as RuleContext);

const SCAMS = quiz('en', 'scams', [['first', 'single'], ['second', 'multiple'], ['third', 'short-text']]);
const ONE = '<Checkpoint question="first" />\n\n## One\n';
const unknown = (file: string, line: number, question: string, quizFile: string, ids: string) => ({
	code: 'lesson/checkpoint-unknown-question',
	file,
	field: '(body)',
	line,
	message: `the checkpoint's question "${question}" is not in ${quizFile}`,
	fix: `write <Checkpoint question="…" /> with one of: ${ids}`,
});

describe('checkpoint rules', () => {
	test("a translation whose quiz is only in English is checked against the English quiz, not another quiz or another language's", () => {
		const quizzes = [quiz('en', 'other', [['x', 'single']]), quiz('ru', 'scams', [['fourth', 'single']]), SCAMS];
		const body = '## One\n\n<Checkpoint question="fourth" />\n';
		expect(check([lesson('en', body), lesson('uz', body)], quizzes)).toEqual([
			unknown('content/lessons/en/sample.mdx', 22, 'fourth', 'content/quizzes/en/scams.yaml', 'first, second, third'),
			unknown('content/lessons/uz/sample.mdx', 22, 'fourth', 'content/quizzes/en/scams.yaml', 'first, second, third'),
		]);
		// The translation's own quiz comes first when it exists.
		expect(check([lesson('ru', body)], quizzes)).toEqual([]);
	});

	test('two checkpoints are allowed; a translation that moves them lists both places, comma-separated', () => {
		const english = '<Checkpoint question="first" />\n\n## One\n\n<Checkpoint question="second" />\n';
		const moved = '## One\n\n<Checkpoint question="first" />\n<Checkpoint question="second" />\n';
		expect(check([lesson('en', english), lesson('uz', english)], [SCAMS])).toEqual([]);
		expect(check([lesson('en', english), lesson('uz', moved)], [SCAMS])).toEqual([
			{
				code: 'i18n/checkpoint',
				file: 'content/lessons/uz/sample.mdx',
				field: '(body)',
				line: 22,
				message: 'the checkpoints ("first" after section 1, "second" after section 1) are not where the English lesson has them ("first" after section 0, "second" after section 1)',
				fix: 'put the same <Checkpoint /> after the same section as content/lessons/en/sample.mdx',
			},
		]);
	});

	test('a translation without checkpoints is reported once, as having none, not also as misplaced', () => {
		expect(check([lesson('en', ONE), lesson('uz', '## One\n')], [SCAMS])).toEqual([
			{
				code: 'lesson/no-checkpoint',
				file: 'content/lessons/uz/sample.mdx',
				field: '(body)',
				message: 'the lesson has no checkpoint: reading is never interrupted by a question',
				fix: 'add <Checkpoint question="first" /> at the end of a section (questions of content/quizzes/en/scams.yaml: first, second, third)',
			},
		]);
	});

	test('an English file is never compared as a translation, even with another English file of its slug (file/duplicate-slug reports that)', () => {
		expect(check([lesson('en', ONE, 'scams', 'md'), lesson('en', '## One\n\n<Checkpoint question="first" />\n')], [SCAMS])).toEqual([]);
	});

	test('a checkpoint on a quiz without any choice question: the fix is to add one', () => {
		const open = quiz('en', 'open', [['why', 'short-text'], ['order', 'ordering']]);
		expect(check([lesson('en', '<Checkpoint question="why" />\n', 'open')], [open])).toEqual([
			{
				code: 'lesson/checkpoint-type',
				file: 'content/lessons/en/sample.mdx',
				field: '(body)',
				line: 20,
				message: 'the checkpoint\'s question "why" is short-text; a checkpoint is a single, multiple, true-false question',
				fix: 'add a single or multiple or true-false question to content/quizzes/en/open.yaml',
			},
		]);
	});

	test('a checkpoint without a question names none', () => {
		expect(check([lesson('en', 'Text.\n<Checkpoint />\n')], [SCAMS])).toEqual([
			{ ...unknown('content/lessons/en/sample.mdx', 21, '', '', 'first, second, third'), message: 'the checkpoint names no question' },
		]);
	});
});
