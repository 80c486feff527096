/** Every question type, answered with the keyboard alone, in self-check and in classroom mode. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { ALL_TYPES, quizPerType, readQuiz, takeQuizCorrectly } from './quiz-helpers.ts';

const perType = quizPerType();

test('the curriculum uses every question type', () => {
	expect([...perType.keys()].sort()).toEqual([...ALL_TYPES].sort());
});

for (const [type, id] of perType) {
	test(`${type}: a student takes quiz "${id}" with the keyboard and gets full marks`, async ({ page, isMobile }) => {
		test.skip(!isMobile, 'once, on the phone');
		const quiz = readQuiz('en', id);
		await page.goto(`/quizzes/${id}/`);
		await takeQuizCorrectly(page, quiz);
		await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test(`${type}: a teacher runs quiz "${id}" in classroom mode with keys only`, async ({ page, isMobile }) => {
		test.skip(isMobile, 'once, on the laptop');
		const quiz = readQuiz('en', id);
		await page.goto(`/quizzes/${id}/classroom/`);
		const classroom = page.locator('ogoh-classroom');
		await page.locator('[data-stage]').focus();
		for (const [index, question] of quiz.questions.entries()) {
			const slide = page.locator(`[data-slide="${question.id}"]`);
			await expect(slide).toBeVisible();
			await expect(page.locator('[data-counter]')).toHaveText(`Question ${index + 1} of ${quiz.questions.length}`);
			await expect(slide.locator('[data-answer]')).toBeHidden();
			// Tally: 3 hands for the first right option, 1 for the first wrong one (scenarios have no right one).
			const right = slide.locator('[data-option][data-right="true"] input');
			if (await right.count()) await right.first().fill('3');
			await slide.locator('[data-option][data-right="false"] input').first().fill('1');
			await page.locator('[data-stage]').focus();
			await page.keyboard.press('Space');
			await expect(slide.locator('[data-answer]')).toBeVisible();
			await expect(classroom).toHaveAttribute('data-revealed', '');
			await page.keyboard.press('ArrowRight');
		}
		await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
		const graded = quiz.questions.filter((q) => q.type !== 'scenario');
		const rows = page.locator('[data-summary-rows] tr');
		await expect(rows).toHaveCount(graded.length);
		await expect(page.locator('.classroom-bar-fill').first()).toHaveAttribute('style', /width: 75%/);
		await expect(rows.first()).toContainText('3 (75%)');
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator(`[data-slide="${quiz.questions.at(-1)!.id}"]`)).toBeVisible();
	});
}
