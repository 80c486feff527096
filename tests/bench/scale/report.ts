/** The scale benchmark's results (run.ts) as markdown: the table for the README and where the time went. */
import type { ScaleResults, ScaleRun } from './run.ts';

const fmt = (value: number, digits: number) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cpu = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? 'n/a' : `${fmt(seconds, 0)} s`);

/** The results as a markdown table plus a few lines of context, ready to paste into a README. */
export function formatScaleTable(results: ScaleResults): string {
	const rows = results.runs.map(
		(r) =>
			`| ${fmt(r.n, 0)} | ${fmt(r.ours.pages, 0)} | ${fmt(r.ours.seconds, 1)} s | ${cpu(r.ours.cpuSeconds)} | ${fmt(r.ours.msPerLesson, 1)} ms | ${fmt(r.plain.pages, 0)} | ${fmt(r.plain.seconds, 1)} s | ${cpu(r.plain.cpuSeconds)} | ${fmt(r.plain.msPerLesson, 1)} ms | **${fmt(r.ratio, 2)}** | ${r.cpuRatio === null || r.cpuRatio === undefined ? 'n/a' : fmt(r.cpuRatio, 2)} | ${fmt(r.ratioPerPage, 2)} |`
	);
	const lines = [
		'| Lessons per language (N) | Ogoh HTML pages | Ogoh build | Ogoh CPU | Ogoh per lesson | Plain HTML pages | Plain build | Plain CPU | Plain per lesson | Ratio per lesson | Ratio in CPU time | Ratio per page |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows,
		'',
		`Measured ${results.date.slice(0, 10)} on ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.node}, Astro ${results.astro}, Starlight ${results.starlight}. ` +
			`${(results.buildsPerSite ?? 1) > 1 ? `Fastest of ${results.buildsPerSite} cold \`astro build\` runs per site` : 'Each site built once with `astro build`'}; ` +
			'time per lesson = wall-clock build time / (N x 5 languages); CPU = user + system time of the build and its child processes.',
	];
	const marginal = results.runs.filter((r) => r.marginalMsPerLesson.ours !== null);
	if (marginal.length) {
		lines.push(
			`Extra build time per extra lesson: ${marginal.map((r) => `up to N=${fmt(r.n, 0)}: Ogoh ${fmt(r.marginalMsPerLesson.ours!, 1)} ms, plain ${fmt(r.marginalMsPerLesson.plain ?? NaN, 1)} ms`).join('; ')}.`
		);
	}
	const memory = results.runs.filter((r) => r.ours.peakMemoryMB !== null);
	if (memory.length) {
		lines.push(`Peak memory of the build process: ${memory.map((r) => `N=${fmt(r.n, 0)}: Ogoh ${fmt(r.ours.peakMemoryMB!, 0)} MB, plain ${fmt(r.plain.peakMemoryMB ?? NaN, 0)} MB`).join('; ')}.`);
	}
	lines.push(`Mean 1-minute load during the builds (${results.machine.cores} cores): ${results.runs.map((r) => `N=${fmt(r.n, 0)}: Ogoh ${fmt(r.ours.meanLoad, 1)}, plain ${fmt(r.plain.meanLoad, 1)}`).join('; ')}.`);
	if (results.runs.some((r) => r.ours.meanLoad > results.machine.cores || r.plain.meanLoad > results.machine.cores)) {
		lines.push('Above the core count, other work competed for the CPU: absolute times are high, the ratios less affected.');
	}
	if (results.growth !== null) {
		lines.push(`Ogoh's time per lesson at the largest N is ${fmt(results.growth, 2)}x that at the smallest N (limit ${results.limits.growth}x); ratio limit at the largest N ${results.limits.ratio}x.`);
	}
	lines.push(results.passed ? 'Result: passed.' : `Result: FAILED. ${results.failures.join('. ')}.`);
	return lines.join('\n');
}

/** Where the Ogoh build spent its time at each N: phases, render time per route kind, build:done steps. */
export function formatBreakdown(results: ScaleResults): string {
	return results.runs.map(breakdownOf).join('\n\n');
}

function breakdownOf(r: ScaleRun): string {
	const lessons = r.n * 3;
	const perLesson = (seconds: number) => `${fmt((seconds * 1000) / lessons, 1)} ms/lesson`;
	const lines = [`Where the time went at N=${fmt(r.n, 0)} (Ogoh / plain Starlight, seconds):`];
	const names = [...new Set([...Object.keys(r.phases.ours), ...Object.keys(r.phases.plain)])];
	for (const name of names) lines.push(`- ${name}: ${fmt(r.phases.ours[name] ?? 0, 1)} / ${fmt(r.phases.plain[name] ?? 0, 1)}`);
	const routes = Object.entries(r.routes ?? {});
	if (routes.length) {
		lines.push('', 'Ogoh render time per route kind (sum of the per-file times Astro prints):');
		for (const [kind, cost] of routes.slice(0, 14)) {
			lines.push(`- ${kind}: ${cost.files} files, ${fmt(cost.seconds, 1)} s (${fmt((cost.seconds * 1000) / cost.files, 1)} ms each, ${perLesson(cost.seconds)})`);
		}
	}
	const hooks = Object.entries(r.hooks ?? {});
	if (hooks.length) {
		lines.push('', 'Ogoh astro:build:done steps:');
		for (const [hook, seconds] of hooks) lines.push(`- ${hook}: ${fmt(seconds, 1)} s (${perLesson(seconds)})`);
	}
	return lines.join('\n');
}
