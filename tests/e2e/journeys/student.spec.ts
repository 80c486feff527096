/**
 * A student's journey on the journeys' site (one question of every type), in Uzbek and Russian, on
 * a phone and on a laptop: lesson → the quiz button → answers wrong and partly right for every
 * type → verdicts, feedback letters as drawn after shuffling, the score box where the eyes are, the
 * review → retry with a new order and all right. No console, CSP or axe errors on the way.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { optionLetter } from '../../../src/lib/letters.ts';
import type { Question } from '../../../src/lib/schemas.ts';
import { expectClean, expectNoAxeViolations, watchPage } from '../helpers.ts';
import { answerCorrectly, inSteps, quizReady, seeResults, showQuestion, uiStrings } from '../quiz-helpers.ts';
import { JOURNEY_ORIGIN, journeyQuiz } from './site.ts';

test.use({ baseURL: JOURNEY_ORIGIN });

/** What the student types for the short-text question: a case form with a full stop, Uzbek in Cyrillic. */
const TYPED = { uz: 'Икки босқичли тасдиқлаш.', ru: '«Двухэтапную проверку».' } as const;

const letterOf = async (scope: Locator, optionId: string) => (await scope.locator(`[data-option="${optionId}"] [data-letter]`).innerText()).trim();
const orderOf = (page: Page) => page.locator('[data-options] [data-option]').evaluateAll((options) => options.map((o) => o.getAttribute('data-option')));

