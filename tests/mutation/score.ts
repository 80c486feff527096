/**
 * The mutation score of `src/lib`, from Stryker's JSON report (`npm run mutation` runs it after
 * Stryker): overall and per file, and the files under the per-file goal. Exits non-zero when a
 * goal is missed (a report, not a CI step: see README, "Mutation testing").
 *
 * Static mutants (module-level code: tables, word lists) are left out of the score, as Stryker's
 * `ignoreStatic` does. Stryker only ignores a static mutant that no test reached; one that a test
 * also reached while loading its module (a test that imports code lazily) is run against that test
 * alone, with the module already loaded by the other files, so its result says nothing about the
 * suite. Both kinds are counted here as static, and reported apart.
 */
import { readFileSync } from 'node:fs';

export interface ReportMutant {
	status: string;
	static?: boolean;
}
export interface FileScore {
	file: string;
	detected: number;
	undetected: number;
	static: number;
	/** Of `static`, the ones a test also reached while loading a module lazily. */
	lazy: number;
	score: number;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

export function scoreOf(file: string, mutants: readonly ReportMutant[]): FileScore {
	let detected = 0;
	let undetected = 0;
	let staticCount = 0;
	let lazy = 0;
	for (const mutant of mutants) {
		if (mutant.static && mutant.status !== 'Ignored') lazy++;
		if (mutant.static || mutant.status === 'Ignored') staticCount++;
		else if (DETECTED.has(mutant.status)) detected++;
		else if (UNDETECTED.has(mutant.status)) undetected++;
	}
	const scored = detected + undetected;
	return { file, detected, undetected, static: staticCount, lazy, score: scored === 0 ? 100 : (100 * detected) / scored };
}

export function scoreReport(files: Record<string, { mutants: readonly ReportMutant[] }>): { total: FileScore; files: FileScore[] } {
	const scores = Object.entries(files).map(([file, { mutants }]) => scoreOf(file.replace(/^.*?src\/lib\//, ''), mutants));
	return { total: scoreOf('src/lib', Object.values(files).flatMap((f) => f.mutants)), files: scores };
}

const OVERALL_GOAL = 85;
const FILE_GOAL = 80;

if (import.meta.main) {
	const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
	const { total, files } = scoreReport(report.files);
	// A file with nothing to score scores 100, so it is never listed.
	const below = files.filter((f) => f.score < FILE_GOAL).sort((a, b) => a.score - b.score);
	const pct = (n: number) => `${n.toFixed(1)}%`;
	console.log(`src/lib: ${pct(total.score)} (${total.detected} detected, ${total.undetected} undetected; ${total.static} static, not scored: ${total.static - total.lazy} no test reached, ${total.lazy} also reached by a lazily-loading test)`);
	console.log(`${files.length} files; under ${FILE_GOAL}%: ${below.length}`);
	for (const f of below) console.log(`  ${f.file}\t${pct(f.score)}\t${f.undetected} undetected of ${f.detected + f.undetected}`);
	if (total.score < OVERALL_GOAL || below.length > 0) process.exitCode = 1;
}
