/**
 * The quiz's browser script stays small: it grades with src/lib/question-types/graders.ts, whose
 * type modules import zod only as a type. Reads the built script (after `npm run build`) and
 * every chunk it imports.
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
	for (const [, imported] of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) withImports(imported!, seen);
	return seen;
}

describe.skipIf(!built)('the built quiz script', () => {
	test('grades every question type without zod', () => {
		const scripts = readdirSync(ASSETS).filter((file) => /^Quiz\.astro_astro_type_script.*\.js$/.test(file));
		expect(scripts).toHaveLength(1);
		const files = [...withImports(scripts[0]!)];
		const code = files.map((file) => readFileSync(join(ASSETS, file), 'utf8')).join('\n');
		expect(code).toContain('ogoh-quiz');
		expect(code).toContain('short-text');
		for (const marker of ['ZodError', '$ZodType', 'invalid_union', 'discriminatedUnion']) expect(code, marker).not.toContain(marker);
	});
});
