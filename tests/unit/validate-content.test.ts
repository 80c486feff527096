import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../../src/lib/validate-content.ts';
import { BAD_FIXTURES, FIXTURES, fixtureTree } from '../fixture-tree.ts';

const problemsOf = (overlay?: string) => validateContent(readContentTree(fixtureTree(overlay)));

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

	test.each(BAD_FIXTURES)('$name: names the file, the field and a fix', ({ name, file, field, message }) => {
		const problems = problemsOf(name);
		const match = problems.find((p) => p.file === file && p.field === field);
		expect(match, formatProblems(problems)).toBeDefined();
		expect(match!.message).toMatch(message);
		expect(match!.fix.length).toBeGreaterThan(10);
	});

	test('reports a schema mistake once, without follow-on errors', () => {
		const problems = problemsOf('unknown-enum');
		expect(problems).toHaveLength(1);
	});

	test('formats problems as file, field and fix lines', () => {
		expect(formatProblems(problemsOf('unknown-enum'))).toMatchInlineSnapshot(`
			"Ogoh content check found 1 problem:
			  content/lessons/en/sample.mdx
			    topic: "drug" is not allowed
			    fix: use one of: drugs, cyber"
		`);
	});
});
