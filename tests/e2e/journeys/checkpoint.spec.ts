/**
 * A checkpoint inside the lesson (one question of the lesson's quiz), in Uzbek and Russian, with
 * the keyboard only: the student reaches it with Tab, answers wrong (the verdict, the chosen
 * option's feedback marked as their choice, focus on "Try again"), tries again and answers right
 * (the verdict, the right option marked, the explanation). No console, CSP or axe errors; without
 * JavaScript the answer is in a <details>.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectClean, expectNoAxeViolations, watchPage } from '../helpers.ts';
import { uiStrings } from '../quiz-helpers.ts';
import { JOURNEY_ORIGIN, journeyQuiz } from './site.ts';

test.use({ baseURL: JOURNEY_ORIGIN });

const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
const inCheckpoint = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('ogoh-checkpoint')));

/** Arrow keys move and check the radio; stops on the option wanted (or fails after a full round). */
async function chooseWithArrows(page: Page, wanted: (value: string) => boolean): Promise<string> {
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('ArrowDown');
		const value = await focusedValue(page);
		if (wanted(value)) return value;
	}
	throw new Error('no option matched');
}

for (const lang of ['uz', 'ru'] as const) {
	test(`checkpoint (${lang}): wrong, then right, with the keyboard only`, async ({ page, isMobile }) => {
		test.skip(!isMobile, 'once, on the phone');
		const watch = await watchPage(page, JOURNEY_ORIGIN);
		const ui = uiStrings(lang);
		const question = journeyQuiz(lang).questions.find((q) => q.id === 'say-no');
		if (question?.type !== 'single') throw new Error('the journey quiz has no single-choice say-no question');
		const feedbackOf = (id: string) => question.options.find((o) => o.id === id)!.feedback;
		const checkpoint = page.locator('ogoh-checkpoint');

		await page.goto(`/${lang}/lessons/journey/`);
		await expect(checkpoint.locator('.checkpoint-title')).toHaveText(ui['ogoh.checkpoint.title']);
		await expect(checkpoint.locator('legend')).toHaveText(question.prompt);
		// Tab from the top of the page to the checkpoint's first option.
		for (let i = 0; i < 80 && !(await inCheckpoint(page)); i++) await page.keyboard.press('Tab');
		expect(await inCheckpoint(page)).toBe(true);
		// Its element has started (the code loads when the checkpoint comes near the screen).
		await expect(checkpoint.getByRole('button', { name: ui['ogoh.quiz.check'] })).toBeVisible();
		await expect(checkpoint.locator('details[data-answer-key]')).toBeHidden();

		const wrong = await chooseWithArrows(page, (value) => value !== question.answer);
		await page.keyboard.press('Tab');
		await expect(checkpoint.getByRole('button', { name: ui['ogoh.quiz.check'] })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(checkpoint.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.incorrect']);
		const wrongFeedback = checkpoint.locator(`[data-option="${wrong}"] [data-feedback]`);
		await expect(wrongFeedback).toBeVisible();
		await expect(wrongFeedback.locator('[data-mark]')).toHaveText(`✗ ${ui['ogoh.quiz.yourChoice']}:`);
		await expect(wrongFeedback).toContainText(feedbackOf(wrong));
		const rightFeedback = checkpoint.locator(`[data-option="${question.answer}"] [data-feedback]`);
		await expect(rightFeedback.locator('[data-mark]')).toHaveText(`✓ ${ui['ogoh.quiz.rightAnswer']}:`);
		await expect(rightFeedback).toContainText(feedbackOf(question.answer));
		await expect(checkpoint.locator('[data-reveal]')).toBeHidden();
		const again = checkpoint.getByRole('button', { name: ui['ogoh.checkpoint.again'] });
		await expect(again).toBeFocused();
		await expectNoAxeViolations(page, 'ogoh-checkpoint');

		await page.keyboard.press('Enter');
		await expect(checkpoint.locator('[data-verdict]')).toHaveText('');
		await expect(wrongFeedback).toBeHidden();
		expect(await inCheckpoint(page)).toBe(true);
		if ((await focusedValue(page)) === question.answer) await page.keyboard.press('Space');
		else await chooseWithArrows(page, (value) => value === question.answer);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(checkpoint.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.correct']);
		await expect(checkpoint.locator('[data-verdict]')).toBeFocused();
		await expect(rightFeedback.locator('[data-mark]')).toHaveText(`✓ ${ui['ogoh.quiz.yourChoice']} · ${ui['ogoh.quiz.rightAnswer']}:`);
		await expect(rightFeedback).toBeVisible();
		await expect(checkpoint.locator('[data-reveal] .quiz-explanation')).toHaveText(question.explanation);
		await expect(again).toBeHidden();
		await expectNoAxeViolations(page);
		expectClean(watch);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the checkpoint shows its question, and the answer in a <details>', async ({ page, isMobile }) => {
		test.skip(isMobile, 'once, on the laptop');
		const ui = uiStrings('ru');
		await page.goto('/ru/lessons/journey/');
		const checkpoint = page.locator('ogoh-checkpoint');
		await expect(checkpoint.locator('[data-check]')).toBeHidden();
		await checkpoint.getByText(ui['ogoh.quiz.answerKey']).click();
		await expect(checkpoint.locator('details .quiz-explanation')).toHaveText(journeyQuiz('ru').questions[0]!.explanation);
	});
});
