/**
 * The quiz's and the lesson checkpoints' browser scripts stay small: the quiz grades with
 * src/lib/question-types/graders.ts, which takes only each type's browser part, so neither zod nor
 * any type's schema, answer key, export or print code reaches the browser; a checkpoint scores its
 * choices with choice-score.ts alone. Reads the built scripts
 * (after `npm run build`) and every chunk they import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ASSETS = 'dist/_astro';
const built = existsSync(ASSETS);

/** The script and every chunk it imports, transitively. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(ASSETS, file), 'utf8');
	for (const [, imported] of code.matchAll(/(?:from|import)\s*\(?["'`]\.\/([^"'`]+\.js)["'`]/g)) withImports(imported!, seen);
	return seen;
}

/** The script of a component and every chunk it imports, eagerly or lazily. */
function builtCode(component: string): string {
	const scripts = readdirSync(ASSETS).filter((file) => file.startsWith(`${component}.astro_astro_type_script`) && file.endsWith('.js'));
	expect(scripts).toHaveLength(1);
	return [...withImports(scripts[0]!)].map((file) => readFileSync(join(ASSETS, file), 'utf8')).join('\n');
}

/** Marks of what only the build needs: zod, and the types' Moodle XML, GIFT, print, answer-key and content-check code. */
const BUILD_ONLY = ['ZodError', '$ZodType', 'invalid_union', 'discriminatedUnion', 'multichoice', 'shortanswer', '<shuffleanswers>', 'exported as matching', 'ogoh.print.', 'ogoh.quiz.acceptedAnswers', 'quiz/duplicate-text', 'quiz/every-option-right'];

describe.skipIf(!built)('the built browser scripts', () => {
	test('the quiz grades every question type with the browser parts only', () => {
		const code = builtCode('Quiz');
		expect(code).toContain('ogoh-quiz');
		expect(code).toContain('short-text');
		for (const marker of BUILD_ONLY) expect(code, marker).not.toContain(marker);
	});

	test('the lesson checkpoint scores choices itself and loads neither the quiz graders nor the language list', () => {
		const code = builtCode('Checkpoint');
		expect(code).toContain('ogoh-checkpoint');
		for (const marker of [...BUILD_ONLY, 'every-option', 'short-text', 'stigmatisingWords', 'optionLetters']) expect(code, marker).not.toContain(marker);
	});
});
