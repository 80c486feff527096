/**
 * "Review my mistakes" (issue 16, lib/review-schedule.ts) on a phone, in Russian: a quiz with one
 * wrong answer says when it comes back; a day later (the page's clock moved) the review page lists
 * it; practised right from there, it comes back in 3 days. One walk, as a learner would do it over
 * two days. The review page without data is swept by all-pages.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatLongDate } from '../../src/lib/dates.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { answerCorrectly, readQuiz, seeResults, uiStrings } from './quiz-helpers.ts';

const QUIZ = 'phishing-links';
const MISSED = 'look-alike-address';
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

test.skip(({ isMobile }) => !isMobile, 'one walk on the phone project is enough: the page is the same on a desktop');

test('ru: a wrong answer comes back the next day; practised right, it comes back in 3 days', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);
	const ui = uiStrings('ru');
	const quiz = readQuiz('ru', QUIZ);
	const checkAndGoOn = async (page: Page, id: string, verdict: string) => {
		const scope = page.locator(`[data-question="${id}"]`);
		await scope.locator('[data-check]').click();
		await expect(scope.locator('[data-verdict]')).toHaveText(ui[verdict]!);
	};
	await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));

	// Day 1: the quiz, every answer right but one.
	await page.goto(`/ru/quizzes/${QUIZ}/`);
	await expect(page.locator('[data-check]').first()).toBeVisible();
	for (const [index, question] of quiz.questions.entries()) {
		const scope = page.locator(`[data-question="${question.id}"]`);
		if (question.id === MISSED && question.type === 'single') await scope.locator(`input[value="${question.options.find((o) => o.id !== question.answer)!.id}"]`).check();
		else await answerCorrectly(page, question, scope);
		await checkAndGoOn(page, question.id, question.id === MISSED ? 'ogoh.quiz.incorrect' : 'ogoh.quiz.correct');
		if (index < quiz.questions.length - 1) await page.locator('[data-next]').click();
	}
	await seeResults(page, ui);
	const comesBack = page.locator('[data-comes-back]');
	await expect(comesBack.locator('[data-comes-back-text]')).toHaveText(fill(ui['ogoh.quiz.comesBack']!, { date: formatLongDate('2026-12-02', 'ru'), count: 1 }));
	expect(formatLongDate('2026-12-02', 'ru')).toBe('2 декабря 2026 г.');
	const toReview = comesBack.getByRole('link', { name: ui['ogoh.review.title'] });
	await expect(toReview).toHaveAttribute('href', '/ru/review/');

	// Day 2: the review page lists it, under the quiz's title, with a link to a round of that question.
	await page.clock.setFixedTime(new Date('2026-12-02T08:00:00'));
	await toReview.click();
	await expect(page.locator('h1')).toHaveText(ui['ogoh.review.title']!);
	const due = page.locator('[data-due]');
	await expect(due.getByRole('heading', { name: ui['ogoh.review.due'] })).toBeVisible();
	await expect(due.locator('li')).toHaveCount(1);
	await expect(due.locator('li')).toContainText(quiz.title);
	const practise = due.getByRole('link', { name: fill(ui['ogoh.review.practise']!, { count: 1 }) });
	await expect(practise).toHaveAttribute('href', `/ru/quizzes/${QUIZ}/?review=${MISSED}`);
	await expect(page.locator('[data-empty]')).toBeHidden();
	await expect(page.locator('[data-later]')).toBeHidden();
	await expectNoAxeViolations(page);

	// The round: that question alone ("1 of 1"), answered right.
	await practise.click();
	await expect(page.locator('[data-step-count]')).toHaveText(fill(ui['ogoh.quiz.stepCount']!, { current: 1, count: 1 }));
	await expect(page.locator('[data-question]:not([hidden])')).toHaveAttribute('data-question', MISSED);
	const missed = quiz.questions.find((q) => q.id === MISSED)!;
	await answerCorrectly(page, missed, page.locator(`[data-question="${MISSED}"]`));
	await checkAndGoOn(page, MISSED, 'ogoh.quiz.correct');
	await seeResults(page, ui);
	await expect(page.locator('[data-score]')).toHaveText(fill(ui['ogoh.quiz.score']!, { score: 1, total: 1 }));
	await expect(comesBack.locator('[data-comes-back-text]')).toHaveText(fill(ui['ogoh.quiz.comesBack']!, { date: formatLongDate('2026-12-05', 'ru'), count: 1 }));

	// Back on the review page: nothing due today, one question on December 5 (3 days later).
	await page.goto('/ru/review/');
	await expect(page.locator('[data-empty]')).toHaveText(ui['ogoh.review.empty']!);
	await expect(page.locator('[data-due]')).toBeHidden();
	await expect(page.locator('[data-later] li')).toHaveText([fill(ui['ogoh.review.laterItem']!, { date: '5 декабря 2026 г.', count: 1 })]);
	expectClean(watch);
});
