/**
 * The scripts a built page runs, for the script budgets (budgets.ts) and the plain Starlight
 * baseline (plain-starlight.ts): its module files and everything they import, and its inline
 * scripts (Astro inlines small ones), each keyed by file path or by its text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `lazy`: also what the page imports later (`import()`: Pagefind's UI, an open assignment's link),
 * except the chunks `skipLazy` matches (code only another page's markup loads, such as the teacher view's).
 */
export function scriptsOf(dist: string, page: string, lazy = false, skipLazy?: RegExp): Set<string> {
	const html = readFileSync(join(dist, page), 'utf8');
	const files = new Set<string>();
	for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) files.add(`inline:${match[1]}`);
	const visit = (file: string) => {
		if (files.has(file) || !existsSync(file)) return;
		files.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]|import\(["'`]([^"'`]+\.js)["'`]\)/g)) {
			if (match[2] && (!lazy || skipLazy?.test(match[2]))) continue;
			const spec = (match[1] ?? match[2])!;
			visit(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
		}
	};
	for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) visit(join(dist, match[1]!));
	return files;
}

const contents = (key: string) => (key.startsWith('inline:') ? key.slice('inline:'.length) : readFileSync(key));

/** The gzipped size of the scripts, each compressed on its own as a static host serves it. */
export const gzippedSize = (files: Iterable<string>): number => [...files].reduce((total, key) => total + gzipSync(contents(key)).length, 0);
