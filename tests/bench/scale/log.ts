/**
 * Where a build spent its time, read from the log `astro build` prints (best effort: the log
 * format is not an API). Used by run.ts for the scale benchmark's breakdown.
 */
import { stripVTControlCharacters } from 'node:util';

const stripColours = (log: string) => stripVTControlCharacters(log);

/** Astro prints "812ms", "4.06s" or "1m 5s". */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;
export function durationSeconds(text: string): number {
	const [, minutes = '0', value = '0', unit = 's'] = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim()) ?? [];
	return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

const clock = (line: string) => {
	const match = /^(\d\d):(\d\d):(\d\d)/.exec(line);
	return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
};

/**
 * The build's phases in seconds, from the timings Astro and Pagefind print: content layer, Vite
 * bundling, rendering, Pagefind, and the astro:build:done work after Pagefind (our hooks). What
 * comes before Astro's own clock starts (config, the content check, type generation) is the wall
 * time minus Astro's reported total.
 */
export function phases(log: string, wallSeconds: number): Record<string, number> {
	const out: Record<string, number> = {};
	const add = (name: string, value: number) => (out[name] = (out[name] ?? 0) + value);
	let section: string | undefined;
	let pagefindAt: number | undefined;
	for (const line of stripColours(log).split('\n')) {
		if (/Collecting build info/.test(line)) section = 'collect build info (content layer)';
		else if (/generating static routes/.test(line)) section = 'render pages';
		else if (/generating optimized images/.test(line)) section = 'optimize images';
		let match = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(line);
		if (match) add('vite bundling', durationSeconds(match[1]!));
		match = new RegExp(`Completed in ${DURATION}`).exec(line);
		if (match && section) {
			add(section, durationSeconds(match[1]!));
			section = undefined;
		}
		match = new RegExp(`Finished building search index in ${DURATION}`).exec(line);
		if (match) {
			add('pagefind', durationSeconds(match[1]!));
			pagefindAt = clock(line);
		}
		match = new RegExp(`page\\(s\\) built in ${DURATION}`).exec(line);
		if (match) {
			const total = durationSeconds(match[1]!);
			out['astro build (reported total)'] = total;
			out['before build: config, content check, sync (wall - reported)'] = wallSeconds - total;
			const end = clock(line);
			if (pagefindAt !== undefined && end !== undefined) out['after pagefind: build:done hooks (±1 s)'] = end - pagefindAt;
		}
	}
	return out;
}

/** A built file's route: the language prefix dropped and the item's slug written as [slug]. */
export function routeKind(path: string): string {
	return path
		.replace(/^\/[a-z]{2}(?:-[a-z]+)?\//, '/')
		.replace(/^\/(lessons|quizzes|courses|glossary|audience|topics|icons)\/(?!index\.html$)[^/]+?(?=\/|\.gift$|\.moodle\.xml$|\.png$)/, '/$1/[slug]');
}

export interface RouteCost {
	files: number;
	/** The sum of the render times Astro prints per file ("(+12ms)"). */
	seconds: number;
}

/** Render time per route kind (lesson, teacher view, quiz, classroom…), most expensive first. */
export function routeCosts(log: string): Record<string, RouteCost> {
	const out: Record<string, RouteCost> = {};
	for (const match of stripColours(log).matchAll(/[├└]─ (\/\S+) \(\+([\d.]+m?s)\)/g)) {
		const kind = routeKind(match[1]!);
		const cost = (out[kind] ??= { files: 0, seconds: 0 });
		cost.files++;
		cost.seconds += durationSeconds(match[2]!);
	}
	return Object.fromEntries(Object.entries(out).sort((a, b) => b[1].seconds - a[1].seconds));
}

/**
 * The time each astro:build:done step took, in seconds: Pagefind's own timing, and the
 * "finished in" line each of our after-build integrations prints (src/integrations/after-build.ts).
 */
export function hookCosts(log: string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const line of stripColours(log).split('\n')) {
		let match = new RegExp(`Finished building search index in ${DURATION}`).exec(line);
		if (match) out['starlight:pagefind'] = durationSeconds(match[1]!);
		match = new RegExp(`\\[([\\w:@/-]+)\\] finished in ${DURATION}`).exec(line);
		if (match) out[match[1]!] = (out[match[1]!] ?? 0) + durationSeconds(match[2]!);
	}
	return out;
}
