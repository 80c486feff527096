/**
 * Build-time scale benchmark: builds the Ogoh site from a synthetic curriculum of N lessons x 5
 * languages (generate.ts: en, uz, ru, kk written, uz-cyrl generated from uz as on the real site) and a plain Starlight site with the same lesson and quiz pages
 * (plain-site.ts), for each N, and compares the build time per lesson. Each Ogoh lesson makes
 * about six HTML pages plus exports (lesson, teacher view, quiz, classroom, worksheet, answer key,
 * GIFT, Moodle XML) where plain Starlight makes two, so time per page is shown too but the limit
 * is per lesson.
 *
 *   npx node tests/bench/scale/run.ts [N ...] [--runs=K] [--keep]     (default N: 200 2000)
 *
 * Writes tests/bench/scale/results.json and prints a markdown table (printScaleTable()) and where
 * the time went (per phase, per route kind and per build:done hook, from the build logs: log.ts).
 * Exits non-zero when Ogoh's time per lesson at the largest N is more than MAX_RATIO x plain
 * Starlight's, or when Ogoh's time per lesson at the largest N is more than MAX_GROWTH x that at
 * the smallest N (growth worse than linear). Both sites are built in tests/bench/scale/.work/
 * (git-ignored), each in its own project folder so their .astro/ and cache folders never touch the
 * main project or dist/; the folders are deleted after each N unless --keep is given. Build logs
 * stay in .work/logs/.
 * --runs=K builds each site K times (cold each time) and keeps the fastest, to damp noise from
 * other work on the machine; the default is one build each. Besides the wall-clock time, each
 * build's CPU time (user + system, of the build and the processes it waited for; Linux only) is
 * recorded: other work on a shared machine stretches wall time far more than CPU time.
 * The builds inherit the environment; both get --max-old-space-size (70% of the machine's memory,
 * at most 16 GB) unless NODE_OPTIONS already sets it, because the largest N needs more than
 * Node's default heap.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateContent, type GeneratedContent } from './generate.ts';
import { hookCosts, phases, routeCosts, type RouteCost } from './log.ts';
import { formatBreakdown, formatScaleTable } from './report.ts';
import { generatePlainSite } from './plain-site.ts';
import { SITE_LOCALES } from './texts.ts';

const HERE = import.meta.dirname;
const REPO = resolve(HERE, '../../..');
const WORK = join(HERE, '.work');
const LOGS = join(WORK, 'logs');
export const RESULTS_FILE = join(HERE, 'results.json');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');

/** Ogoh's time per lesson at the largest N may be at most this many times plain Starlight's (issue #11). */
export const MAX_RATIO = 2;
/** Ogoh's time per lesson at the largest N may be at most this many times that at the smallest N. */
export const MAX_GROWTH = 1.25;

export interface SiteResult {
	pages: number;
	seconds: number;
	msPerPage: number;
	/** Build time per lesson file (N lessons x 5 languages: en, uz, ru, kk and the generated uz-cyrl). */
	msPerLesson: number;
	/** CPU time (user + system) of the build and the processes it waited for; null where /proc is missing. */
	cpuSeconds: number | null;
	/** Peak resident memory of the build process (Linux only; null elsewhere). */
	peakMemoryMB: number | null;
	/** Mean 1-minute load average during the build: above the core count, other work competed for the CPU. */
	meanLoad: number;
}
export interface ScaleRun {
	n: number;
	content: GeneratedContent;
	ours: SiteResult;
	plain: SiteResult;
	/** Ogoh ms per lesson / plain Starlight ms per lesson (wall-clock time). */
	ratio: number;
	/** The same ratio in CPU time (null without /proc). */
	cpuRatio: number | null;
	/** Ogoh ms per page / plain Starlight ms per page. */
	ratioPerPage: number;
	/** Extra build time per extra lesson file since the previous N (null for the first N). */
	marginalMsPerLesson: { ours: number | null; plain: number | null };
	/** Where each build spent its time, in seconds (best effort, from the build logs). */
	phases: { ours: Record<string, number>; plain: Record<string, number> };
	/** Render time per route kind and per build:done step of the Ogoh build (from its log). */
	routes: Record<string, RouteCost>;
	hooks: Record<string, number>;
}
export interface ScaleResults {
	date: string;
	machine: { cores: number; cpu: string; memoryGB: number; platform: string };
	node: string;
	/** NODE_OPTIONS the builds ran with (the heap limit). */
	nodeOptions: string;
	astro: string;
	starlight: string;
	limits: { ratio: number; growth: number };
	/** Builds per site and N; the fastest counts. */
	buildsPerSite: number;
	runs: ScaleRun[];
	/** Ogoh ms per lesson at the largest N / at the smallest N. */
	growth: number | null;
	passed: boolean;
	failures: string[];
}

