/** What trainer and trainee journeys share: UI strings filled in, dates, QR codes read from pixels, wrong answers. */
import { expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Question, Quiz } from '../../src/lib/schemas.ts';
import { seeResults, showQuestion } from './quiz-helpers.ts';

/** A UI string with its {{placeholders}} filled. */
export const say = (strings: Record<string, string>, key: string, values: Record<string, string | number> = {}) =>
	strings[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
export const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function decodeQr(png: Buffer): string | undefined {
	const image = PNG.sync.read(png);
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Picks an answer that is wrong for every question type these quizzes use. */
export async function answerWrongly(page: Page, question: Question): Promise<void> {
	const scope = page.locator(`[data-question="${question.id}"]`);
	const press = async (value: string) => {
		await scope.locator(`input[value="${value}"]`).focus();
		await page.keyboard.press('Space');
	};
	switch (question.type) {
		case 'single':
			return press(question.options.find((o) => o.id !== question.answer)!.id);
		case 'multiple':
			return press(question.options.find((o) => !question.answer.includes(o.id))!.id);
		case 'true-false':
			return press(String(!question.answer));
		case 'numeric':
			await scope.locator('[data-text-answer]').fill(String(question.answer + question.tolerance + 1000));
			return;
		case 'scenario':
			return press(question.options[0]!.id);
		case 'matching':
			// Every left item gets the next pair's right item.
			for (const [i, pair] of question.pairs.entries()) {
				await scope.locator(`select[data-pair="${pair.id}"]`).selectOption(question.pairs[(i + 1) % question.pairs.length]!.id);
			}
			return;
		case 'ordering':
			for (const [i, item] of question.items.entries()) {
				await scope.locator(`select[data-item="${item.id}"]`).selectOption(String(question.items.length - i));
			}
			return;
		case 'short-text':
			// A real word: punctuation alone counts as no answer.
			await scope.locator('[data-text-answer]').fill('password');
			return;
		case 'hotspot':
			// Only a part that is not a red flag.
			return press(question.regions.find((region) => !region.flag)!.id);
		case 'cloze':
			for (const blank of question.blanks) {
				const field = scope.locator(`[data-blank="${blank.id}"]`);
				if (blank.options) await field.selectOption(blank.options.find((option) => option.id !== blank.answer)!.id);
				else await field.fill('password');
			}
			return;
		case 'categorize':
			// Every item in a group that is not its own.
			for (const item of question.items) {
				await scope.locator(`select[data-pair="${item.id}"]`).selectOption(question.groups.find((group) => group.id !== item.group)!.id);
			}
			return;
		default:
			throw new Error(`answerWrongly: no wrong answer for a ${(question as { type: string }).type} question yet`);
	}
}

/** Answers every question wrongly and checks it; the score ends at 0. */
export async function takeQuizWrongly(page: Page, quiz: Quiz, ui: Record<string, string>): Promise<void> {
	// The quiz element shows its Check buttons once it has put the options in this attempt's order.
	await expect(page.locator('[data-check]').first()).toBeVisible();
	for (const question of quiz.questions) {
		await showQuestion(page, question.id);
		await answerWrongly(page, question);
		const scope = page.locator(`[data-question="${question.id}"]`);
		await scope.locator('[data-check]').click();
		if (question.type !== 'scenario') await expect(scope.locator('[data-verdict]')).not.toHaveText(ui['ogoh.quiz.correct']!);
	}
	await seeResults(page, ui);
	await expect(page.locator('[data-score]')).toHaveText(/\b0\b/);
	await expect(page.locator('[data-results]')).toBeFocused();
}

