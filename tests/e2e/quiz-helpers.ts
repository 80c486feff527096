/** Reads quizzes from content/ and answers them in the browser with the keyboard, by question type. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Response } from '../../src/lib/question-types/grading-kit.ts';
import { responsesOf } from '../../src/lib/question-types/index.ts';
import { QUESTION_TYPES, quizSchema, type Question, type QuestionType, type Quiz } from '../../src/lib/schemas.ts';

export function readQuiz(locale: string, id: string): Quiz {
	return quizSchema.parse(parse(readFileSync(`content/quizzes/${locale}/${id}.yaml`, 'utf8')));
}

/** For each question type, the first English quiz that uses it. */
export function quizPerType(): Map<QuestionType, string> {
	const found = new Map<QuestionType, string>();
	for (const file of readdirSync('content/quizzes/en').sort()) {
		const id = file.replace(/\.ya?ml$/, '');
		for (const question of readQuiz('en', id).questions) if (!found.has(question.type)) found.set(question.type, id);
	}
	return found;
}

export const ALL_TYPES = QUESTION_TYPES;

/**
 * Gives a response in the question's form with focus and keys where a keyboard user would: options
 * ticked with Space, lists chosen, text typed with stray spaces and capitals. The response comes
 * from the type's module (`responsesOf`), so no question type needs a case here.
 */
export async function giveResponse(page: Page, scope: Locator, response: Response): Promise<void> {
	const type = async (field: Locator, text: string) => {
		await field.focus();
		await page.keyboard.type(`  ${text.toUpperCase()} `);
	};
	switch (response.type) {
		case 'choice':
			for (const id of response.chosen) {
				await scope.locator(`input[value="${id}"]`).focus();
				await page.keyboard.press('Space');
			}
			return;
		case 'true-false':
			return giveResponse(page, scope, { type: 'choice', chosen: [String(response.value)] });
		case 'matching':
			for (const [pair, value] of Object.entries(response.matches)) await scope.locator(`select[data-pair="${pair}"]`).selectOption(value);
			return;
		case 'ordering':
			for (const [index, id] of response.order.entries()) await scope.locator(`select[data-item="${id}"]`).selectOption(String(index + 1));
			return;
		case 'text':
			return type(scope.locator('[data-text-answer]'), response.value);
		case 'blanks':
			for (const [blank, value] of Object.entries(response.values)) {
				const field = scope.locator(`[data-blank="${blank}"]`);
				if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
				else await type(field, value);
			}
			return;
	}
}

/** Chooses (or types) the right answer, using only focus and keys, as a keyboard user would. */
export async function answerCorrectly(page: Page, question: Question, scope: Locator): Promise<void> {
	await giveResponse(page, scope, responsesOf(question).right);
}

/** The site's UI strings in a language, as the pages show them. */
export function uiStrings(locale: string): Record<string, string> {
	return JSON.parse(readFileSync(`src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
}

/**
 * The quiz's element has taken over the page. Its `data-mode` is no sign of that: on a phone an
 * inline script sets it before the first paint (Quiz.astro), while every question is still shown.
 */
export async function quizReady(page: Page): Promise<void> {
	await page.waitForFunction(() => customElements.get('ogoh-quiz') !== undefined);
}

/** The quiz shows one question per screen (a phone, see src/lib/quiz-round.ts STEP_MEDIA), not all at once. */
export async function inSteps(page: Page): Promise<boolean> {
	await quizReady(page);
	await expect(page.locator('ogoh-quiz')).toHaveAttribute('data-mode', /^(step|page)$/);
	return (await page.locator('ogoh-quiz').getAttribute('data-mode')) === 'step';
}

/**
 * Brings a question on screen as a learner does: on a phone, Next or Previous until it is the one
 * shown (each press checked: "3 of 8" follows); on a wide screen every question is there already.
 */
export async function showQuestion(page: Page, id: string): Promise<void> {
	if (!(await inSteps(page))) return;
	const ids = await page.locator('[data-question]').evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));
	const shown = () => page.locator('[data-question]:not([hidden])').getAttribute('data-question');
	for (let guard = 0; (await shown()) !== id; guard++) {
		if (guard > ids.length) throw new Error(`question ${id} is not in this round`);
		const forward = ids.indexOf(id) > ids.indexOf(await shown());
		await page.locator(forward ? '[data-next]' : '[data-previous]').click();
	}
	await expect(page.locator(`[data-question="${id}"]`)).toBeVisible();
}

/** On a phone, the results come after the last question's feedback, with "See my score" (focused after the check). */
export async function seeResults(page: Page, ui: Record<string, string> = uiStrings('en')): Promise<void> {
	if (!(await inSteps(page))) return;
	const next = page.locator('[data-next]');
	await expect(next).toHaveText(ui['ogoh.quiz.seeResults']!);
	await next.click();
}

/** Takes a whole self-check quiz with right answers and expects full marks, in the page's language, with the keyboard. */
export async function takeQuizCorrectly(page: Page, quiz: Quiz, locale = 'en'): Promise<void> {
	const ui = uiStrings(locale);
	// Answers given before the quiz element has started would be lost: its Check buttons show when it has.
	await expect(page.locator('[data-check]').first()).toBeVisible();
	const steps = await inSteps(page);
	for (const question of quiz.questions) {
		const scope = page.locator(`[data-question="${question.id}"]`);
		await answerCorrectly(page, question, scope);
		await scope.locator('[data-check]').focus();
		await page.keyboard.press('Enter');
		await expect(scope.locator('[data-verdict]')).toHaveText(question.type === 'scenario' ? /.+/ : ui['ogoh.quiz.correct']!);
		if (steps) {
			// On a phone the check leaves focus on the way on: Next, or "See my score" after the last question.
			const next = page.locator('[data-next]');
			await expect(next).toBeFocused();
			await expect(next).toHaveText(ui[question === quiz.questions.at(-1) ? 'ogoh.quiz.seeResults' : 'ogoh.quiz.next']!);
			await page.keyboard.press('Enter');
		}
	}
	const graded = String(quiz.questions.filter((q) => q.type !== 'scenario').length);
	await expect(page.locator('[data-score]')).toHaveText(ui['ogoh.quiz.score']!.replace('{{score}}', graded).replace('{{total}}', graded));
	await expect(page.locator('[data-results]')).toBeFocused();
}
