/**
 * Speed budgets of the built site: `npm run build`, then `npm run bench`. A benchmark, not a
 * timed test: it prints tables and exits non-zero when a budget is broken.
 *
 * 1. JavaScript each of our features adds to a page, over Starlight's own (from the built files),
 *    and a whole lesson page's against a plain Starlight lesson page's (plain-starlight.json).
 * 2. Page weight per page type on a first visit, in chromium: requests and gzipped bytes of HTML,
 *    CSS, JS and the rest.
 * 3. The first search: everything it downloads.
 * 4. Lighthouse, mobile (CPU slowdown calibrated to the machine): 100 in performance, accessibility, best practices and SEO on the home
 *    page, a lesson, a quiz, a course and a chat simulator (`--no-lighthouse` skips it for a quick run).
 * 5. The build-time scale table recorded by `npm run bench:scale` (tests/bench/scale/results.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, runLighthouse } from './lighthouse.ts';
import { measureFirstSearch, measurePages, type PageWeight } from './page-weight.ts';
import { installedVersions, PLAIN_STARLIGHT_FILE, type PlainStarlight } from './plain-starlight.ts';
import { withPreview } from './preview.ts';
import { gzippedSize, scriptsOf } from './scripts.ts';
import { formatScaleTable, RESULTS_FILE, type ScaleResults } from './scale/run.ts';

const dist = resolve('dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`No built site in ${dist}: run npm run build first.`);
	process.exit(2);
}
const skipLighthouse = process.argv.includes('--no-lighthouse');

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const broken: string[] = [];
function check(what: string, measured: number, limit: number, unit: (n: number) => string = kb): string {
	const ok = measured <= limit;
	if (!ok) broken.push(`${what}: ${unit(measured)} > ${unit(limit)}`);
	return `${unit(measured).padStart(9)} ${unit(limit).padStart(9)}  ${ok ? 'ok' : 'OVER'}`;
}

// 1. Scripts each feature adds --------------------------------------------------------------

const scripts = (page: string) => scriptsOf(dist, page);
const gzip = gzippedSize;

// The offline status (footer, every page) is part of the shell, like Starlight's own scripts.
const baseline = scripts('glossary/index.html');
const starlightOnly = [...baseline].filter((key) => !key.includes('OfflineStatus') && !key.includes('ogoh-offline-status'));
const extra = (page: string) => [...scripts(page)].filter((file) => !baseline.has(file));

console.log('Scripts (gzipped)                                measured     limit');
console.log(`Offline status and service worker registration   ${check('offline status script', gzip(baseline) - gzip(starlightOnly), 3 * KB)}`);
// The glossary page no longer loads the language list and the progress module (3 KB), so the quiz now
// counts them as its own: 7.1 KB became 10.0 KB on Dec 1 with no change to the quiz (issue #15: 15 KB).
// 11 -> 12 KB the same day (11.6 measured) for the features issue #16 asked for: fill in the blanks and categorize
// (0.3 KB each), "How sure?" (0.55 KB) and the review of mistakes (0.36 KB); the hotspot adds none.
console.log(`JS added by the quiz to a quiz page              ${check('quiz JS', gzip(extra('quizzes/phishing-links/index.html')), 12 * KB)}`);
console.log(`JS added by the classroom mode                   ${check('classroom JS', gzip(extra('quizzes/phishing-links/classroom/index.html')), 15 * KB)}`);
console.log(`JS added by a chat simulator                     ${check('simulator JS', gzip(extra('simulators/courier-job/index.html')), 15 * KB)}`);
// Issue #15: a lesson page (with its checkpoints, the lesson-done button, the assignment link, the
// offline status and the search that reads typed Uzbek) against a plain Starlight lesson page of
// the same Starlight version (plain-starlight.ts), everything counted, on first load.
const plain = JSON.parse(readFileSync(PLAIN_STARLIGHT_FILE, 'utf8')) as PlainStarlight;
const installed = installedVersions();
if (plain.starlight !== installed.starlight || plain.astro !== installed.astro) {
	broken.push(`the plain Starlight baseline was measured with Starlight ${plain.starlight} and Astro ${plain.astro}, installed are ${installed.starlight} and ${installed.astro}: run npm run bench:plain`);
}
const lessonJs = gzip(scripts('ru/lessons/phishing-links/index.html'));
console.log(`A plain Starlight ${plain.starlight} lesson page       ${kb(plain.lessonJs).padStart(9)}`);
console.log(`An Ogoh lesson page (checkpoints included)       ${kb(lessonJs).padStart(9)}`);
console.log(`JS on a lesson page beyond plain Starlight's     ${check('lesson JS beyond plain Starlight', lessonJs - plain.lessonJs, 5 * KB)}`);
// A lesson with a norm-guess poll: its loader on the page, and its element when a poll nears the screen.
const pollPage = 'ru/lessons/alcohol/index.html';
const pollLessonJs = gzip(scripts(pollPage));
console.log(`JS on a lesson page with a norm-guess poll beyond plain Starlight's ${check('poll lesson JS beyond plain Starlight', pollLessonJs - plain.lessonJs, 5 * KB)}`);
// Not the assignment link's code, which every lesson loads only when an assignment is open.
const lessonLazy = scriptsOf(dist, 'ru/lessons/phishing-links/index.html', true);
const pollEager = scriptsOf(dist, pollPage);
// Nor the class's hand-count code, which only the teacher view's polls load.
const pollJs = gzip([...scriptsOf(dist, pollPage, true, /norm-guess-class/)].filter((file) => !pollEager.has(file) && !lessonLazy.has(file)));
console.log(`JS a norm-guess poll loads (when one is near)   ${check('norm-guess JS', pollJs, 2 * KB)}`);
console.log(`A poll lesson beyond plain Starlight, poll included ${check('poll lesson JS with the poll beyond plain Starlight', pollLessonJs + pollJs - plain.lessonJs, 5 * KB)}`);

// 2-4. In the browser ------------------------------------------------------------------------

/**
 * Per page type, the page measured and its first-visit budget. Search (Pagefind's UI and our query
 * logic) is not part of it: it loads when search is opened, and is measured as the first search.
 */