const version = (pkg: string) => (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

function countHtml(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/**
 * The Ogoh site as its own project folder: the generated content, a symlink to the real src/
 * (for the paths astro.config.mjs gives relative to the project root) and a config that reuses
 * the real astro.config.mjs with srcDir and publicDir pointing at the repository.
 */
function prepareOurs(dir: string, n: number): GeneratedContent {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const content = generateContent(dir, n);
	symlinkSync(join(REPO, 'src'), join(dir, 'src'), 'dir');
	const config = relative(dir, join(REPO, 'astro.config.mjs')).split('\\').join('/');
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`// Generated by tests/bench/scale/run.ts: the Ogoh site built from the synthetic content in this folder.
// Its own project root keeps .astro/ and the content cache out of the main project.
import config from ${JSON.stringify(config)};

// src/ is a symlink to the real one: Starlight finds its i18n and docs collections by their path
// under the project root (a srcDir outside the root loses every translation), and Vite must keep
// the symlinked paths so the pages stay inside srcDir.
export default { ...config, publicDir: ${JSON.stringify(join(REPO, 'public'))}, vite: { ...config.vite, resolve: { ...config.vite?.resolve, preserveSymlinks: true } } };
`
	);
	return content;
}

/**
 * Peak memory grows with N (about 1.5 GB at N=100), past Node's default heap limit of about
 * 4 GB well before N=2000, so both builds get a larger heap unless NODE_OPTIONS already sets one.
 */
export const HEAP_MB = Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.7));
function nodeOptions(): string {
	const current = process.env.NODE_OPTIONS ?? '';
	return /--max-old-space-size/.test(current) ? current : `${current} --max-old-space-size=${HEAP_MB}`.trim();
}

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for,
 * with their own waited-for children (the kernel's cutime + cstime in /proc/self/stat); null
 * where there is no /proc. The difference across a build is the build's CPU time.
 */
const CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux architecture Node runs on
function childrenCpuSeconds(): number | null {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
		// After "pid (comm) ", field 16 (cutime) and 17 (cstime) are at 13 and 14.
		return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
	} catch {
		return null;
	}
}

interface Build {
	seconds: number;
	cpuSeconds: number | null;
	log: string;
	peakMemoryMB: number | null;
	meanLoad: number;
}

/** Runs `astro build` in a project folder; returns the wall-clock and CPU seconds and the log. */
async function build(dir: string, label: string, env: Record<string, string>): Promise<Build> {
	mkdirSync(LOGS, { recursive: true });
	// Every build starts cold: no output, no content-layer cache, no generated types.
	for (const stale of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, stale), { recursive: true, force: true });
	const logFile = join(LOGS, `${label}.log`);
	const logStream = createWriteStream(logFile);
	const childEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: nodeOptions(), ...env };
	// Never let a benchmark build skip the content check or rewrite src/csp-hashes.json.
	delete childEnv.OGOH_SKIP_CONTENT_CHECK;
	delete childEnv.OGOH_UPDATE_CSP_HASHES;
	let log = '';
	let peakMemoryMB: number | null = null;
	const loads: number[] = [];
	const cpuBefore = childrenCpuSeconds();
	const start = performance.now();
	const code = await new Promise<number | null>((done, fail) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', join(dir, 'dist')], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
		// The kernel's high-water mark of the build's resident memory, read until it exits.
		const memory = setInterval(() => {
			try {
				if (loads.length === 0 || performance.now() - start > loads.length * 5000) loads.push(loadavg()[0]!);
				const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
				if (hwm) peakMemoryMB = Math.round(Number(hwm[1]) / 1024);
			} catch {
				// Not Linux, or the process has just exited.
			}
		}, 500);
		child.on('close', () => clearInterval(memory));
		const take = (chunk: Buffer) => {
			log += chunk.toString();
			logStream.write(chunk);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', fail);
		child.on('close', done);
	});
	const seconds = (performance.now() - start) / 1000;
	const cpuAfter = childrenCpuSeconds();
	const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
	await new Promise((done) => logStream.end(done));
	if (code !== 0) {
		throw new Error(`${label}: astro build failed (exit ${code}) after ${seconds.toFixed(1)} s. Log: ${logFile}\n${log.split('\n').slice(-40).join('\n')}`);
	}
	const meanLoad = loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : loadavg()[0]!;
	return { seconds, cpuSeconds, log, peakMemoryMB, meanLoad };
}

