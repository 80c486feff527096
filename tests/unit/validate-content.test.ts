import { readdirSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content-files.ts';
import { lessonSchema, quizSchema } from '../../src/lib/schemas.ts';
import { contentError, formatProblems, validateContent, type Problem } from '../../src/lib/validate-content.ts';
import { BAD_FIXTURES, FIXTURES, fixtureTree, type Expected } from '../fixture-tree.ts';

const problemsOf = (overlay?: string) => validateContent(readContentTree(fixtureTree(overlay)));
const summary = (problems: Problem[]): Expected[] => problems.map((p) => (p.line === undefined ? [p.code, p.file, p.field] : [p.code, p.file, p.field, p.line]));

describe('content check', () => {
	test('passes the valid fixture', () => {
		expect(problemsOf()).toEqual([]);
	});

	test('passes the real curriculum', () => {
		const problems = validateContent(readContentTree(process.cwd()));
		expect(formatProblems(problems)).toBe(formatProblems([]));
	});

	test('every fixture folder is covered by a case', () => {
		const folders = readdirSync(FIXTURES).filter((name) => name !== 'valid');
		expect(folders.sort()).toEqual(BAD_FIXTURES.map((f) => f.name).sort());
	});

	test.each(BAD_FIXTURES)('$name: exactly the expected problems (code, file, field, line)', ({ name, problems: expected }) => {
		const problems = problemsOf(name);
		expect(summary(problems), formatProblems(problems)).toEqual(expected);
		for (const problem of problems) {
			expect(problem.message.length, problem.code).toBeGreaterThan(10);
			expect(problem.fix.length, problem.code).toBeGreaterThan(10);
		}
	});

	test('formats problems as file (and line), field, message, code and fix', () => {
		expect(formatProblems(problemsOf('unknown-enum'))).toMatchInlineSnapshot(`
			"Ogoh content check found 1 problem:
			  content/lessons/en/sample.mdx
			    topic: "drug" is not allowed [schema/value]
			    fix: use one of: drugs, cyber"
		`);
		expect(formatProblems(problemsOf('mdx-syntax-error'))).toMatchInlineSnapshot(`
			"Ogoh content check found 1 problem:
			  content/lessons/en/sample.mdx:24
			    (body): the MDX cannot be read: Expected a closing tag for \`<Aside>\` [mdx/syntax]
			    fix: close every <Tag> you open (or write <br />), and write a literal { or < as \\{ or &lt;"
		`);
	});

	test('the messages an author reads name the value and the fix', () => {
		const message = (name: string) => problemsOf(name).map((p) => `${p.message} | ${p.fix}`);
		expect(message('phone-domestic-format')).toEqual([
			'phone number 8 (71) 123-45-67 is not in content/helplines.yaml | remove it and use <HelpBlock />, or add it to helplines.yaml with its source, the date you checked it and how',
		]);
		expect(message('phone-short-number')[0]).toMatch(/^phone number 1050 is not/);
		expect(message('too-long-title')[0]).toMatch(/^2087 characters; "title" holds at most 150 \| shorten it to 150/);
		expect(message('cross-language-link')).toEqual(['link "/quizzes/sample/" leads to the en page from a uz file | use /uz/quizzes/sample/']);
		expect(message('relative-link')[0]).toMatch(/^relative link "\.\.\/\.\.\/quizzes\/sample\/".* \| write it from the site root with this file's prefix, e\.g\. \/lessons\/<slug>\/$/);
		expect(message('file-name-not-slug')[0]).toMatch(/rename it to "teacher-course-2026"/);
		expect(message('md-beside-mdx')[0]).toMatch(/^content\/lessons\/en\/sample\.mdx has the same slug/);
		expect(message('course-hours-sum')).toEqual(['totalHours is 4 but the modules add up to 3 | set totalHours to 3 or correct the module hours']);
		expect(message('locale-question-type-differs')[0]).toMatch(/^type is "scenario" but English has "multiple" \| copy ids, types and answers from content\/quizzes\/en\/sample\.yaml/);
		expect(message('multiple-answer-not-an-option')[0]).toMatch(/^question "second": answer "d" is not one of the options \(a, b, c\)/);
		expect(message('matching-duplicate-text')[0]).toMatch(/^question "third": the right text "walk away" appears twice/);
		expect(message('helpline-batch-date')[0]).toMatch(/every entry has lastChecked 2026-11-01/);
		expect(message('stigmatising-word-in-yaml').map((m) => m.split(' | ')[0])).toEqual(['"Addicts" labels people by drug use', '"narkomanlar" labels people by drug use']);
	});

	test('the build throws an AstroError whose hint is the fix', () => {
		const one = contentError(problemsOf('unknown-enum'));
		expect(one).toBeInstanceOf(AstroError);
		expect(one.hint).toBe('use one of: drugs, cyber');
		expect(one.message).toContain('topic: "drug" is not allowed');
		const several = contentError(problemsOf('phone-short-number'));
		expect(several.hint).toBe('remove it and use <HelpBlock />, or add it to helplines.yaml with its source, the date you checked it and how');
		const mixed = contentError(problemsOf('helpline-unverified'));
		expect(mixed.hint).toMatch(/Each problem above ends with its fix/);
		// Astro shows the location: the first problem's source file and line, not this checker's stack.
		expect(contentError(problemsOf('mdx-syntax-error'), '/site')).toMatchObject({ loc: { file: '/site/content/lessons/en/sample.mdx', line: 24, column: 1 }, stack: '' });
		expect(contentError(problemsOf('unknown-enum'), '/site')).toMatchObject({ loc: { file: '/site/content/lessons/en/sample.mdx', line: 1 } });
		expect(contentError(problemsOf('unknown-enum'))).not.toHaveProperty('loc');
	});
});

describe('content/README.md', () => {
	const readme = readFileSync('content/README.md', 'utf8');
	const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

	test('every YAML example is valid YAML', () => {
		expect(blocks.length).toBeGreaterThanOrEqual(3);
		for (const block of blocks) {
			const yaml = block.replace(/^---\n|---\n?$/gm, '');
			for (const doc of parseAllDocuments(yaml)) expect(doc.errors.map((e) => e.message), block.slice(0, 60)).toEqual([]);
		}
	});

	test('the lesson and quiz examples pass their schemas apart from the elided texts', () => {
		const [lesson, quiz] = blocks.map((b) => parseAllDocuments(b.replace(/^---\n|---\n?$/gm, ''))[0]!.toJS());
		expect(lessonSchema.safeParse(lesson).error?.issues ?? []).toEqual([]);
		expect(quizSchema.safeParse(quiz).error?.issues ?? []).toEqual([]);
	});
});