// History: raised on Dec 1 (small shared chunks, the student-experience and #16 features), lowered
// the same day after the browser registry, and lowered again on Dec 2 (below); the README's
// Performance section tells it in full.
const PAGES: Record<string, { path: string; requests: number; html: number; css: number; js: number; total: number }> = {
	// Lowered on Dec 2: Pagefind's UI and the query logic (about 31 KB of JS and 4 requests) load when
	// search is opened or pointed at, no longer on every page (measured: home 9.1 KB JS, 18 requests;
	// lesson 8.5 KB, 22; quiz 17.0 KB, 24; course 6.5 KB, 18; simulator 8.3 KB, 19; glossary 5.2 KB, 15).
	home: { path: '/', requests: 20, html: 15 * KB, css: 17 * KB, js: 12 * KB, total: 45 * KB },
	lesson: { path: '/lessons/phishing-links/', requests: 24, html: 20 * KB, css: 17 * KB, js: 12 * KB, total: 55 * KB },
	quiz: { path: '/quizzes/phishing-links/', requests: 26, html: 20 * KB, css: 17 * KB, js: 20 * KB, total: 60 * KB },
	course: { path: '/courses/prevention-basics-for-teachers/', requests: 20, html: 15 * KB, css: 17 * KB, js: 10 * KB, total: 45 * KB },
	classroom: { path: '/quizzes/phishing-links/classroom/', requests: 18, html: 15 * KB, css: 17 * KB, js: 35 * KB, total: 70 * KB },
	simulator: { path: '/simulators/courier-job/', requests: 22, html: 20 * KB, css: 17 * KB, js: 12 * KB, total: 50 * KB },
	glossary: { path: '/uz/glossary/', requests: 18, html: 20 * KB, css: 17 * KB, js: 8 * KB, total: 50 * KB },
};
const FIRST_SEARCH_LIMIT = 200 * KB;

await withPreview(async (origin) => {
	const weights = await measurePages(origin, dist, Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, page.path])));
	console.log('\nFirst visit, per page type (gzipped; measured / limit)');
	console.log(`${'page'.padEnd(11)}${['requests', 'HTML', 'CSS', 'JS', 'total'].map((title) => title.padStart(22)).join('')}`);
	for (const [name, budget] of Object.entries(PAGES)) {
		const weight = weights[name]!;
		const cell = (key: keyof PageWeight & keyof typeof budget, unit: (n: number) => string = kb) => {
			const ok = weight[key] <= budget[key];
			if (!ok) broken.push(`${name} ${key}: ${unit(weight[key])} > ${unit(budget[key])}`);
			return `${unit(weight[key])} / ${unit(budget[key])}${ok ? '   ' : ' !!'}`.padStart(22);
		};
		console.log(`${name.padEnd(11)}${cell('requests', String)}${cell('html')}${cell('css')}${cell('js')}${cell('total')}`);
	}

	const search = await measureFirstSearch(origin, dist, '/lessons/phishing-links/', 'password');
	console.log(`\nFirst search ("password" on a lesson page): ${search.requests} requests`);
	console.log(`Bytes downloaded by the first search             ${check('first search', search.total, FIRST_SEARCH_LIMIT)}`);

	if (skipLighthouse) return;
	const lighthousePages = { home: '/', lesson: PAGES.lesson!.path, quiz: PAGES.quiz!.path, course: PAGES.course!.path, simulator: PAGES.simulator!.path };
	const results = await runLighthouse(Object.fromEntries(Object.entries(lighthousePages).map(([name, path]) => [name, origin + path])));
	console.log('\nLighthouse 13, mobile, CPU slowdown calibrated to this machine (limit: 100 each; tests/bench/lighthouse.ts)');
	console.log(`${'page'.padEnd(11)}${CATEGORIES.map((id) => id.padStart(16)).join('')}   slowdown (benchmark index)   performance with a fixed 4x`);
	for (const [name, result] of Object.entries(results)) {
		const calibration = `${result.slowdown.toFixed(2)}x (${Math.round(result.benchmarkIndex)})`.padStart(27);
		console.log(`${name.padEnd(11)}${CATEGORIES.map((id) => String(result.scores[id]).padStart(16)).join('')}${calibration}${String(result.uncalibratedPerformance).padStart(30)}`);
		for (const id of CATEGORIES) if (result.scores[id] < 100) broken.push(`Lighthouse ${id} on ${name}: ${result.scores[id]} (${result.failing.filter((f) => f.startsWith(id)).join('; ')})`);
	}
});

// 5. Scale -------------------------------------------------------------------------------------

if (existsSync(RESULTS_FILE)) {
	const scale = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as ScaleResults;
	console.log(`\nBuild time at scale (recorded by npm run bench:scale):\n\n${formatScaleTable(scale)}`);
	// A recorded measurement, not one this run makes: `npm run bench:scale` fails on it when it is
	// measured; here its verdict is shown without failing a run that cannot change it.
	for (const failure of scale.failures) console.log(`recorded scale limit not met: ${failure}`);
} else broken.push('no scale results: run npm run bench:scale');

if (broken.length) {
	console.error(`\n${broken.length} budget(s) broken:\n- ${broken.join('\n- ')}`);
	process.exit(1);
}
console.log('\nAll budgets met.');