const site = (pages: number, lessonFiles: number, { seconds, cpuSeconds, peakMemoryMB, meanLoad }: Build): SiteResult => ({
	pages,
	seconds: round(seconds, 2),
	msPerPage: round((seconds * 1000) / pages, 2),
	msPerLesson: round((seconds * 1000) / lessonFiles, 2),
	cpuSeconds: cpuSeconds === null ? null : round(cpuSeconds, 2),
	peakMemoryMB,
	meanLoad: round(meanLoad, 2),
});
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const roundAll = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value, 2)]));

export async function runScaleBenchmark(ns: number[], options: { keep?: boolean; runs?: number } = {}): Promise<ScaleResults> {
	const runs: ScaleRun[] = [];
	for (const n of ns) {
		const oursDir = join(WORK, `ours-${n}`);
		const plainDir = join(WORK, `plain-${n}`);
		console.log(`\nN = ${n}: generating content ...`);
		const content = prepareOurs(oursDir, n);
		const plainDocs = generatePlainSite(plainDir, oursDir).pages;
		console.log(`  ${content.files} content files; plain Starlight site with ${plainDocs} docs pages`);

		// With --runs=K each site is built K times from a cold cache, alternating, and the fastest
		// build counts: on a shared machine the minimum is the least disturbed measurement.
		const runsPerSite = options.runs ?? 1;
		let ours: Awaited<ReturnType<typeof build>> | undefined;
		let plain: Awaited<ReturnType<typeof build>> | undefined;
		for (let k = 1; k <= runsPerSite; k++) {
			const suffix = runsPerSite > 1 ? ` (run ${k}/${runsPerSite})` : '';
			console.log(`  building Ogoh${suffix} ...`);
			const oursNow = await build(oursDir, `ours-${n}`, { OGOH_CONTENT_ROOT: oursDir });
			if (!/content check passed/.test(oursNow.log)) throw new Error(`ours-${n}: the log does not say "content check passed"; did the content check run?`);
			console.log(`  Ogoh: ${countHtml(join(oursDir, 'dist'))} HTML pages in ${oursNow.seconds.toFixed(1)} s (mean load ${oursNow.meanLoad.toFixed(1)})`);
			if (!ours || oursNow.seconds < ours.seconds) ours = oursNow;

			console.log(`  building plain Starlight${suffix} ...`);
			const plainNow = await build(plainDir, `plain-${n}`, {});
			console.log(`  plain Starlight: ${countHtml(join(plainDir, 'dist'))} HTML pages in ${plainNow.seconds.toFixed(1)} s (mean load ${plainNow.meanLoad.toFixed(1)})`);
			if (!plain || plainNow.seconds < plain.seconds) plain = plainNow;
		}
		if (!ours || !plain) throw new Error('no build ran');
		const oursPages = countHtml(join(oursDir, 'dist'));
		const plainPages = countHtml(join(plainDir, 'dist'));

		const previous = runs.at(-1);
		const lessonFiles = n * SITE_LOCALES.length;
		const marginal = (now: SiteResult, before: SiteResult | undefined) =>
			before && previous && n > previous.n ? round(((now.seconds - before.seconds) * 1000) / ((n - previous.n) * SITE_LOCALES.length), 2) : null;
		const oursResult = site(oursPages, lessonFiles, ours);
		const plainResult = site(plainPages, lessonFiles, plain);
		runs.push({
			n,
			content,
			ours: oursResult,
			plain: plainResult,
			ratio: round(oursResult.msPerLesson / plainResult.msPerLesson, 3),
			cpuRatio: oursResult.cpuSeconds && plainResult.cpuSeconds ? round(oursResult.cpuSeconds / plainResult.cpuSeconds, 3) : null,
			ratioPerPage: round(oursResult.msPerPage / plainResult.msPerPage, 3),
			marginalMsPerLesson: { ours: marginal(oursResult, previous?.ours), plain: marginal(plainResult, previous?.plain) },
			phases: { ours: roundAll(phases(ours.log, ours.seconds)), plain: roundAll(phases(plain.log, plain.seconds)) },
			routes: Object.fromEntries(Object.entries(routeCosts(ours.log)).map(([kind, cost]) => [kind, { files: cost.files, seconds: round(cost.seconds, 2) }])),
			hooks: roundAll(hookCosts(ours.log)),
		});
		if (!options.keep) {
			rmSync(oursDir, { recursive: true, force: true });
			rmSync(plainDir, { recursive: true, force: true });
		}
	}

	const failures: string[] = [];
	const sorted = [...runs].sort((a, b) => a.n - b.n);
	const [smallest, largest] = [sorted[0]!, sorted.at(-1)!];
	// The limit is for a curriculum of the largest size measured: at small N, fixed costs (the
	// service workers' bundling, Vite) weigh more and the ratio says little about growth.
	if (largest.ratio > MAX_RATIO) {
		failures.push(`N=${largest.n}: Ogoh takes ${largest.ours.msPerLesson} ms per lesson, ${largest.ratio}x plain Starlight's ${largest.plain.msPerLesson} ms (limit ${MAX_RATIO}x)`);
	}
	const growth = sorted.length > 1 ? round(largest.ours.msPerLesson / smallest.ours.msPerLesson, 3) : null;
	if (growth !== null && growth > MAX_GROWTH) {
		failures.push(`Ogoh's time per lesson grows ${growth}x from N=${smallest.n} to N=${largest.n} (limit ${MAX_GROWTH}x): build time grows faster than linearly`);
	}
	return {
		date: new Date().toISOString(),
		machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', memoryGB: round(totalmem() / 2 ** 30, 1), platform: `${process.platform} ${process.arch}` },
		node: process.version,
		nodeOptions: nodeOptions(),
		astro: version('astro'),
		starlight: version('@astrojs/starlight'),
		limits: { ratio: MAX_RATIO, growth: MAX_GROWTH },
		buildsPerSite: options.runs ?? 1,
		runs,
		growth,
		passed: failures.length === 0,
		failures,
	};
}

