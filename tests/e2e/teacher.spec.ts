/** What a teacher prints and downloads: worksheet (exam version), answer key, Moodle files. */
import { expect, test } from '@playwright/test';
import { readQuiz } from './quiz-helpers.ts';

test('the worksheet (exam version) has every question and no answers in its HTML or scripts', async ({ page, request, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const quiz = readQuiz('uz', 'money-mules');
	const response = await request.get('/uz/quizzes/money-mules/worksheet/');
	const html = await response.text();
	for (const question of quiz.questions) {
		expect(html).toContain(question.prompt.replaceAll('"', '&quot;').split('&quot;')[0]!.slice(0, 40));
		expect(html).not.toContain(question.explanation.slice(0, 40));
		if ('options' in question) for (const option of question.options) expect(html).not.toContain(option.feedback.slice(0, 40));
		if (question.type === 'true-false') expect(html).not.toContain(question.feedback.true.slice(0, 40));
	}
	expect(html).not.toMatch(/data-grade|data-answer|ogoh-quiz|quiz-answer-key/);
	// Scripts on the page are the site's own (theme, search), none with quiz data.
	await page.goto('/uz/quizzes/money-mules/worksheet/');
	for (const src of await page.locator('script[src]').evaluateAll((s) => s.map((e) => e.getAttribute('src')!))) {
		const script = await (await request.get(src)).text();
		expect(script).not.toContain(quiz.questions[0]!.explanation.slice(0, 30));
	}
});

test('the worksheet and the answer key print as clean pages', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const quiz = readQuiz('en', 'phishing-links');
	await page.goto('/quizzes/phishing-links/worksheet/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const worksheet = await page.pdf({ format: 'A4' });
	expect(worksheet.subarray(0, 5).toString()).toBe('%PDF-');
	const pages = (buffer: Buffer) => buffer.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
	expect(pages(worksheet)).toBeGreaterThanOrEqual(1);

	await page.goto('/quizzes/phishing-links/answer-key/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	for (const question of quiz.questions) await expect(page.getByText(question.explanation).first()).toBeVisible();
	const key = await page.pdf({ format: 'A4' });
	expect(pages(key)).toBeGreaterThanOrEqual(1);
});

test('the quiz page offers classroom mode, worksheet, answer key and Moodle downloads', async ({ page, request, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/ru/quizzes/fake-bank-calls/');
	const tools = page.getByRole('complementary', { name: 'Для учителей и преподавателей' });
	await expect(tools.getByRole('link', { name: 'Провести в классе (проектор)' })).toHaveAttribute('href', '/ru/quizzes/fake-bank-calls/classroom/');
	const gift = await tools.getByRole('link', { name: 'Файл Moodle GIFT' }).getAttribute('href');
	const xml = await tools.getByRole('link', { name: 'Файл Moodle XML' }).getAttribute('href');
	const giftFile = await request.get(gift!);
	expect(giftFile.status()).toBe(200);
	expect(await giftFile.text()).toContain('::fake-bank-calls/');
	const xmlFile = await request.get(xml!);
	expect(xmlFile.headers()['content-type']).toMatch(/xml/);
	expect(await xmlFile.text()).toContain('<quiz>');
});
