/** The scale benchmark's reading of build logs (tests/bench/scale/log.ts). */
import { expect, test } from 'vitest';
import { durationSeconds, hookCosts, phases, routeCosts, routeKind } from '../bench/scale/log.ts';

const LOG = `09:37:52 [ogoh:validate-content] content check passed
09:38:04 [build] Collecting build info...
09:39:05 [build] ✓ Completed in 1m 1s.
09:39:25 [vite] ✓ built in 19.90s
09:39:26 [vite] ✓ built in 812ms
 generating static routes 
09:40:01   ├─ /lessons/practice-0001/index.html (+55ms) 
09:40:01   ├─ /uz/lessons/practice-0001/index.html (+45ms) 
09:40:02   ├─ /ru/lessons/practice-0001/teacher/index.html (+1.20s) 
09:40:02   ├─ /quizzes/practice-0001/classroom/index.html (+30ms) 
09:40:02   ├─ /uz/quizzes/practice-0001.moodle.xml (+4ms) 
09:40:02   ├─ /quizzes/practice-0001.gift (+3ms) 
09:40:02   ├─ /lessons/index.html (+10ms) 
09:40:02   └─ /uz-cyrl/glossary/term-0001/index.html (+7ms) 
09:47:03 ✓ Completed in 4m 55s.
09:47:03 [starlight:pagefind] Building search index with Pagefind...
09:48:27 [starlight:pagefind] Finished building search index in 83.86s.
09:48:39 [ogoh:csp-guard] finished in 11.31s
09:48:39 [ogoh:robots-txt] finished in 0.00s
09:50:20 [ogoh:site-zip] finished in 100.84s
09:50:59 [build] 3834 page(s) built in 10m 14s
`;

test('durations as Astro prints them', () => {
	expect(durationSeconds('812ms')).toBe(0.812);
	expect(durationSeconds('4.06s')).toBe(4.06);
	expect(durationSeconds('1m 5s')).toBe(65);
	expect(durationSeconds('10m 14s')).toBe(614);
});

test('route kinds drop the language and name the item [slug]', () => {
	expect(routeKind('/uz/lessons/practice-0001/teacher/index.html')).toBe('/lessons/[slug]/teacher/index.html');
	expect(routeKind('/lessons/index.html')).toBe('/lessons/index.html');
	expect(routeKind('/ru/quizzes/x.moodle.xml')).toBe('/quizzes/[slug].moodle.xml');
	expect(routeKind('/quizzes/x.gift')).toBe('/quizzes/[slug].gift');
	expect(routeKind('/icons/icon-192.png')).toBe('/icons/[slug].png');
	expect(routeKind('/uz-cyrl/glossary/term-0001/index.html')).toBe('/glossary/[slug]/index.html');
	expect(routeKind('/teachers/index.html')).toBe('/teachers/index.html');
});

test('render time per route kind, most expensive first', () => {
	expect(routeCosts(LOG)).toEqual({
		'/lessons/[slug]/teacher/index.html': { files: 1, seconds: 1.2 },
		'/lessons/[slug]/index.html': { files: 2, seconds: 0.1 },
		'/quizzes/[slug]/classroom/index.html': { files: 1, seconds: 0.03 },
		'/lessons/index.html': { files: 1, seconds: 0.01 },
		'/glossary/[slug]/index.html': { files: 1, seconds: 0.007 },
		'/quizzes/[slug].moodle.xml': { files: 1, seconds: 0.004 },
		'/quizzes/[slug].gift': { files: 1, seconds: 0.003 },
	});
});

test('each build:done step, from Pagefind and our "finished in" lines', () => {
	expect(hookCosts(LOG)).toEqual({ 'starlight:pagefind': 83.86, 'ogoh:csp-guard': 11.31, 'ogoh:robots-txt': 0, 'ogoh:site-zip': 100.84 });
});

test('phases from Astro timings and the wall time', () => {
	const result = phases(LOG, 700);
	expect(result['collect build info (content layer)']).toBe(61);
	expect(result['vite bundling']).toBeCloseTo(20.712, 6);
	expect(result['render pages']).toBe(295);
	expect(result['pagefind']).toBe(83.86);
	expect(result['astro build (reported total)']).toBe(614);
	expect(result['before build: config, content check, sync (wall - reported)']).toBe(86);
	expect(result['after pagefind: build:done hooks (±1 s)']).toBe(152);
});