export { formatBreakdown, formatScaleTable } from './report.ts';

/** Prints (and returns) the table for the results in results.json. */
export function printScaleTable(file = RESULTS_FILE): string {
	if (!existsSync(file)) {
		const message = `No scale benchmark results in ${file}: run \`npx node tests/bench/scale/run.ts\` first.`;
		console.log(message);
		return message;
	}
	const results = JSON.parse(readFileSync(file, 'utf8')) as ScaleResults;
	const table = formatScaleTable(results);
	console.log(`${table}\n\n${formatBreakdown(results)}`);
	return table;
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const keep = args.includes('--keep');
	const runs = Number(/^--runs=(\d+)$/.exec(args.find((a) => a.startsWith('--runs=')) ?? '--runs=1')?.[1] ?? NaN);
	const ns = args.filter((a) => !a.startsWith('--')).map(Number);
	const unknown = args.filter((a) => a.startsWith('--') && a !== '--keep' && !/^--runs=\d+$/.test(a));
	if (ns.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1) || unknown.length) {
		console.error('usage: npx node tests/bench/scale/run.ts [N ...] [--runs=K] [--keep]   (N: lessons per language; default 200 2000)');
		process.exit(2);
	}
	const results = await runScaleBenchmark(ns.length ? ns : [200, 2000], { keep, runs });
	writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\nResults written to ${relative(process.cwd(), RESULTS_FILE)}\n`);
	printScaleTable();
	process.exit(results.passed ? 0 : 1);
}
