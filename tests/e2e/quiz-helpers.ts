/** Reads quizzes from content/ and answers them in the browser with the keyboard, by question type. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
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

/** Chooses (or types) the right answer, using only focus and keys, as a keyboard user would. */
export async function answerCorrectly(page: Page, question: Question, scope: Locator): Promise<void> {
	const press = async (input: Locator) => {
		await input.focus();
		await page.keyboard.press('Space');
	};
	switch (question.type) {
		case 'single':
			return press(scope.locator(`input[value="${question.answer}"]`));
		case 'multiple':
			for (const id of question.answer) await press(scope.locator(`input[value="${id}"]`));
			return;
		case 'scenario':
			return press(scope.locator(`input[value="${question.options[0]!.id}"]`));
		case 'true-false':
			return press(scope.locator(`input[value="${question.answer}"]`));
		case 'matching':
			for (const pair of question.pairs) await scope.locator(`select[data-pair="${pair.id}"]`).selectOption(pair.id);
			return;
		case 'ordering':
			for (const [index, item] of question.items.entries()) {
				await scope.locator(`select[data-item="${item.id}"]`).selectOption(String(index + 1));
			}
			return;
		case 'short-text':
			await scope.locator('[data-text-answer]').focus();
			await page.keyboard.type(`  ${question.answers[0]!.toUpperCase()} `);
			return;
		case 'numeric':
			await scope.locator('[data-text-answer]').focus();
			await page.keyboard.type(String(question.answer).replace('.', ','));
			return;
	}
}

/** The site's UI strings in a language, as the pages show them. */
export function uiStrings(locale: string): Record<string, string> {
	return JSON.parse(readFileSync(`src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
}

/** Takes a whole self-check quiz with right answers and expects full marks, in the page's language. */
export async function takeQuizCorrectly(page: Page, quiz: Quiz, locale = 'en'): Promise<void> {
	const ui = uiStrings(locale);
	// Answers given before the quiz element has started would be lost: its Check buttons show when it has.
	await expect(page.locator('[data-check]').first()).toBeVisible();
	for (const question of quiz.questions) {
		const scope = page.locator(`[data-question="${question.id}"]`);
		await answerCorrectly(page, question, scope);
		await scope.locator('[data-check]').focus();
		await page.keyboard.press('Enter');
		await expect(scope.locator('[data-verdict]')).toHaveText(question.type === 'scenario' ? /.+/ : ui['ogoh.quiz.correct']!);
	}
	const graded = String(quiz.questions.filter((q) => q.type !== 'scenario').length);
	await expect(page.locator('[data-score]')).toHaveText(ui['ogoh.quiz.score']!.replace('{{score}}', graded).replace('{{total}}', graded));
}
