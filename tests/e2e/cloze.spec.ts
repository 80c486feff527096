/**
 * Fill in the blanks as people use it: on a 360 px phone in Russian, a blank typed and a blank
 * chosen inline in the sentence, answered partly right and wrong, each blank marked with its
 * feedback; in classroom mode (desktop, Uzbek) the text with numbered blanks, the chosen blanks'
 * options lettered for hand counts, and the answers revealed. Right answers (English) are in
 * quiz-types.spec.ts, paper in print.spec.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readQuiz, showQuestion, uiStrings } from './quiz-helpers.ts';

const QUIZ = 'helping-a-friend';
const QUESTION = 'four-steps-blanks';

/** The element's box lies inside the viewport's width (no sideways scrolling on the phone). */
async function expectInsideWidth(page: Page, element: Locator): Promise<void> {
	const box = (await element.boundingBox())!;
	const width = page.viewportSize()!.width;
	expect(box.width).toBeGreaterThan(20);
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
}

test('ru phone: blanks inline in the sentence, partly right then wrong, each blank marked with its feedback', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'the phone walk; classroom mode runs on the laptop');
	const ui = uiStrings('ru');
	const question = readQuiz('ru', QUIZ).questions.find((q) => q.id === QUESTION)!;
	if (question.type !== 'cloze') throw new Error('not a cloze question');
	await page.goto(`/ru/quizzes/${QUIZ}/`);
	await expect(page.locator('[data-check]').first()).toBeVisible();
	await showQuestion(page, QUESTION);
	const scope = page.locator(`[data-question="${QUESTION}"]`);
	expect(page.viewportSize()!.width).toBeLessThanOrEqual(412);

	// Four blanks, labelled for screen readers "Пропуск 1 из 4", drawn inside the screen, inside the sentence.
	const blanks = question.blanks.map((_, i) => scope.getByLabel(`Пропуск ${i + 1} из 4`));
	for (const blank of blanks) {
		await expect(blank).toBeVisible();
		await expectInsideWidth(page, blank);
	}
	await expect(scope.locator('.cloze-text')).toContainText('Помочь другу — это четыре шага: заметить,');
	const text = (await scope.locator('.cloze-text').boundingBox())!;
	const first = (await blanks[0]!.boundingBox())!;
	expect(first.y).toBeGreaterThanOrEqual(text.y);
	expect(first.y + first.height).toBeLessThanOrEqual(text.y + text.height + 1);
	await expect(blanks[2]!).toHaveJSProperty('tagName', 'SELECT');

	// Partly right: "ask" typed in another case with spaces (right), "help" wrong, safety chosen (right), nobody (wrong).
	await blanks[0]!.fill('  Спросить ');
	await blanks[1]!.fill('совет');
	await blanks[2]!.selectOption('safety');
	await blanks[3]!.selectOption('nobody');
	await scope.locator('[data-check]').click();
	await expect(scope.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.partial']!);
	const marks = question.blanks.map((blank) => scope.locator(`[data-part="${blank.id}"] [data-mark]`));
	const right = `✓ ${ui['ogoh.quiz.correct']}`;
	const wrong = `✗ ${ui['ogoh.quiz.incorrect']}`;
	for (const [i, mark] of marks.entries()) await expect(mark).toHaveText([right, wrong, right, wrong][i]!);
	await expect(scope.locator(`[data-part="${question.blanks[1]!.id}"]`)).toHaveAttribute('data-state', 'wrong');
	const notes = scope.locator('[data-blank-feedback]');
	await expect(notes).toHaveText(question.blanks.map((b) => b.feedback));
	for (const note of await notes.all()) await expectInsideWidth(page, note);
	// The reveal names every blank's answer.
	const reveal = scope.locator('[data-reveal]');
	await expect(reveal).toBeVisible();
	await expect(reveal).toContainText('спросить / спрашивать / расспросить');
	await expect(reveal).toContainText('А. взрослому');

	// Wrong: a new attempt (progress cleared), one blank typed wrong and one chosen wrong, the others left empty.
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.locator('[data-check]').first()).toBeVisible();
	await showQuestion(page, QUESTION);
	await blanks[0]!.fill('молчать');
	await blanks[2]!.selectOption('popularity');
	await scope.locator('[data-check]').click();
	await expect(scope.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.incorrect']!);
	for (const mark of marks) await expect(mark).toHaveText(wrong);
});

test('uz classroom: the text with numbered blanks, chosen blanks lettered for hand counts, answers revealed', async ({ page, isMobile }) => {
	test.skip(isMobile, 'classroom mode is for the projector (laptop)');
	const question = readQuiz('uz', QUIZ).questions.find((q) => q.id === QUESTION)!;
	if (question.type !== 'cloze') throw new Error('not a cloze question');
	const ids = readQuiz('uz', QUIZ).questions.map((q) => q.id);
	const index = ids.indexOf(QUESTION);
	await page.goto(`/uz/quizzes/${QUIZ}/classroom/`);
	await page.locator('[data-stage]').focus();
	for (const id of ids.slice(0, index + 1)) {
		await expect(page.locator(`[data-slide="${id}"]`)).toBeVisible();
		// The first press reveals the answer, the second goes on.
		if (id !== QUESTION) for (let press = 0; press < 2; press++) await page.keyboard.press('ArrowRight');
	}
	const slide = page.locator(`[data-slide="${QUESTION}"]`);
	await expect(slide).toBeVisible();
	await expect(slide.locator('.classroom-cloze')).toContainText('sezish, (1) ______, tinglash va (2) ______ jalb qilish.');
	// Typed blanks have no letters; the chosen blanks' options are lettered with their blank's number.
	const options = slide.locator('[data-option]');
	await expect(options.locator('.classroom-letter')).toHaveText(['3A', '3B', '3C', '4A', '4B', '4C']);
	await expect(options.locator('.classroom-option-text')).toHaveText(['xavfsizligi', 'obroʻsi', 'mashhurligi', 'kattalarga', 'faqat boshqa doʻstlarga', 'hech kimga']);
	for (const option of await options.all()) {
		const box = (await option.boundingBox())!;
		expect(box.width).toBeGreaterThan(100);
		expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
	}
	// Hands: right 5 + 4, wrong 1 + 2 (a class partly right).
	await slide.locator('[data-tally="at-risk/safety"]').fill('5');
	await slide.locator('[data-tally="at-risk/reputation"]').fill('1');
	await slide.locator('[data-tally="tell/adult"]').fill('4');
	await slide.locator('[data-tally="tell/nobody"]').fill('2');
	await expect(slide.locator('[data-answer]')).toBeHidden();
	await page.locator('[data-stage]').focus();
	await page.keyboard.press('Space');
	const answer = slide.locator('[data-answer]');
	await expect(answer).toBeVisible();
	await expect(answer).toContainText('(1) soʻrash / soʻramoq / soʻrab bilish');
	await expect(answer).toContainText('(3) A. xavfsizligi');
	await expect(answer).toContainText('(4) A. kattalarga');
	// To the summary: this question's row counts 9 of 12 hands right.
	for (const id of ids.slice(index)) {
		await expect(page.locator(`[data-slide="${id}"]`)).toBeVisible();
		for (let press = id === QUESTION ? 1 : 0; press < 2; press++) await page.keyboard.press('ArrowRight');
	}
	const row = page.locator('[data-summary-rows] tr').filter({ has: page.locator(`td:text-is("${index + 1}")`) });
	await expect(row).toContainText('9 (75%)');
});
