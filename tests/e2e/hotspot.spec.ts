/**
 * Hotspot ("tap the red flags"): a Russian student on a 360 px phone taps words in the message
 * (right, wrong, partly right), and a teacher shows the lettered message in classroom mode.
 * The printed worksheet and key are checked for every quiz in print.spec.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { regionsInOrder } from '../../src/lib/question-types/hotspot.ts';
import { readQuiz, showQuestion, uiStrings } from './quiz-helpers.ts';

const quiz = readQuiz('ru', 'phishing-links');
const question = quiz.questions.find((q) => q.type === 'hotspot')!;
if (question.type !== 'hotspot') throw new Error('phishing-links has no hotspot question');
const regions = regionsInOrder(question.message, question.regions);
const ui = uiStrings('ru');
const scope = (page: Page) => page.locator(`[data-question="${question.id}"]`);
/** The words of a region in the message, a <label> of its checkbox. */
const inMessage = (page: Page, id: string) => scope(page).locator(`label.hotspot-region[for$="--${question.id}-${id}"]`);

async function expectInside(box: Locator, width: number): Promise<void> {
	const rect = (await box.boundingBox())!;
	expect(rect.x).toBeGreaterThanOrEqual(0);
	expect(rect.x + rect.width).toBeLessThanOrEqual(width);
}

async function answer(page: Page, ids: string[], verdict: string): Promise<void> {
	await showQuestion(page, question.id);
	for (const id of ids) {
		await inMessage(page, id).click();
		await expect(scope(page).locator(`input[value="${id}"]`)).toBeChecked();
	}
	await scope(page).locator('[data-check]').click();
	await expect(scope(page).locator('[data-verdict]')).toHaveText(verdict);
}

test('a student on a 360 px phone taps the red flags in the message: partly right, wrong, right', async ({ browser, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	test.setTimeout(120_000);
	/** A new student (nothing stored) on a 360 px wide phone. */
	const fresh = async (): Promise<Page> => {
		const context = await browser.newContext({ ...test.info().project.use, viewport: { width: 360, height: 780 } });
		const opened = await context.newPage();
		await opened.goto('/ru/quizzes/phishing-links/');
		await expect(opened.locator('[data-check]').first()).toBeVisible();
		return opened;
	};
	let page = await fresh();

	// Drawn: the message and every region inside the screen, lettered А, Б, … in message order, as in the list below.
	await showQuestion(page, question.id);
	await expect(scope(page).locator('.hotspot-message')).toBeVisible();
	await expectInside(scope(page).locator('.hotspot-message'), 360);
	for (const [index, region] of regions.entries()) {
		const words = inMessage(page, region.id);
		await expect(words).toBeVisible();
		await expect(words).toHaveText(`${region.text}${'АБВГДЕЖЗ'[index]}`);
		await expectInside(words, 360);
		await expect(scope(page).locator('[data-option]').nth(index).locator('[data-letter]')).toHaveText('АБВГДЕЖЗ'[index]!);
	}
	const flags = regions.filter((r) => r.flag).map((r) => r.id);
	const others = regions.filter((r) => !r.flag).map((r) => r.id);

	// Partly right: two red flags and one ordinary part: (2 - 1) / 4.
	await answer(page, [flags[0]!, flags[1]!, others[0]!], ui['ogoh.quiz.partial']!);
	await expect(scope(page).locator(`[data-option="${others[0]}"]`)).toHaveAttribute('data-state', 'wrong');
	await expect(scope(page).locator(`[data-option="${flags[2]}"]`)).toHaveAttribute('data-state', 'right');
	// The wrong tap is marked in the message too (dashed), a red flag solid.
	await expect(inMessage(page, others[0]!)).toHaveCSS('border-bottom-style', 'dashed');
	await expect(inMessage(page, flags[2]!)).toHaveCSS('border-bottom-style', 'solid');
	await expectInside(scope(page).locator(`[data-option="${others[0]}"] [data-feedback]`), 360);

	// Wrong: only the ordinary parts.
	page = await fresh();
	await answer(page, others, ui['ogoh.quiz.incorrect']!);

	// Right, with the keyboard and the list below the message: every red flag, nothing else.
	page = await fresh();
	await showQuestion(page, question.id);
	for (const id of flags) {
		await scope(page).locator(`input[value="${id}"]`).focus();
		await page.keyboard.press('Space');
	}
	await expect(inMessage(page, flags[0]!)).toHaveCSS('outline-style', 'solid');
	await scope(page).locator('[data-check]').focus();
	await page.keyboard.press('Enter');
	await expect(scope(page).locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.correct']!);
});

test('a teacher shows the lettered message in classroom mode and tallies hands per region', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/ru/quizzes/phishing-links/classroom/');
	await page.locator('[data-stage]').focus();
	// → reveals a slide's answer, a second → goes on.
	for (let i = 1; i < quiz.questions.length; i++) {
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
	}
	const slide = page.locator(`[data-slide="${question.id}"]`);
	await expect(slide).toBeVisible();
	const message = slide.locator('.hotspot-message');
	await expect(message).toBeVisible();
	const width = page.viewportSize()!.width;
	await expectInside(message, width);
	for (const [index, region] of regions.entries()) {
		await expect(message.locator('.hotspot-region').nth(index)).toHaveText(`${region.text}${'АБВГДЕЖЗ'[index]}`);
		await expect(slide.locator(`[data-option="${region.id}"] .classroom-letter`)).toHaveText('АБВГДЕЖЗ'[index]!);
	}
	// Hands: 3 for a red flag, 1 for an ordinary part; the reveal names the red flags' letters.
	await slide.locator(`[data-option="${regions.find((r) => r.flag)!.id}"] input[data-tally]`).fill('3');
	await slide.locator(`[data-option="${regions.find((r) => !r.flag)!.id}"] input[data-tally]`).fill('1');
	await page.locator('[data-stage]').focus();
	await page.keyboard.press('Space');
	const letters = regions.flatMap((r, i) => (r.flag ? ['АБВГДЕЖЗ'[i]] : [])).join(', ');
	await expect(slide.locator('[data-answer]')).toContainText(`${ui['ogoh.quiz.correctAnswer']} ${letters}`);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-summary-rows] tr').last()).toContainText('3 (75%)');
});
