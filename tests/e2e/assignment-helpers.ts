/** What trainer and trainee journeys share: UI strings filled in, dates, QR codes read from pixels, wrong answers. */
import { expect, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Question, Quiz } from '../../src/lib/schemas.ts';
import { responsesOf } from '../../src/lib/question-types/index.ts';
import { giveResponse, seeResults, showQuestion } from './quiz-helpers.ts';

/** A UI string with its {{placeholders}} filled. */
export const say = (strings: Record<string, string>, key: string, values: Record<string, string | number> = {}) =>
	strings[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
export const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function decodeQr(png: Buffer): string | undefined {
	const image = PNG.sync.read(png);
	return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Gives the type's wrong answer (`responsesOf`): one that scores 0. */
export async function answerWrongly(page: Page, question: Question): Promise<void> {
	await giveResponse(page, page.locator(`[data-question="${question.id}"]`), responsesOf(question).wrong);
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

