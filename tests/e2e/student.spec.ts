/** What a student does: open a lesson in their language, take its quiz, come back later. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectClean, watchPage } from './helpers.ts';
import { answerCorrectly, readQuiz, seeResults, showQuestion } from './quiz-helpers.ts';


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

test('the teacher view shows the teacher notes; the student view leaves them out', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/ru/lessons/phishing-links/');
	await page.getByRole('link', { name: 'Версия для учителя с заметками' }).click();
	await expect(page).toHaveURL(/\/ru\/lessons\/phishing-links\/teacher\/$/);
	await expect(page.getByRole('heading', { name: 'Заметки для учителя' })).toBeVisible();
	const notes = page.locator('.teacher-notes');
	await expect(notes).toContainText(/45/);
});

test('a student takes a quiz: feedback, score, a clear review, retry and a saved best score', async ({ page, baseURL }) => {
	const watch = await watchPage(page, new URL(baseURL!).origin);
	const quiz = readQuiz('en', 'refusal-skills');
	await page.goto('/quizzes/refusal-skills/');
	const wrongOne = quiz.questions.find((q) => q.type === 'single')!;
	if (wrongOne.type !== 'single') throw new Error('needs a single-choice question');
	const wrong = wrongOne.options.find((o) => o.id !== wrongOne.answer)!;

	const wrongScope = page.locator(`[data-question="${wrongOne.id}"]`);
	for (const question of quiz.questions) {
		await showQuestion(page, question.id);
		const scope = page.locator(`[data-question="${question.id}"]`);
		if (question === wrongOne) {
			await scope.locator(`input[value="${wrong.id}"]`).check();
		} else {
			await answerCorrectly(page, question, scope);
		}
		await scope.getByRole('button', { name: 'Check answer' }).click();
		if (question !== wrongOne) continue;
		// The feedback right under the answer, while the question is on screen (on a phone, its own screen).
		await expect(wrongScope.locator('[data-verdict]')).toHaveText('Not quite.');
		await expect(wrongScope.locator('[data-feedback]', { hasText: wrong.feedback })).toBeVisible();
		await expect(wrongScope.locator('[data-option][data-state="wrong"]')).toHaveCount(1);
		await expect(wrongScope.locator('[data-reveal] .quiz-explanation')).toContainText(wrongOne.explanation);
	}
	await seeResults(page);

	const graded = quiz.questions.filter((q) => q.type !== 'scenario').length;
	await expect(page.locator('[data-score]')).toHaveText(`You scored ${graded - 1} out of ${graded}.`);
	// The review says "Your answer" and shows the correct answer in a separate, labelled box.
	const review = page.locator('[data-review]');
	const item = review.locator('.review-item').nth(quiz.questions.indexOf(wrongOne));
	const letter = (await wrongScope.locator(`[data-option="${wrong.id}"] [data-letter]`).innerText()).trim();
	await expect(item.locator('.review-yours')).toHaveText(`✗ Your answer: ${letter}. ${wrong.text}`);
	await expect(item.locator('.review-right')).toContainText('Correct answer:');
	await expect(item.locator('.review-right')).toContainText(wrongOne.options.find((o) => o.id === wrongOne.answer)!.text);
	await expect(page.locator('[data-best]')).toHaveText(`Your best score on this device: ${graded - 1} out of ${graded} (1 attempts).`);

	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('input:checked')).toHaveCount(0);
	await expect(page.locator('[data-score]')).toHaveText('');
	await expect(review).toBeHidden();

	await page.reload();
	await expect(page.locator('[data-best]')).toContainText(`${graded - 1} out of ${graded}`);
	expectClean(watch);
});

test('an explanation links back to the part of the lesson it is about', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const quiz = readQuiz('uz', 'phishing-links');
	const question = quiz.questions.find((q) => q.section)!;
	await page.goto('/uz/quizzes/phishing-links/');
	const scope = page.locator(`[data-question="${question.id}"]`);
	await showQuestion(page, question.id);
	await answerCorrectly(page, question, scope);
	await scope.locator('[data-check]').click();
	const link = scope.locator('[data-reveal]').getByRole('link', { name: 'Darsning shu qismini oʻqish' });
	await link.click();
	await expect(page).toHaveURL(`/uz/lessons/phishing-links/#${encodeURIComponent(question.section!)}`);
	await expect(page.locator(`[id="${question.section}"]`)).toBeInViewport();
});

test('an unfinished quiz keeps its answers and option order after a reload', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	await page.goto('/ru/quizzes/phishing-links/');
	const question = page.locator('[data-question]').filter({ has: page.locator('input[type="radio"]') }).first();
	await showQuestion(page, (await question.getAttribute('data-question'))!);
	const order = await question.locator('[data-option]').evaluateAll((items) => items.map((i) => i.getAttribute('data-option')));
	await question.locator('input').nth(1).check();
	const chosen = await question.locator('input').nth(1).getAttribute('value');
	await page.reload();
	await expect(question.locator(`input[value="${chosen}"]`)).toBeChecked();
	expect(await question.locator('[data-option]').evaluateAll((items) => items.map((i) => i.getAttribute('data-option')))).toEqual(order);
});

for (const [name, stored] of [
	['corrupted', '{not json'],
	['old-format', JSON.stringify({ version: 0, scores: [1, 2, 3] })],
	['hostile', JSON.stringify({ version: 1, quizzes: { 'phishing-links': { best: '<img src=x onerror=alert(1)>', total: 1, attempts: 1, key: 'x', updated: 'x' } } })],
] as const) {
	test(`${name} stored progress never breaks the quiz`, async ({ page, baseURL, isMobile }) => {
		test.skip(isMobile, 'once, on the laptop');
		const watch = await watchPage(page, new URL(baseURL!).origin);
		await page.addInitScript((value) => localStorage.setItem('ogoh:progress', value), stored);
		await page.goto('/quizzes/phishing-links/');
		const question = page.locator('[data-question]').first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.locator('[data-verdict]')).not.toBeEmpty();
		await expect(page.locator('[data-best]')).toBeHidden();
		expectClean(watch);
	});
}

test('a full localStorage does not stop the quiz', async ({ page, baseURL, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const watch = await watchPage(page, new URL(baseURL!).origin);
	// Only our key "fills up": Starlight's own theme and sidebar storage is not ours to test.
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key === 'ogoh:progress') throw new DOMException('full', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	await page.goto('/quizzes/phishing-links/');
	const question = page.locator('[data-question]').first();
	await question.locator('input').first().check();
	await question.getByRole('button', { name: 'Check answer' }).click();
	await expect(question.locator('[data-verdict]')).not.toBeEmpty();
	expectClean(watch);
});

test('checking with no answer asks for one instead of grading', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	await page.goto('/uz/quizzes/phishing-links/');
	const question = page.locator('[data-question]').first();
	await question.getByRole('button').click();
	await expect(question.getByRole('status')).toHaveText('Avval javobni tanlang.');
	await expect(question.locator('input:disabled')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a quiz is a readable worksheet with its answers', async ({ page, isMobile }) => {
		test.skip(isMobile, 'once, on the laptop');
		const quiz = readQuiz('ru', 'phishing-links');
		await page.goto('/ru/quizzes/phishing-links/');
		await expect(page.locator('fieldset:not([data-confidence])')).toHaveCount(quiz.questions.length);
		await expect(page.locator('[data-confidence]').first()).toBeHidden();
		await expect(page.getByRole('button', { name: 'Проверить' })).toHaveCount(0);
		const firstKey = page.locator('[data-answer-key]').first();
		await firstKey.locator('summary').click();
		await expect(firstKey).toContainText('Правильный ответ:');
		await expect(firstKey).toContainText(quiz.questions[0]!.explanation);
	});
});
