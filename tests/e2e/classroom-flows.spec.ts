/**
 * The teacher's journey on a laptop: teacher view of a lesson → classroom mode on the projector
 * (answers revealed with the keyboard, raised hands typed in, summary chart) → printed worksheet
 * and answer key, read back from the PDF. Russian first (Cyrillic option letters), then Uzbek.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawnButHidden, expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { printedText } from './print-helpers.ts';
import { readQuiz, uiStrings } from './quiz-helpers.ts';
import { expectBarsDrawn, expectLastSlideStops, LETTERS, runClass } from './classroom-helpers.ts';

const LESSON = 'online-drug-selling';

/** Classroom mode runs on a laptop and a projector; the teacher view is also checked on a phone. */
const laptopOnly = () => test.skip(({ isMobile }) => isMobile, 'classroom mode runs on a laptop and a projector');

test.describe('on a laptop', () => {
	laptopOnly();
	// A whole class walked slide by slide: slow on a busy machine.
	test.describe.configure({ timeout: 90_000 });

	test('summary chart: every bar is drawn as wide as its share of hands (ru)', async ({ page }) => {
		await page.goto(`/ru/quizzes/${LESSON}/classroom/`);
		const expected = await runClass(page, readQuiz('ru', LESSON), 'ru');
		await expectBarsDrawn(page, expected);
		// No "sure" hands were counted: the summary says so instead of drawing an empty table.
		await expect(page.locator('[data-no-sure]')).toBeVisible();
		await expect(page.locator('[data-sure-table]')).toBeHidden();
		expect(await drawnButHidden(page)).toEqual([]);
		await page.screenshot({ path: '/tmp/ogoh-classroom-chart-ru.png' });
	});

	test('last classroom slide: Next is disabled, looks disabled, and → does nothing', async ({ page }) => {
		await page.goto(`/ru/quizzes/${LESSON}/classroom/`);
		await runClass(page, readQuiz('ru', LESSON), 'ru');
		await expectLastSlideStops(page, 'ru');
		// Back one slide, Next works again and looks like the other buttons.
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('[data-next]')).toBeEnabled();
		expect(await page.locator('[data-next]').evaluate((b) => getComputedStyle(b).cursor)).toBe('pointer');
	});

	test('classroom in Russian letters options А, Б, В… and the revealed answer names the same letters', async ({ page }) => {
		const quiz = readQuiz('ru', LESSON);
		const question = quiz.questions.find((q) => q.id === 'red-flags')!;
		if (question.type !== 'multiple') throw new Error('red-flags is a multiple-choice question');
		await page.goto(`/ru/quizzes/${LESSON}/classroom/`);
		const slide = page.locator(`[data-slide="${question.id}"]`);
		await page.locator('[data-stage]').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		await expect(slide).toBeVisible();
		await expect(slide.locator('.classroom-letter')).toHaveText([...LETTERS.ru.slice(0, question.options.length)]);
		await page.keyboard.press('Space');
		const answer = slide.locator('[data-answer]');
		await expect(answer).toBeVisible();
		const rights = question.options.map((o, i) => ({ o, letter: LETTERS.ru[i]! })).filter(({ o }) => question.answer.includes(o.id));
		await expect(answer).toContainText(`${uiStrings('ru')['ogoh.quiz.correctAnswer']} ${rights.map(({ letter }) => letter).join(', ')}`);
		for (const { o, letter } of rights) await expect(answer).toContainText(`${letter}. ${o.text}`);
		await expect(answer).not.toContainText(/\b[A-E]\. /);
	});
});

