/**
 * A Kazakh-medium student on a phone (issue #14): the Kazakh home page → a lesson in Kazakh → its
 * quiz answered wrongly (a 0 score, no praise) → a search typed in Kazakh → the same lessons
 * offline. Nothing falls back to English on the way, and no console, CSP or axe error.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { takeQuizWrongly } from './assignment-helpers.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { readQuiz, uiStrings } from './quiz-helpers.ts';

test.use({ serviceWorkers: 'allow', actionTimeout: 15_000 });
test.skip(({ isMobile }) => !isMobile, 'the journey is on a phone');

const ui = uiStrings('kk');
const lessonTitle = (slug: string) => (parse(readFileSync(`content/lessons/kk/${slug}.mdx`, 'utf8').split(/^---$/m)[1]!) as { title: string }).title;

test('Kazakh on a phone: home → lesson → quiz with wrong answers → search in Kazakh → offline', async ({ page, context, baseURL }) => {
	test.setTimeout(240_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);

	// Home, in Kazakh, with nothing in English.
	await page.goto('/kk/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	// No English fallback text (source titles and the English language link may be in English).
	await expect(page.locator('main div[lang="en"]')).toHaveCount(0);
	await expect(page.getByText(ui['i18n.untranslatedContent']!)).toHaveCount(0);
	await expectNoAxeViolations(page);

	// A lesson: its own Kazakh text, no fallback notice; one button to its quiz.
	await page.goto('/kk/lessons/refusal-skills/');
	await expect(page.locator('h1')).toHaveText(lessonTitle('refusal-skills'));
	await expect(page.getByText(ui['i18n.untranslatedContent']!)).toHaveCount(0);
	await expect(page.locator('main div[lang="en"]')).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: ui['ogoh.lesson.takeQuiz'], exact: true }).click();
	await expect(page).toHaveURL(/\/kk\/quizzes\/refusal-skills\/$/);

	// Every answer wrong: each verdict says so in Kazakh, and the score is 0.
	await takeQuizWrongly(page, readQuiz('kk', 'refusal-skills'), ui);
	await expect(page.locator('[data-verdict]').first()).toHaveText(/\S/);
	expect(await page.locator('[data-verdict]').allInnerTexts()).not.toContain(ui['ogoh.quiz.correct']);
	await expectNoAxeViolations(page);

	// Search typed in Kazakh finds the Kazakh lesson on online shopping fraud first.
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input').first().fill('жалған дүкен');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toHaveAttribute('href', '/kk/lessons/online-shopping-fraud/', { timeout: 20_000 });
	await page.keyboard.press('Escape');

	// Saved for offline use; then, with no network, a lesson never opened still opens in Kazakh.
	const status = page.locator('ogoh-offline-status');
	await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
	await expect(status.locator('[data-status]')).toHaveText(ui['ogoh.offline.ready']!);
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	const offline = await page.goto('/kk/lessons/phishing-links/');
	expect(offline?.fromServiceWorker()).toBe(true);
	await expect(page.locator('h1')).toHaveText(lessonTitle('phishing-links'));
	await expect(page.locator('ogoh-offline-status [data-status]')).toContainText(ui['ogoh.offline.offlineNow']!);

	watch.consoleErrors = watch.consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error));
	expectClean(watch);
});
