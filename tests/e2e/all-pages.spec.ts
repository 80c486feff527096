/**
 * The built site in the browser, every language: no console errors, no CSP violations, no request
 * to another origin, and axe (WCAG 2.2 AA) clean. Every page people reach by reading (lessons,
 * quizzes, courses, lists, home, help) is opened in every language. The pages made from the same
 * data by another template (teacher views, classroom, worksheet and answer key of each quiz, one
 * page per glossary term, the family card of each lesson, a simulator's classroom mode and printed storyboard) are opened in one language each, rotating, so every template, every
 * module and every language is covered without opening the same markup five times: axe is most of
 * this file's time, and the file is most of the browser tests' time. What needs no browser is
 * checked on every built page of every language in tests/unit/csp.test.ts (the policy allows each
 * inline script; nothing loads from another origin) and tests/unit/built-languages.test.ts (no
 * English fallback). Pages are opened in batches on one tab. One page of each kind is also checked
 * in the dark theme, whose colours differ.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, splitLocale } from '../../src/lib/locales.ts';
import { builtPages, expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

const pages = builtPages();

/** Pages another template makes from a lesson's, a quiz's or a glossary term's data: kind and slug. */
const DERIVED = /^\/(?:lessons\/([^/]+)\/(teacher|family)|quizzes\/([^/]+)\/(classroom|worksheet|answer-key)|(glossary)\/([^/]+)|simulators\/([^/]+)\/(classroom|storyboard))\/$/;
function derivedPage(path: string): { locale: string; kind: string; slug: string } | undefined {
	const { locale, rest } = splitLocale(path);
	const match = DERIVED.exec(rest);
	if (match?.[8]) return { locale, kind: `simulator-${match[8]}`, slug: match[7]! };
	return match ? { locale, kind: match[2] ?? match[4] ?? match[5]!, slug: match[1] ?? match[3] ?? match[6]! } : undefined;
}
const slugsOf = new Map<string, string[]>();
for (const { kind, slug } of pages.map(derivedPage).filter((page) => page !== undefined)) {
	const slugs = slugsOf.get(kind) ?? slugsOf.set(kind, []).get(kind)!;
	if (!slugs.includes(slug)) slugs.push(slug);
}
for (const slugs of slugsOf.values()) slugs.sort();

/**
 * Languages whose derived pages all get axe too (comma-separated codes), e.g.
 * `OGOH_AXE_EVERY_PAGE=kk,uz-cyrl` after a change to a language's texts; by default none.
 */
const AXE_EVERY_PAGE = new Set((process.env.OGOH_AXE_EVERY_PAGE ?? '').split(',').filter(Boolean));

/** Whether axe runs on a page: always, but for derived pages only in the language whose turn it is. */
function axeChecks(path: string): boolean {
	const derived = derivedPage(path);
	if (!derived || AXE_EVERY_PAGE.has(derived.locale)) return true;
	const index = slugsOf.get(derived.kind)!.indexOf(derived.slug);
	// Shifted per kind, so one module's five derived pages are each in another language.
	const shift = ['teacher', 'classroom', 'worksheet', 'answer-key', 'family', 'glossary', 'simulator-classroom', 'simulator-storyboard'].indexOf(derived.kind);
	return (index + shift) % LOCALES.length === LOCALES.indexOf(derived.locale as (typeof LOCALES)[number]);
}

test('axe covers every derived template in every language, and each derived page in one language', () => {
	const derived = pages.filter((path) => derivedPage(path) !== undefined);
	expect(derived.length).toBeGreaterThan(300);
	for (const locale of LOCALES) {
		for (const template of ['/teacher/', '/classroom/', '/worksheet/', '/answer-key/', '/glossary/', '/family/']) {
			const checked = derived.filter((path) => splitLocale(path).locale === locale && path.includes(template) && axeChecks(path));
			expect(checked.length, `${locale} ${template}`).toBeGreaterThan(5);
		}
		// A handful of simulators: each language checks at least one of each of their pages.
		for (const template of ['/simulators/[^/]+/classroom/', '/simulators/[^/]+/storyboard/']) {
			const checked = derived.filter((path) => splitLocale(path).locale === locale && new RegExp(template).test(path) && axeChecks(path));
			expect(checked.length, `${locale} ${template}`).toBeGreaterThan(0);
		}
	}
	const perPage = new Map<string, number>();
	for (const path of derived.filter(axeChecks)) perPage.set(splitLocale(path).rest, (perPage.get(splitLocale(path).rest) ?? 0) + 1);
	if (AXE_EVERY_PAGE.size === 0) expect(new Set(perPage.values())).toEqual(new Set([1]));
	expect(perPage.size).toBe(new Set(derived.map((path) => splitLocale(path).rest)).size);
});

test('the site has pages in every language', () => {
	for (const locale of LOCALES.filter((code) => code !== 'en')) expect(pages.filter((p) => p.startsWith(`/${locale}/`)).length, locale).toBeGreaterThan(10);
});

const opened = pages.filter(axeChecks);
const BATCH = 16;
for (let start = 0; start < opened.length; start += BATCH) {
	const batch = opened.slice(start, start + BATCH);
	test(`pages ${batch[0]} … ${batch.at(-1)} are clean and accessible`, async ({ page, baseURL }) => {
		test.setTimeout(BATCH * 15_000);
		const watch = await watchPage(page, new URL(baseURL!).origin);
		for (const path of batch) {
			await test.step(path, async () => {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expectNoAxeViolations(page);
			});
		}
		await page.waitForLoadState('networkidle');
		expectClean(watch);
	});
}

const darkSamples = ['/', '/ru/lessons/refusal-skills/', '/uz/lessons/phishing-links/teacher/', '/quizzes/phishing-links/', '/ru/quizzes/money-mules/classroom/', '/courses/prevention-basics-for-teachers/', '/uz/glossary/'];
for (const path of darkSamples) {
	test(`${path} is accessible in the dark theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page);
	});
}
