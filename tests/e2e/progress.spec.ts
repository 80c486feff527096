/**
 * Progress a learner can see, on a phone in Russian: lessons marked done and a quiz taken show
 * up in the lesson and quiz lists (done, best score), the topic says "N of M", the home page
 * offers to continue, and nothing on those pages moves when the progress is filled in. The topic
 * passport keeps the typed name on the device, prints on one A4 page, and once the topic is done
 * shows a completion code that the teacher's check page accepts.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeQr } from './assignment-helpers.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { normalise, printedText } from './print-helpers.ts';
import { readQuiz, takeQuizCorrectly, uiStrings } from './quiz-helpers.ts';

test.skip(({ isMobile }) => !isMobile, 'the learner walk is on a phone');

const ui = uiStrings('ru');
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** The Russian cyber-safety lessons in the order the topic page lists them. */
function cyberLessons(): { slug: string; title: string }[] {
	return readdirSync('content/lessons/ru')
		.map((file) => {
			const text = readFileSync(`content/lessons/ru/${file}`, 'utf8');
			const field = (name: string) => text.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.replace(/^["']|["']$/g, '');
			return { slug: file.replace(/\.mdx$/, ''), title: field('title')!, topic: field('topic'), order: Number(field('order') ?? 100) };
		})
		.filter((lesson) => lesson.topic === 'cyber')
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
		.map(({ slug, title }) => ({ slug, title }));
}

async function markDone(page: Page, slug: string): Promise<void> {
	await page.goto(`/ru/lessons/${slug}/`);
	await page.getByRole('button', { name: ui['ogoh.lesson.markDone'] }).click();
	await expect(page.getByRole('button', { name: ui['ogoh.lesson.done'] })).toHaveAttribute('aria-pressed', 'true');
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test('ru phone: lessons done and a quiz taken show in the lists, the topic counts them, home offers to continue', async ({ page, baseURL }) => {
	const watch = await watchPage(page, new URL(baseURL!).origin);
	const lessons = cyberLessons();
	const card = (slug: string) => page.locator('.lesson-card').filter({ has: page.locator(`a[href$="/ru/lessons/${slug}/"]`) });

	// Before: nothing stored, nothing shown; where things stand on the page.
	await page.goto('/ru/topics/cyber/');
	await expect(page.locator('[data-count]')).toHaveText('');
	const cardBefore = await card('phishing-links').boundingBox();
	const listBefore = await box(page, '.lesson-list');
	await page.goto('/ru/');
	const continueBox = page.locator('ogoh-continue');
	// Nothing to continue yet: the box offers to start a lesson.
	await expect(continueBox).not.toHaveAttribute('data-shown');
	await expect(continueBox.getByRole('link')).toHaveText(ui['ogoh.continue.start']!);
	const headingBefore = await box(page, 'main h2');

	await markDone(page, 'passwords-and-2fa');
	await markDone(page, 'phishing-links');
	await page.goto('/ru/quizzes/phishing-links/');
	await takeQuizCorrectly(page, readQuiz('ru', 'phishing-links'), 'ru');
	const graded = readQuiz('ru', 'phishing-links').questions.filter((q) => q.type !== 'scenario').length;
	const best = fill(ui['ogoh.progress.best']!, { best: graded, total: graded });

	// The topic: "2 of 18", each card with its state, drawn, and nothing moved.
	await page.goto('/ru/topics/cyber/');
	await expect(page.locator('[data-count]')).toHaveText(fill(ui['ogoh.progress.lessons']!, { done: 2, total: lessons.length }));
	await expect(card('phishing-links').locator('[data-state]')).toHaveText(`${ui['ogoh.progress.done']} · ${best}`);
	await expect(card('passwords-and-2fa').locator('[data-state]')).toHaveText(ui['ogoh.progress.done']!);
	await expect(card(lessons.find((l) => !['phishing-links', 'passwords-and-2fa'].includes(l.slug))!.slug).locator('[data-state]')).toHaveText('');
	const state = (await card('phishing-links').locator('[data-state]').boundingBox())!;
	expect(state.width).toBeGreaterThan(100);
	expect(state.height).toBeGreaterThan(15);
	// The whole state fits on the line reserved for it (no "…").
	expect(await card('phishing-links').locator('[data-state]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
	const cardAfter = (await card('phishing-links').boundingBox())!;
	expect([cardAfter.y, cardAfter.height]).toEqual([cardBefore!.y, cardBefore!.height]);
	expect((await box(page, '.lesson-list')).y).toBe(listBefore.y);
	await expect(card('phishing-links')).toHaveAttribute('data-done', '');
	await expectNoAxeViolations(page);

	// The quiz list: the best score, "1 of 36 quizzes taken".
	await page.goto('/ru/quizzes/');
	const quizzes = readdirSync('content/quizzes/ru').length;
	await expect(page.locator('[data-count]')).toHaveText(fill(ui['ogoh.progress.quizzes']!, { done: 1, total: quizzes }));
	const quizItem = page.locator('li').filter({ has: page.locator('a[href$="/ru/quizzes/phishing-links/"]') });
	await expect(quizItem.locator('[data-state]')).toHaveText(best);
	await expectNoAxeViolations(page);

	// Home: the quiz was the last thing done, so the next lesson not done after phishing-links.
	const index = lessons.findIndex((l) => l.slug === 'phishing-links');
	const next = [...lessons.slice(index + 1), ...lessons.slice(0, index)].find((l) => !['phishing-links', 'passwords-and-2fa'].includes(l.slug))!;
	await page.goto('/ru/');
	await expect(continueBox).toBeVisible();
	await expect(continueBox).toContainText(ui['ogoh.continue.heading']!);
	const link = continueBox.getByRole('link', { name: fill(ui['ogoh.continue.lesson']!, { title: next.title }) });
	await expect(link).toHaveAttribute('href', new RegExp(`/ru/lessons/${next.slug}/$`));
	const linkBox = (await link.boundingBox())!;
	expect(linkBox.width).toBeGreaterThan(100);
	// Inside the reserved box, and the page below it did not move.
	const reserved = (await continueBox.boundingBox())!;
	expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(reserved.y + reserved.height);
	expect((await box(page, 'main h2')).y).toBe(headingBefore.y);
	await expectNoAxeViolations(page);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/ru/lessons/${next.slug}/$`));
	expectClean(watch);
});

test('ru phone: the topic passport keeps the name on the device, prints on one page, and gives a code the check page accepts', async ({ page, baseURL }) => {
	const watch = await watchPage(page, new URL(baseURL!).origin);
	await markDone(page, 'phishing-links');
	await page.goto('/ru/topics/cyber/');
	await page.getByRole('link', { name: ui['ogoh.progress.passportLink'] }).click();
	await expect(page).toHaveURL(/\/ru\/topics\/cyber\/passport\/$/);
	const name = 'Азиза Каримова';
	await page.getByLabel(ui['ogoh.passport.name']!).fill(name);
	await page.reload();
	await expect(page.getByLabel(ui['ogoh.passport.name']!)).toHaveValue(name);
	await expect(page.locator('[data-name]')).toHaveText(name);
	const lessons = cyberLessons();
	const total = lessons.length * 2;
	await expect(page.locator('[data-progress]')).toHaveText(fill(ui['ogoh.passport.progress']!, { done: 1, total }));
	const row = page.locator('tr').filter({ hasText: lessons.find((l) => l.slug === 'phishing-links')!.title });
	const [year, month, day] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()]) as [number, number, number];
	const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
	await expect(row.locator('td').first()).toContainText(`${day} ${months[month - 1]} ${year}`);
	await expect(row.locator('td').nth(1)).toHaveText(ui['ogoh.passport.notYet']!);
	await expect(page.locator('[data-complete]')).toBeHidden();
	await expect(page.locator('[data-incomplete]')).toBeVisible();
	await expectNoAxeViolations(page);

	// Printed: one A4 page with the name, the topic, a lesson's date; no name field, no button.
	const sheet = await printedPdf(page);
	expect(sheet.pages).toBe(1);
	expect(sheet.text).toContain(name);
	expect(sheet.text).toContain(normalise(fill(ui['ogoh.passport.title']!, { topic: ui['ogoh.topic.cyber']! })));
	expect(sheet.text).toContain(`${day} ${months[month - 1]} ${year}`);
	expect(sheet.text).not.toContain(normalise(ui['ogoh.passport.nameHint']!));
	expect(sheet.text).not.toContain(ui['ogoh.passport.print']);
	await page.emulateMedia({ media: 'screen' });

	// The whole topic done (quizzes passed): the completion code, checked on the teacher's page.
	const cards = JSON.parse((await page.locator('ogoh-passport').getAttribute('data-cards'))!) as { lesson: string; quiz?: { id: string; key: string; graded: number } }[];
	await page.evaluate((cards) => {
		const at = new Date().toISOString();
		const progress = { version: 1, quizzes: {} as Record<string, unknown>, lessons: {} as Record<string, unknown> };
		for (const card of cards) {
			progress.lessons[card.lesson] = { done: at };
			if (card.quiz) progress.quizzes[card.quiz.id] = { best: card.quiz.graded, total: card.quiz.graded, attempts: 1, key: card.quiz.key, updated: at };
		}
		localStorage.setItem('ogoh:progress', JSON.stringify(progress));
	}, cards);
	await page.reload();
	await expect(page.locator('[data-progress]')).toHaveText(fill(ui['ogoh.passport.progress']!, { done: total, total }));
	const code = page.locator('[data-code]');
	await expect(code).toHaveText(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	const shown = (await code.textContent())!;
	const codeBox = (await code.boundingBox())!;
	expect(codeBox.width).toBeGreaterThan(80);
	// The same code on the next visit.
	await page.reload();
	await expect(code).toHaveText(shown);
	const printed = await printedPdf(page);
	expect(printed.pages).toBe(1);
	expect(printed.text).toContain(shown);
	await page.emulateMedia({ media: 'screen' });

	const check = page.locator('a[data-check]');
	await expect(check).toHaveAttribute('href', /\/ru\/assignments\/check\/#a=2~/);
	const checkUrl = (await check.getAttribute('href'))!;
	// The QR code as drawn reads back as the check page's address (a teacher scans the printout).
	expect(decodeQr(await page.locator('ogoh-passport [data-qr]').screenshot())).toBe(new URL(checkUrl, baseURL).href);
	await page.goto(checkUrl);
	// The check page names the passport, not the topic's id.
	await expect(page.locator('[data-cohort]')).toContainText(fill(ui['ogoh.passport.title']!, { topic: ui['ogoh.topic.cyber']! }));
	await page.getByRole('textbox').fill(shown.toLowerCase());
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-result]')).toHaveAttribute('data-valid', 'true');
	expectClean(watch);
});

/** The page printed on A4, as text, and its number of pages. */
async function printedPdf(page: Page): Promise<{ text: string; pages: number }> {
	const { text } = await printedText(page);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'ogoh-passport-'));
	try {
		writeFileSync(join(dir, 'p.pdf'), pdf);
		const info = execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' });
		return { text, pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
