/**
 * The built site in the browser, every language: no console errors, no CSP violations, no request
 * to another origin, and axe (WCAG 2.2 AA) clean.
 *
 * Which pages are opened, and how much of each axe reads, keeps this file (once most of the browser
 * tests' time) within the CI budget without leaving a template or a language out:
 * - Lessons are written by hand in each language, so every lesson is opened in every written
 *   language. A generated language (Uzbek Cyrillic, made from Uzbek Latin) has the same markup as
 *   its source: its lessons take turns like the pages below.
 * - Every other page with a slug is made by one template from data (a quiz, a course, a simulator,
 *   a glossary term, and each lesson's and quiz's teacher view, classroom, worksheet, answer key and
 *   family card): each such page is opened in one language, the languages taking turns, shifted per
 *   template so one module's pages are each in another language. Templates with fewer pages than
 *   there are languages are opened in every language.
 * - The first page of each template in each language is checked whole; on the others axe reads only
 *   `<main>`, because the header, sidebar and footer around it come from the same components and
 *   colours on every page of a language (axe on the sidebar of 36 lessons is most of a page's time).
 * - On the other pages axe reads `<main>` only when it has something no page axe read before had
 *   (`markupSignatures`: an element with its classes under a parent not seen before, an attribute
 *   or a value that matters such as lang, role or an aria state, an empty alt, a link or heading
 *   without words, a jump between heading levels). The rest differ from a page already read only in
 *   which words, ids and references they have, which axe does not judge: they are opened and
 *   watched (status, console, CSP, other origins) without axe, two thirds of a page's time.
 * `OGOH_AXE_EVERY_PAGE=kk,uz-cyrl` opens every page of those languages, and `OGOH_AXE_WHOLE=1` checks
 * every opened page whole, e.g. after a change to a language's texts or to the page frame.
 * What needs no browser is checked on every built page of every language in tests/unit/csp.test.ts
 * (the policy allows each inline script; nothing loads from another origin) and
 * tests/unit/built-languages.test.ts (no English fallback). Pages are opened in batches on one tab.
 * One page of each kind is also checked in the dark theme, whose colours differ.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, splitLocale } from '../../src/lib/locales.ts';
import { builtPages, drawnButHidden, expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { markupSignatures, sweepPlan, templateOf } from './page-sample.ts';

const pages = builtPages();
const builtFile = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
const signaturesByPath = new Map<string, Set<string>>();
function signaturesOf(path: string): Set<string> {
	return signaturesByPath.get(path) ?? signaturesByPath.set(path, markupSignatures(readFileSync(builtFile(path), 'utf8'))).get(path)!;
}
const plan = sweepPlan(
	pages,
	{ everyPageOf: new Set((process.env.OGOH_AXE_EVERY_PAGE ?? '').split(',').filter(Boolean)), whole: process.env.OGOH_AXE_WHOLE === '1' },
	signaturesOf
);

test('the sweep checks every template in every language whole, every lesson in every written language, and every other page in one', () => {
	expect(pages.length).toBeGreaterThan(1000);
	for (const locale of LOCALES) expect(pages.filter((p) => splitLocale(p).locale === locale).length, locale).toBeGreaterThan(10);
	const frame = (path: string) => `${splitLocale(path).locale} ${templateOf(path)}`;
	const whole = new Set(plan.filter((step) => step.axe === 'page').map((step) => frame(step.path)));
	expect(pages.filter((path) => !whole.has(frame(path))), 'templates never checked whole in a language').toEqual([]);
	const timesOpened = new Map<string, number>();
	for (const { path } of plan) timesOpened.set(splitLocale(path).rest, (timesOpened.get(splitLocale(path).rest) ?? 0) + 1);
	expect(pages.filter((path) => !timesOpened.has(splitLocale(path).rest)), 'pages opened in no language').toEqual([]);
	// Lessons: en, uz, ru and kk by hand, plus Uzbek Cyrillic's turns.
	const lessons = [...timesOpened].filter(([rest]) => templateOf(rest) === 'lessons/*');
	expect(lessons.filter(([, times]) => times < LOCALES.length - 1), 'lessons not opened in every written language').toEqual([]);
	const teacherViews = [...timesOpened].filter(([rest]) => templateOf(rest) === 'lessons/*/teacher');
	expect(teacherViews.length).toBeGreaterThan(30);
	expect(new Set(teacherViews.map(([, times]) => times))).toEqual(new Set([1]));
	expect(plan.length).toBeLessThan(pages.length / 2);
	// axe: every frame whole, and every signature of every opened page read on some page; fewer than half of the pages read.
	const read = new Set(plan.filter((step) => step.axe !== 'none').flatMap((step) => [...signaturesOf(step.path)]));
	const unread = plan.filter((step) => [...signaturesOf(step.path)].some((signature) => !read.has(signature)));
	expect(unread.map((step) => step.path), 'pages with markup axe never read').toEqual([]);
	expect(plan.filter((step) => step.axe !== 'none').length).toBeLessThan(plan.length / 2);
});

const BATCH = 16;
for (let start = 0; start < plan.length; start += BATCH) {
	const batch = plan.slice(start, start + BATCH);
	test(`pages ${batch[0]!.path} … ${batch.at(-1)!.path} are clean and accessible`, async ({ page, baseURL }) => {
		test.setTimeout(BATCH * 15_000);
		const watch = await watchPage(page, new URL(baseURL!).origin);
		for (const { path, axe } of batch) {
			await test.step(`${path} (axe: ${{ page: 'whole page', main: 'main', none: 'none, read on a page like it' }[axe]})`, async () => {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				expect(await drawnButHidden(page), `${path}: elements marked hidden but drawn`).toEqual([]);
				if (axe !== 'none') await expectNoAxeViolations(page, axe === 'main' ? 'main' : undefined);
			});
		}
		await page.waitForLoadState('networkidle');
		expectClean(watch);
	});
}

// Before any script runs (or without JavaScript), what is hidden for the script to show stays hidden.
test('without JavaScript, no page of any template draws what it marks hidden', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const firstOfTemplate = new Map<string, string>();
	for (const path of pages) if (!firstOfTemplate.has(templateOf(path))) firstOfTemplate.set(templateOf(path), path);
	expect(firstOfTemplate.size).toBeGreaterThan(20);
	const drawn: string[] = [];
	for (const path of firstOfTemplate.values()) {
		await page.goto(path);
		drawn.push(...(await drawnButHidden(page)).map((html) => `${path}: ${html}`));
	}
	expect(drawn).toEqual([]);
	await context.close();
});

const darkSamples = ['/', '/ru/lessons/refusal-skills/', '/uz/lessons/phishing-links/teacher/', '/quizzes/phishing-links/', '/ru/quizzes/money-mules/classroom/', '/courses/prevention-basics-for-teachers/', '/uz/glossary/'];
for (const path of darkSamples) {
	test(`${path} is accessible in the dark theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page);
	});
}
