/**
 * The family take-home card (/lessons/<slug>/family/) as a family gets it: printed on one A4 page
 * in its language, with the lesson's three questions and the help lines of both countries, read
 * back from the PDF; accessible; reached from the lesson and from the teacher view.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { helpBlock } from '../../src/lib/help-block.ts';
import { helplinesSchema, lessonSchema, type Lesson } from '../../src/lib/schemas.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { normalise, printedText } from './print-helpers.ts';
import { uiStrings } from './quiz-helpers.ts';

type Lang = 'en' | 'uz' | 'ru' | 'kk';
const prefix = (lang: string) => (lang === 'en' ? '' : `/${lang}`);
const slugs = readdirSync('content/lessons/en').map((file) => file.replace(/\.mdx$/, '')).sort();
const helplines = helplinesSchema.parse(parse(readFileSync('content/helplines.yaml', 'utf8')));

function readLesson(lang: Lang, slug: string): Lesson {
	const source = readFileSync(`content/lessons/${lang}/${slug}.mdx`, 'utf8');
	return lessonSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!));
}

/** A lesson's card text in a language, longest first: the cards most likely to spill onto a second page. */
function longestCards(lang: Lang, count: number): string[] {
	const size = (slug: string) => {
		const lesson = readLesson(lang, slug);
		return [lesson.title, ...lesson.keyPoints, ...lesson.familyQuestions].join('').length + (lesson.topic === 'drugs' ? 400 : 0);
	};
	return [...slugs].sort((a, b) => size(b) - size(a)).slice(0, count);
}

test.skip(({ isMobile }) => isMobile, 'paper is the same on every device');

// Every lesson, in Uzbek or in Russian (taking turns, the same card template in both), and the longest cards in
// both: one page, its three questions and every help line of its topic in both countries.
for (const [turn, lang] of (['uz', 'ru'] as const).entries()) {
	const printed = [...new Set([...slugs.filter((_, index) => index % 2 === turn), ...longestCards(lang, 4)])];
	test(`${lang}: half of the lessons' family cards and the longest print on one A4 page with their three questions and the help lines`, async ({ page }) => {
		test.setTimeout(printed.length * 8_000);
		for (const slug of printed) {
			await test.step(slug, async () => {
				const lesson = readLesson(lang, slug);
				await page.goto(`${prefix(lang)}/lessons/${slug}/family/`);
				const { text, halves, pages } = await printedText(page);
				expect(pages, `${slug}: sheets of paper`).toBe(1);
				expect(lesson.familyQuestions).toHaveLength(3);
				for (const [index, question] of lesson.familyQuestions.entries()) expect(text).toContain(`${index + 1}. ${normalise(question)}`);
				for (const point of lesson.keyPoints) expect(text).toContain(normalise(point));
				// The two countries are printed side by side, Uzbekistan on the left: each half is read alone.
				for (const [side, country] of helpBlock(helplines, lang, lesson.topic).entries()) {
					expect(country.helplines.length).toBeGreaterThan(0);
					for (const line of country.helplines) {
						expect(halves[side]).toContain(`${line.number ?? '→'} ${normalise(line.name.text)}.`);
					}
				}
				// The screen's intro and print button stay off the paper.
				expect(text).not.toContain(normalise(uiStrings(lang)['ogoh.family.print']!));
			});
		}
	});
}

// The other languages: the longest cards still fit on one page.
for (const lang of ['en', 'kk', 'uz-cyrl'] as const) {
	test(`${lang}: the longest family cards print on one A4 page`, async ({ page }) => {
		for (const slug of longestCards(lang === 'uz-cyrl' ? 'uz' : lang, 4)) {
			await page.goto(`${prefix(lang)}/lessons/${slug}/family/`);
			const { pages, text } = await printedText(page);
			expect(pages, `${lang} ${slug}: sheets of paper`).toBe(1);
			expect(text).toContain('112');
		}
	});
}

test('the card says what the child learned, or what a lesson for parents is about', async ({ page }) => {
	const ru = uiStrings('ru');
	await page.goto('/ru/lessons/alcohol/family/');
	await expect(page.getByRole('heading', { level: 2, name: ru['ogoh.family.learned'] })).toBeVisible();
	await expect(page.locator('[data-family-questions] li')).toHaveText(readLesson('ru', 'alcohol').familyQuestions);
	await page.goto('/ru/lessons/talking-with-teenagers/family/');
	await expect(page.getByRole('heading', { level: 2, name: ru['ogoh.family.about'] })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: ru['ogoh.family.learned'] })).toHaveCount(0);
});

for (const lang of ['ru', 'kk'] as const) {
	test(`${lang}: the family card is accessible, clean and in the page's language, with a print button`, async ({ page, baseURL }) => {
		const ui = uiStrings(lang);
		const watch = await watchPage(page, new URL(baseURL!).origin);
		await page.goto(`/${lang}/lessons/sextortion/family/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['ogoh.family.title']!.replace('{{title}}', readLesson(lang, 'sextortion').title));
		await expect(page.getByRole('heading', { level: 2, name: ui['ogoh.family.questions'] })).toBeVisible();
		await expect(page.getByRole('button', { name: ui['ogoh.family.print'] })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
		await page.waitForLoadState('networkidle');
		expectClean(watch);
	});
}

test('uz: the lesson and its teacher view link to the family card', async ({ page }) => {
	const uz = uiStrings('uz');
	const title = uz['ogoh.family.title']!.replace('{{title}}', readLesson('uz', 'phishing-links').title);
	await page.goto('/uz/lessons/phishing-links/');
	await page.getByRole('link', { name: uz['ogoh.family.link'] }).click();
	await expect(page).toHaveURL(/\/uz\/lessons\/phishing-links\/family\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	await page.goto('/uz/lessons/phishing-links/teacher/');
	await page.getByRole('navigation', { name: uz['ogoh.teacherView.tools'] }).getByRole('link', { name: uz['ogoh.family.teacherLink'] }).click();
	await expect(page).toHaveURL(/\/uz\/lessons\/phishing-links\/family\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	// Back to the lesson from the card's header.
	await page.getByRole('link', { name: readLesson('uz', 'phishing-links').title, exact: true }).click();
	await expect(page).toHaveURL(/\/uz\/lessons\/phishing-links\/$/);
});
