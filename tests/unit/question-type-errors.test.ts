/**
 * Adding a question type: the type checker names every member a new module lacks. TypeScript lists
 * the missing members of an object when there are at most five; beyond that it writes "a, b, c, d,
 * and N more". So QuestionTypeDefinition (src/lib/question-types/define.ts) keeps its members in
 * groups of at most five. This test compiles an unfinished module with the real define.ts, as the
 * README's "Adding a question type" describes, and reads the errors a developer would read.
 */
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const DIR = resolve('src/lib/question-types');
const IMPORTS = `import { defineQuestionType, type BrowserPart } from './define.ts';\ninterface Gradable { type: 'probe'; answer: boolean }\n`;

/** Unfinished modules, compiled together beside define.ts (nothing is written to disk). */
const PROBES = {
	empty: `${IMPORTS}export const probeBrowser: BrowserPart<Gradable> = {};\nexport const probe = defineQuestionType({});\n`,
	emptyGroups:
		`${IMPORTS}export const probeBrowser: BrowserPart<Gradable> = { display: {}, isGradable: () => true, grade: () => { throw new Error(); }, answerIds: () => [] };\n` +
		`export const probe = defineQuestionType({ type: 'probe', browser: probeBrowser, content: {}, page: {}, exports: {} });\n`,
	finished: `${IMPORTS}import { trueFalse } from './true-false.ts';\nexport const probe = defineQuestionType({ ...trueFalse, type: 'true-false' });\n`,
};
type Probe = keyof typeof PROBES;
const fileOf = (probe: string) => join(DIR, `unfinished-probe-${probe}.ts`);

function compile(): (probe: Probe) => string[] {
	const options: ts.CompilerOptions = {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		allowImportingTsExtensions: true,
		resolveJsonModule: true,
		types: [],
	};
	const sources = new Map(Object.entries(PROBES).map(([probe, source]) => [fileOf(probe), source]));
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile.bind(host);
	host.getSourceFile = (name, version, ...rest) => {
		const source = sources.get(resolve(name));
		return source === undefined ? getSourceFile(name, version, ...rest) : ts.createSourceFile(name, source, version);
	};
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (name) => sources.has(resolve(name)) || fileExists(name);
	const program = ts.createProgram([...sources.keys()], options, host);
	return (probe) =>
		ts.getPreEmitDiagnostics(program, program.getSourceFile(fileOf(probe))).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** The member names an error says are missing, in its order. */
function missingIn(message: string): string[] {
	const listed = /is missing the following properties from type '[^']*': ([^\n]+)/.exec(message);
	if (listed) return listed[1]!.split(', ');
	const one = /Property '(\w+)' is missing in type/.exec(message);
	return one ? [one[1]!] : [];
}

describe('an unfinished question type', { timeout: 120_000 }, () => {
	const errorsOf = compile();

	test('an empty definition and an empty browser part: every member of their top level is named, none left as "and N more"', () => {
		const errors = errorsOf('empty');
		expect(errors).toHaveLength(2);
		expect(errors.map(missingIn)).toEqual([
			['display', 'isGradable', 'grade', 'answerIds'],
			['type', 'browser', 'content', 'page', 'exports'],
		]);
		for (const error of errors) expect(error).not.toMatch(/and \d+ more/);
	});

	test('empty groups: each names all its members, so together the errors name every member of the definition', () => {
		const errors = errorsOf('emptyGroups');
		expect(errors.map(missingIn)).toEqual([
			['graded', 'field', 'shuffle', 'feedback'],
			['schema', 'gradable', 'key', 'problems', 'responses'],
			['hints', 'choices', 'answerKey', 'printed'],
			['gift', 'moodleXml'],
		]);
		for (const error of errors) expect(error).not.toMatch(/and \d+ more/);
	});

	test('a finished module compiles without errors (the probe itself is sound)', () => {
		expect(errorsOf('finished')).toEqual([]);
	});
});