test('teacher view (ru): classroom, worksheet and answer key are the first links, above the lesson, and they work', async ({ page, request }) => {
	const ui = uiStrings('ru');
	await page.goto(`/ru/lessons/${LESSON}/teacher/`);
	// Keyboard: the skip link, then a couple of Tabs.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('href', '#_top');
	await page.keyboard.press('Enter');
	const reached: string[] = [];
	for (let i = 0; i < 3 && !reached.includes(ui['ogoh.quiz.classroom']!); i++) {
		await page.keyboard.press('Tab');
		reached.push((await page.locator(':focus').textContent())?.trim() ?? '');
	}
	expect(reached, 'Tab presses after the skip link').toContain(ui['ogoh.quiz.classroom']);

	const objectives = await page.getByText(ui['ogoh.lesson.objectives']!, { exact: true }).boundingBox();
	const firstHeading = readFileSync(`content/lessons/ru/${LESSON}.mdx`, 'utf8').match(/^## (.+)$/m)![1]!;
	const body = await page.getByRole('heading', { level: 2, name: firstHeading }).boundingBox();
	const links = {
		classroom: [ui['ogoh.quiz.classroom']!, `/ru/quizzes/${LESSON}/classroom/`],
		worksheet: [ui['ogoh.quiz.worksheet']!, `/ru/quizzes/${LESSON}/worksheet/`],
		answerKey: [ui['ogoh.quiz.answerKeyPage']!, `/ru/quizzes/${LESSON}/answer-key/`],
		gift: [ui['ogoh.quiz.exportGift']!, `/ru/quizzes/${LESSON}.gift`],
		xml: [ui['ogoh.quiz.exportXml']!, `/ru/quizzes/${LESSON}.moodle.xml`],
		notes: [ui['ogoh.teacherView.notesLink']!, '#teacher-notes-title'],
	};
	for (const [name, href] of Object.values(links)) {
		const link = page.getByRole('link', { name, exact: true });
		await expect(link).toHaveAttribute('href', href);
		const box = await link.boundingBox();
		expect(box, name).not.toBeNull();
		expect(box!.y + box!.height, `${name} above the objectives`).toBeLessThan(objectives!.y);
		expect(box!.y).toBeLessThan(body!.y);
		if (!href.startsWith('#')) expect((await request.get(href)).status(), href).toBe(200);
	}
	await page.screenshot({
		path: `/tmp/ogoh-teacher-toolbar-${test.info().project.name}.png`,
	});
	await page.getByRole('link', { name: links.notes[0], exact: true }).click();
	await expect(page.getByRole('heading', { name: ui['ogoh.teacherNotes.title'] })).toBeInViewport();
});

test.describe('teacher journey on a laptop', () => {
	laptopOnly();
	test.describe.configure({ timeout: 180_000 });
	for (const lang of ['ru', 'uz'] as const) {
		test(`teacher journey (${lang}): teacher view → classroom by keyboard → chart → printed worksheet and answer key`, async ({ page, baseURL }) => {
			const watch = await watchPage(page, new URL(baseURL!).origin);
			const ui = uiStrings(lang);
			const quiz = readQuiz(lang, LESSON);
			await page.goto(`/${lang}/lessons/${LESSON}/teacher/`);
			await page.screenshot({ path: `/tmp/ogoh-teacher-view-${lang}.png` });
			await expectNoAxeViolations(page, 'nav.teacher-toolbar');
			await page.getByRole('link', { name: ui['ogoh.quiz.classroom'], exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/quizzes/${LESSON}/classroom/$`));
			await expectNoAxeViolations(page, 'main');
			await page.getByRole('button', { name: ui['ogoh.classroom.start'] }).click();
			const first = quiz.questions[0]!;
			await expect(page.locator(`[data-slide="${first.id}"] .classroom-letter`).first()).toHaveText(LETTERS[lang][0]!);
			const expected = await runClass(page, quiz, lang);
			await expectBarsDrawn(page, expected);
			await expectLastSlideStops(page, lang);
			await page.screenshot({
				path: `/tmp/ogoh-classroom-summary-${lang}.png`,
			});

			// Print the worksheet and the answer key; read them as paper.
			await page.goto(`/${lang}/lessons/${LESSON}/teacher/`);
			await page.getByRole('link', { name: ui['ogoh.quiz.worksheet'], exact: true }).click();
			await page.waitForURL(new RegExp(`/${lang}/quizzes/${LESSON}/worksheet/$`));
			await expectNoAxeViolations(page, 'main');
			const worksheet = await printedText(page);
			const singles = quiz.questions.filter((q) => q.type === 'single');
			for (const question of quiz.questions) expect(worksheet.text).toContain(question.prompt.replace(/\s+/g, ' ').slice(0, 30));
			for (const question of singles) {
				if (question.type !== 'single') continue;
				for (const [i, option] of question.options.entries()) expect(worksheet.text).toContain(`${LETTERS[lang][i]}. ${option.text.replace(/\s+/g, ' ')}`);
				expect(worksheet.text).not.toContain(question.explanation.slice(0, 30));
			}
			await page.goto(`/${lang}/lessons/${LESSON}/teacher/`);
			await page.getByRole('link', { name: ui['ogoh.quiz.answerKeyPage'], exact: true }).click();
			await page.waitForURL(new RegExp(`/${lang}/quizzes/${LESSON}/answer-key/$`));
			await expectNoAxeViolations(page, 'main');
			const key = await printedText(page);
			for (const question of singles) {
				if (question.type !== 'single') continue;
				const index = question.options.findIndex((o) => o.id === question.answer);
				expect(key.text).toContain(`${LETTERS[lang][index]}. ${question.options[index]!.text.replace(/\s+/g, ' ')}`);
			}
			expectClean(watch);
		});
	}
});