for (const lang of ['uz', 'ru'] as const) {
	test(`student (${lang}): wrong and partly right answers of every type, letters as shown, score box, review, retry`, async ({ page, isMobile }) => {
		test.skip(!isMobile, 'once, on the phone');
		test.setTimeout(120_000);
		const watch = await watchPage(page, JOURNEY_ORIGIN);
		const ui = uiStrings(lang);
		const quiz = journeyQuiz(lang);
		const q = <T extends Question['type']>(id: string) => quiz.questions.find((question) => question.id === id) as Extract<Question, { type: T }>;
		const scope = (id: string) => page.locator(`[data-question="${id}"]`);
		const check = async (id: string, verdict: string) => {
			await scope(id).getByRole('button', { name: ui['ogoh.quiz.check'] }).click();
			await expect(scope(id).locator('[data-verdict]')).toHaveText(verdict);
		};

		// The lesson leads to its quiz with one button.
		await page.goto(`/${lang}/lessons/journey/`);
		const button = page.getByRole('link', { name: ui['ogoh.lesson.takeQuiz'], exact: true });
		await expect(button).toHaveCount(1);
		await button.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/quizzes/journey/$`));
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing wider than the screen').toBeLessThanOrEqual(page.viewportSize()!.width);
		await quizReady(page);
		const firstOrder = await orderOf(page);

		// Single choice, wrong: the correct-answer line names the letter drawn next to the right option.
		const single = q<'single'>('say-no');
		await showQuestion(page, single.id);
		await scope(single.id).locator('input[value="shout"]').check();
		await check(single.id, ui['ogoh.quiz.incorrect']!);
		const calm = single.options.find((o) => o.id === 'calm')!;
		const calmLetter = await letterOf(scope(single.id), 'calm');
		expect((await scope(single.id).locator('[data-letter]').allInnerTexts()).map((l) => l.trim())).toEqual(single.options.map((_, i) => optionLetter(i, lang)));
		await expect(scope(single.id).locator('[data-reveal]')).toContainText(`${ui['ogoh.quiz.correctAnswer']} ${calmLetter}. ${calm.text}`);
		await expect(scope(single.id).locator('[data-option="shout"]')).toHaveAttribute('data-state', 'wrong');
		// Each option's feedback is shown once, while the question is on screen; on a phone (its own screen) only the chosen one's.
		const shown = await page.locator('main').innerText();
		const steps = await inSteps(page);
		for (const option of single.options) {
			const expected = !steps || option.id === 'shout' ? 1 : 0;
			expect(shown.split(option.feedback).length - 1, `"${option.feedback}" shown ${expected} times`).toBe(expected);
		}

		// Multiple choice, one of two right options: partly right.
		await showQuestion(page, 'safe-moves');
		await scope('safe-moves').locator('input[value="two-step"]').check();
		await check('safe-moves', ui['ogoh.quiz.partial']!);
		await expect(scope('safe-moves').locator('[data-option][data-state="right"]')).toHaveCount(2);

		// True/false, wrong.
		await showQuestion(page, 'bank-calls');
		await scope('bank-calls').locator('input[value="true"]').check();
		await check('bank-calls', ui['ogoh.quiz.incorrect']!);

		// Matching, one of three right: partly right, each row marked.
		await showQuestion(page, 'red-flags');
		await scope('red-flags').locator('select[data-pair="prize"]').selectOption('prize');
		await scope('red-flags').locator('select[data-pair="code"]').selectOption('job');
		await scope('red-flags').locator('select[data-pair="job"]').selectOption('code');
		await check('red-flags', ui['ogoh.quiz.partial']!);
		await expect(scope('red-flags').locator('[data-part][data-state="right"]')).toHaveCount(1);
		await expect(scope('red-flags').locator('[data-part][data-state="wrong"]')).toHaveCount(2);

		// Ordering, first two steps swapped: wrong.
		await showQuestion(page, 'hacked-steps');
		for (const [id, at] of [['reset', '2'], ['sessions', '1'], ['tell', '3']]) await scope('hacked-steps').locator(`select[data-item="${id}"]`).selectOption(at!);
		await check('hacked-steps', ui['ogoh.quiz.incorrect']!);

		// Short text typed as people type it: right.
		await showQuestion(page, 'code-name');
		await scope('code-name').locator('[data-text-answer]').fill(TYPED[lang]);
		await check('code-name', ui['ogoh.quiz.correct']!);

		// Numeric, the police number instead of 112: wrong.
		await showQuestion(page, 'emergency');
		await scope('emergency').locator('[data-text-answer]').fill('102');
		await check('emergency', ui['ogoh.quiz.incorrect']!);

		// Scenario: not graded.
		await showQuestion(page, 'what-next');
		await scope('what-next').locator('input[value="ask"]').check();
		await check('what-next', ui['ogoh.quiz.ungraded']!);

		// 0 + 1/2 + 0 + 1/3 + 0 + 1 + 0 = 1.8 of 7, written with a decimal comma, in a focused box on screen.
		await seeResults(page, ui);
		const results = page.locator('[data-results]');
		await expect(results).toBeFocused();
		await expect(results.locator('[data-score]')).toHaveText(ui['ogoh.quiz.score']!.replace('{{score}}', '1,8').replace('{{total}}', '7'));
		const box = (await results.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);

		// The review: the wrong single choice with the letters drawn on screen.
		const review = page.locator('[data-review] .review-item').nth(quiz.questions.indexOf(single));
		const shout = single.options.find((o) => o.id === 'shout')!;
		await expect(review.locator('.review-yours')).toHaveText(`✗ ${ui['ogoh.quiz.yourAnswerLabel']}: ${await letterOf(scope(single.id), 'shout')}. ${shout.text}`);
		await expect(review.locator('.review-right')).toContainText(`${ui['ogoh.quiz.correctAnswer']} ${calmLetter}. ${calm.text}`);
		await expectNoAxeViolations(page);
		await page.screenshot({ path: `/tmp/ogoh-journey-student-${lang}-${test.info().project.name}.png`, fullPage: true });

		// Retry: a new order, then every answer right.
		await page.getByRole('button', { name: ui['ogoh.quiz.retry'] }).click();
		expect(await orderOf(page)).not.toEqual(firstOrder);
		for (const question of quiz.questions) {
			await showQuestion(page, question.id);
			await answerCorrectly(page, question, scope(question.id));
			await check(question.id, question.type === 'scenario' ? ui['ogoh.quiz.ungraded']! : ui['ogoh.quiz.correct']!);
		}
		await seeResults(page, ui);
		await expect(results.locator('[data-score]')).toHaveText(ui['ogoh.quiz.score']!.replace('{{score}}', '7').replace('{{total}}', '7'));
		await expect(results).toBeFocused();
		await expect(page.locator('[data-best]')).toBeVisible();
		expectClean(watch);
	});
}
