/**
 * Categorize questions (issue 16) as people use them: a learner on a 360 px phone sorts the items
 * in Russian with one select per item, partly right, wrong and right, and reads a mark and the
 * feedback under each item, drawn on screen; a teacher on a laptop runs the question in classroom
 * mode, types the hands per item and group, reveals the answer and reads the class's share in the
 * summary. The printed worksheet and key are read as PDF text in print.spec.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/schemas.ts';
import { readQuiz, showQuestion, uiStrings } from './quiz-helpers.ts';

type Categorize = Extract<Question, { type: 'categorize' }>;
const QUIZ = 'personal-data';
const QUESTION = 'share-or-not';

function categorizeQuestion(locale: string): Categorize {
	const question = readQuiz(locale, QUIZ).questions.find((q) => q.id === QUESTION);
	if (question?.type !== 'categorize') throw new Error(`${QUIZ}/${QUESTION} is not a categorize question in ${locale}`);
	return question;
}

/** Drawn and entirely inside the viewport's width; `vertical` also inside its height. */
async function expectOnScreen(page: Page, locator: Locator, what: string, vertical = true): Promise<void> {
	const box = (await locator.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box, `${what} is drawn`).not.toBeNull();
	expect(box.width, `${what} has a width`).toBeGreaterThan(30);
	expect(box.height, `${what} has a height`).toBeGreaterThan(10);
	expect(box.x, `${what}: left edge on screen`).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width, `${what}: right edge on screen`).toBeLessThanOrEqual(width);
	if (!vertical) return;
	expect(box.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what}: bottom on screen`).toBeLessThanOrEqual(height + 0.5);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	test('ru: sorted partly right, wrong and right, each item marked with its feedback on screen', async ({ page }) => {
		test.slow(); // three attempts of six items, each checked on screen
		const question = categorizeQuestion('ru');
		const ui = uiStrings('ru');
		const other = (group: string) => question.groups.find((g) => g.id !== group)!.id;
		// [verdict, which items are put in their right group]
		const attempts: [string, boolean[]][] = [
			['ogoh.quiz.partial', question.items.map((_, i) => i < 3)],
			['ogoh.quiz.incorrect', question.items.map(() => false)],
			['ogoh.quiz.correct', question.items.map(() => true)],
		];
		await page.goto(`/ru/quizzes/${QUIZ}/`);
		for (const [verdict, right] of attempts) {
			await expect(page.locator('[data-check]').first()).toBeVisible();
			await showQuestion(page, QUESTION);
			const scope = page.locator(`[data-question="${QUESTION}"]`);
			await expect(scope.locator('select')).toHaveCount(question.items.length);
			for (const [i, item] of question.items.entries()) {
				const select = scope.locator(`select[data-pair="${item.id}"]`);
				await expect(scope.getByLabel(item.text, { exact: true })).toHaveCount(1);
				// Every group is offered to every item, after the "Choose…" placeholder.
				await expect(select.locator('option')).toHaveText([ui['ogoh.quiz.choose']!, ...question.groups.map((g) => g.label)]);
				await select.scrollIntoViewIfNeeded();
				await expectOnScreen(page, select, `select of ${item.id}`);
				await select.selectOption(right[i] ? item.group : other(item.group));
			}
			await scope.locator('[data-check]').focus();
			await page.keyboard.press('Enter');
			await expect(scope.locator('[data-verdict]')).toHaveText(ui[verdict]!);
			for (const [i, item] of question.items.entries()) {
				const row = scope.locator(`[data-part="${item.id}"]`);
				await expect(row).toHaveAttribute('data-state', right[i] ? 'right' : 'wrong');
				await expect(row.locator('[data-mark]')).toHaveText(right[i] ? `✓ ${ui['ogoh.quiz.correct']}` : `✗ ${ui['ogoh.quiz.incorrect']}`);
				const feedback = row.locator('[data-feedback]');
				await expect(feedback).toHaveText(item.feedback);
				await feedback.scrollIntoViewIfNeeded();
				await expectOnScreen(page, feedback, `feedback of ${item.id}`);
			}
			// A new attempt: the saved answers go, as on a new device.
			await page.evaluate(() => localStorage.clear());
			await page.reload();
		}
	});
});

test('classroom: the items lettered, hands typed per item and group, the right groups revealed, the class share summarised', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const question = categorizeQuestion('en');
	const ui = uiStrings('en');
	const number = readQuiz('en', QUIZ).questions.findIndex((q) => q.id === QUESTION) + 1;
	await page.goto(`/quizzes/${QUIZ}/classroom/`);
	await page.locator('[data-stage]').focus();
	// → reveals a slide's answer, then moves on: two presses per slide.
	for (let i = 1; i < number; i++) for (const _ of [1, 2]) await page.keyboard.press('ArrowRight');
	const slide = page.locator(`[data-slide="${QUESTION}"]`);
	await expect(slide).toBeVisible();
	const table = slide.locator('.classroom-categorize');
	await expectOnScreen(page, table, 'the tally table', false);
	await expect(table.locator('thead th')).toHaveText([ui['ogoh.print.categorizeItem']!, ...question.groups.map((g) => g.label)]);
	await expect(table.locator('tbody th')).toHaveText(question.items.map((item, i) => `${'ABCDEFGH'[i]}. ${item.text}`));
	// 20 hands for the right group and 5 for the other on the first three items, 10 and 15 on the rest: 90 of 150.
	for (const [i, item] of question.items.entries()) {
		for (const group of question.groups) {
			const cell = slide.locator(`[data-option="${item.id}/${group.id}"]`);
			await expect(cell).toHaveAttribute('data-right', String(group.id === item.group));
			const hands = group.id === item.group ? (i < 3 ? 20 : 10) : i < 3 ? 5 : 15;
			await cell.locator('input').fill(String(hands));
		}
	}
	await expect(slide.locator('[data-answer]')).toBeHidden();
	await page.locator('[data-stage]').focus();
	await page.keyboard.press('Space');
	const answer = slide.locator('[data-answer]');
	await expect(answer).toBeVisible();
	for (const [i, item] of question.items.entries()) {
		const label = question.groups.find((g) => g.id === item.group)!.label;
		await expect(answer).toContainText(`${'ABCDEFGH'[i]} → ${label} — ${item.feedback}`);
		const right = slide.locator(`[data-option="${item.id}/${item.group}"]`);
		expect(await right.evaluate((cell) => getComputedStyle(cell).outlineStyle), `${item.id}: the right group is outlined`).toBe('solid');
		const wrong = slide.locator(`[data-option][data-right="false"]`).nth(i);
		expect(await wrong.evaluate((cell) => getComputedStyle(cell).outlineStyle)).toBe('none');
	}
	await page.locator('[data-stage]').focus();
	while (!(await page.getByRole('heading', { name: 'Summary' }).isVisible())) await page.keyboard.press('ArrowRight');
	const row = page.locator('[data-summary-rows] tr').filter({ has: page.getByRole('cell', { name: String(number), exact: true }) });
	await expect(row.locator('td')).toHaveText([String(number), '90 (60%)', '150']);
});
