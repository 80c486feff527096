/**
 * Size budgets of the built site (run `npm run build` first, then `npm run bench`).
 * Prints a table and exits non-zero when a budget is broken. Bytes are counted gzipped, as a
 * phone on mobile data downloads them. This is a benchmark, not a timed test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No built site in ${dist}: run npm run build first.`);
	process.exit(2);
}

/**
 * Every script a page runs: its module files and everything they import, and its inline scripts
 * (Astro inlines small ones), each keyed by file path or by its text.
 */
function scriptsOf(page: string): Set<string> {
	const html = readFileSync(join(dist, page), 'utf8');
	const files = new Set<string>();
	for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) files.add(`inline:${match[1]}`);
	const visit = (file: string) => {
		if (files.has(file) || !existsSync(file)) return;
		files.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]|import\(["'`]([^"'`]+\.js)["'`]\)/g)) {
			const spec = match[1] ?? match[2]!;
			// Lazy imports (Pagefind's UI) load only when search is used: they are not part of the page.
			if (match[2]) continue;
			visit(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
		}
	};
	for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) visit(join(dist, match[1]!));
	return files;
}

const contents = (key: string) => (key.startsWith('inline:') ? key.slice('inline:'.length) : readFileSync(key));
const gzip = (files: Iterable<string>) => [...files].reduce((total, key) => total + gzipSync(contents(key)).length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const baseline = scriptsOf('glossary/index.html'); // a Starlight page with none of our scripts
const lesson = scriptsOf('lessons/phishing-links/index.html');
const quiz = scriptsOf('quizzes/phishing-links/index.html');
const classroom = scriptsOf('quizzes/phishing-links/classroom/index.html');
const extra = (page: Set<string>) => [...page].filter((file) => !baseline.has(file));

const rows: { what: string; measured: number; budget: number }[] = [
	{ what: 'JS added by the quiz to a quiz page', measured: gzip(extra(quiz)), budget: 15 * 1024 },
	{ what: 'JS added by the classroom mode', measured: gzip(extra(classroom)), budget: 15 * 1024 },
	{ what: 'JS added to a lesson page beyond Starlight', measured: gzip(extra(lesson)), budget: 5 * 1024 },
];

console.log(`Starlight's own JS on a page: ${kb(gzip(baseline))} gzipped\n`);
console.log(`${'budget'.padEnd(48)}${'measured'.padStart(10)}${'limit'.padStart(10)}  result`);
let broken = 0;
for (const row of rows) {
	const ok = row.measured <= row.budget;
	if (!ok) broken++;
	console.log(`${row.what.padEnd(48)}${kb(row.measured).padStart(10)}${kb(row.budget).padStart(10)}  ${ok ? 'ok' : 'OVER'}`);
}
process.exit(broken ? 1 : 0);
