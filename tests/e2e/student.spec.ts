/** What a student does: open a lesson in their language, take its quiz, come back later. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Quiz } from '../../src/lib/schemas.ts';

const quizFile = (locale: string, id: string) => parse(readFileSync(`content/quizzes/${locale}/${id}.yaml`, 'utf8')) as Quiz;

const LOCALES = [
	{ locale: 'en', prefix: '', start: 'Start a lesson' },
	{ locale: 'uz', prefix: '/uz', start: 'Darsni boshlash' },
	{ locale: 'ru', prefix: '/ru', start: 'Начать урок' },
];

for (const { locale, prefix, start } of LOCALES) {
	test(`${locale}: a student finds and reads a lesson from the home page`, async ({ page }) => {
		await page.goto(`${prefix}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await page.getByRole('link', { name: start }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/lessons/$`));
		const title = (readFileSync(`content/lessons/${locale}/refusal-skills.mdx`, 'utf8').match(/^title: (.*)$/m) ?? [])[1]!;
		await page.getByRole('main').getByRole('link', { name: title.replace(/^["']|["']$/g, ''), exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/lessons/refusal-skills/$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Students never get the teacher notes, not even hidden in the HTML.
		await expect(page.locator('.teacher-notes')).toHaveCount(0);
		await expect(page.locator('[data-help-block]')).toBeVisible();
		await expect(page.getByText('(Starlight)')).toHaveCount(0);
	});
}

test('the teacher view shows the teacher notes; the student view leaves them out', async ({ page }) => {
	await page.goto('/ru/lessons/phishing-links/');
	await page.getByRole('link', { name: 'Версия для учителя с заметками' }).click();
	await expect(page).toHaveURL(/\/ru\/lessons\/phishing-links\/teacher\/$/);
	await expect(page.getByRole('heading', { name: 'Заметки для учителя' })).toBeVisible();
	const notes = page.locator('.teacher-notes');
	await expect(notes).toContainText(/45/);
});

/** Answers one question with the keyboard only: focus, arrow/space to choose, Enter on "Check". */
async function answerWithKeyboard(page: Page, questionId: string, type: 'single' | 'multiple', optionIndexes: number[]) {
	const question = page.locator(`[data-question="${questionId}"]`);
	const inputs = question.locator('input');
	if (type === 'single') {
		await inputs.first().focus();
		await page.keyboard.press('Space');
		for (let i = 0; i < optionIndexes[0]!; i++) await page.keyboard.press('ArrowDown');
	} else {
		for (const index of optionIndexes) {
			await inputs.nth(index).focus();
			await page.keyboard.press('Space');
		}
	}
	await page.keyboard.press('Tab');
	await expect(question.getByRole('button', { name: /Check answer|Проверить|tekshirish/ })).toBeFocused();
	await page.keyboard.press('Enter');
}

test('a student takes a quiz with the keyboard: feedback, score, retry and saved best score', async ({ page }) => {
	const quiz = quizFile('en', 'refusal-skills');
	await page.goto('/quizzes/refusal-skills/');
	const [first, ...rest] = quiz.questions;

	// First question answered wrongly on purpose.
	const wrongIndex = first!.options.findIndex((o) => !(first!.type === 'single' ? [first!.answer] : first!.answer).includes(o.id));
	await answerWithKeyboard(page, first!.id, first!.type, [wrongIndex]);
	const firstQuestion = page.locator(`[data-question="${first!.id}"]`);
	await expect(firstQuestion.getByRole('status')).toHaveText('Not quite.');
	await expect(firstQuestion.locator('[data-feedback]', { hasText: first!.options[wrongIndex]!.feedback })).toBeVisible();
	await expect(firstQuestion.locator('[data-explanation]')).toHaveText(first!.explanation);
	await expect(firstQuestion.locator('[data-option][data-state="wrong"]')).toHaveCount(1);

	for (const question of rest) {
		const answers = question.type === 'single' ? [question.answer] : question.answer;
		const indexes = answers.map((id) => question.options.findIndex((o) => o.id === id));
		await answerWithKeyboard(page, question.id, question.type, indexes);
		await expect(page.locator(`[data-question="${question.id}"]`).getByRole('status')).toHaveText('Correct.');
	}
	const total = quiz.questions.length;
	await expect(page.locator('[data-score]')).toHaveText(`You scored ${total - 1} out of ${total}.`);
	await expect(page.locator('[data-best]')).toHaveText(`Your best score on this device: ${total - 1} out of ${total} (1 attempts).`);

	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('input:checked')).toHaveCount(0);
	await expect(page.locator('[data-score]')).toHaveText('');

	await page.reload();
	await expect(page.locator('[data-best]')).toContainText(`${total - 1} out of ${total}`);
});

test('checking with no answer asks for one instead of grading', async ({ page }) => {
	await page.goto('/uz/quizzes/phishing-links/');
	const question = page.locator('[data-question]').first();
	await question.getByRole('button').click();
	await expect(question.getByRole('status')).toHaveText('Avval javobni tanlang.');
	await expect(question.locator('input:disabled')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a quiz is a readable worksheet with its answers', async ({ page }) => {
		const quiz = quizFile('ru', 'phishing-links');
		await page.goto('/ru/quizzes/phishing-links/');
		await expect(page.locator('fieldset')).toHaveCount(quiz.questions.length);
		await expect(page.getByRole('button', { name: 'Проверить' })).toHaveCount(0);
		const firstKey = page.locator('[data-answer-key]').first();
		await firstKey.locator('summary').click();
		await expect(firstKey).toContainText('Правильный ответ:');
		await expect(firstKey).toContainText(quiz.questions[0]!.explanation);
	});
});
