/**
 * The self-check on a 360 px phone (issue 15): one question per screen with "3 of 8" and a bar,
 * the feedback under the answer, Previous / Next, then a results screen with the score at the top,
 * focused, the lesson sections to review, and "retry only the ones I missed" (reshuffled). In
 * Uzbek and Russian, with right, wrong and partly right answers. Positions are measured, not only
 * text. On a desktop the quiz stays one page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../src/lib/locales.ts';
import type { Question } from '../../src/lib/schemas.ts';
import { seedFrom, shuffled } from '../../src/lib/shuffle.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { answerCorrectly, quizReady, readQuiz, uiStrings } from './quiz-helpers.ts';

const QUIZ = 'phishing-links';
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
const shownQuestions = (page: Page) => page.locator('[data-question]:not([hidden])').evaluateAll((items) => items.map((i) => i.getAttribute('data-question')));
const optionOrder = (scope: Locator) => scope.locator('[data-option]').evaluateAll((items) => items.map((i) => i.getAttribute('data-option')!));
const activeIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

/** How each question of phishing-links is answered: wrong, partly right or right. */
const PLAN: Record<string, 'wrong' | 'partly' | 'right'> = {
	'look-alike-address': 'wrong',
	'phishing-signs': 'partly',
	'sms-code-call': 'right',
	'apk-from-classmate': 'right',
	'safe-install': 'partly',
	'already-entered-code': 'right',
	'two-step-verification': 'wrong',
	'padlock-means-safe': 'right',
	'phishing-sms-flags': 'right',
};

async function answer(page: Page, question: Question, how: 'wrong' | 'partly' | 'right'): Promise<void> {
	const scope = page.locator(`[data-question="${question.id}"]`);
	if (how === 'right') return answerCorrectly(page, question, scope);
	if (question.type === 'single') return scope.locator(`input[value="${question.options.find((o) => o.id !== question.answer)!.id}"]`).check();
	if (question.type !== 'multiple') throw new Error(`no plan for ${question.type}`);
	// Partly right: all right options but one, and (for phishing-signs) one wrong one too.
	const chosen = question.answer.slice(0, -1);
	if (question.id === 'phishing-signs') chosen.push(question.options.find((o) => !question.answer.includes(o.id))!.id);
	for (const id of chosen) await scope.locator(`input[value="${id}"]`).check();
}

/** Within the viewport, top to bottom. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<{ y: number; bottom: number }> {
	const box = (await locator.boundingBox())!;
	const height = page.viewportSize()!.height;
	expect(box.height, `${what} is drawn`).toBeGreaterThan(10);
	expect(box.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what}: bottom on screen (viewport ${height})`).toBeLessThanOrEqual(height);
	return { y: box.y, bottom: box.y + box.height };
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	for (const locale of ['uz', 'ru'] as const satisfies Locale[]) {
		test(`${locale}: one question per screen, the score on top and focused, what to review, retry only the missed ones reshuffled`, async ({ page, baseURL }) => {
			test.setTimeout(120_000);
			const watch = await watchPage(page, new URL(baseURL!).origin);
			const ui = uiStrings(locale);
			const quiz = readQuiz(locale, QUIZ);
			const count = quiz.questions.length;
			// The attempts' seeds come from the clock: a clock the test sets makes each order known.
			await page.addInitScript(() => {
				let now = 1_000;
				Date.now = () => now;
				Object.assign(window, { setNow: (value: number) => (now = value) });
			});
			await page.goto(`/${locale}/quizzes/${QUIZ}/`);
			const stepper = page.locator('[data-stepper]');
			const next = page.locator('[data-next]');
			const count1 = page.locator('[data-step-count]');
			await quizReady(page);
			await expect(page.locator('ogoh-quiz')).toHaveAttribute('data-mode', 'step');
			await expect(page.locator('[data-progress]')).toBeHidden();

			const viewport = page.viewportSize()!.height;
			// Starlight's scroll padding: the fixed header's height and a margin.
			const header = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
			/** Each answered question's height on screen. */
			const screens: number[] = [];
			for (const [index, question] of quiz.questions.entries()) {
				const scope = page.locator(`[data-question="${question.id}"]`);
				expect(await shownQuestions(page)).toEqual([question.id]);
				await expect(count1).toHaveText(fill(ui['ogoh.quiz.stepCount']!, { current: index + 1, count }));
				const bar = page.getByRole('progressbar', { name: fill(ui['ogoh.quiz.stepCount']!, { current: index + 1, count }) });
				await expect(bar).toHaveAttribute('value', String(index + 1));
				await expect(bar).toHaveAttribute('max', String(count));
				await expect(page.locator('[data-previous]')).toBeVisible({ visible: index > 0 });

				await answer(page, question, PLAN[question.id]!);
				// Scrolled down to reach Check, as on a small screen: the answered question is still shown whole when it fits.
				await page.mouse.wheel(0, 400);
				await scope.locator('[data-check]').click();
				const verdict = { wrong: 'ogoh.quiz.incorrect', partly: 'ogoh.quiz.partial', right: 'ogoh.quiz.correct' }[PLAN[question.id]!];
				await expect(scope.locator('[data-verdict]')).toHaveText(ui[verdict]!);
				// The answered question's screen: from "3 of 8" to Next, feedback and explanation included.
				const top = (await stepper.boundingBox())!.y;
				const bottom = await next.evaluate((button) => button.getBoundingClientRect().bottom);
				screens.push(Math.round(bottom - top));
				if (index > 0 && bottom - top <= viewport - header) {
					// Reached with Next, or scrolled through to answer and shown whole once checked: when the answered
					// question fits under the page's fixed header, all of it is there, from the count to Next.
					await expectOnScreen(page, stepper, `${question.id}: the count and bar`);
					await expectOnScreen(page, next, `${question.id}: Next`);
				}
				// The feedback right under the answer, once: under each option chosen, no other; each right option marked in words.
				const chosen = await scope.locator('input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
				const feedbacks =
					'options' in question
						? question.options.map((o) => ({ text: o.feedback, shown: chosen.includes(o.id) }))
						: question.type === 'true-false'
							? [{ text: question.feedback[question.answer ? 'true' : 'false'], shown: true }]
							: [];
				const text = await page.locator('main').innerText();
				for (const { text: feedback, shown } of feedbacks) expect(text.split(feedback).length - 1, feedback).toBe(shown ? 1 : 0);
				for (const id of question.type === 'single' || question.type === 'multiple' ? [question.answer].flat() : []) {
					await expect(scope.locator(`[data-option="${id}"] [data-mark]`)).toBeVisible();
					await expect(scope.locator(`[data-option="${id}"] [data-mark]`)).toHaveText(new RegExp(`^✓ (.+ · )?${ui['ogoh.quiz.rightAnswer']}:?$`));
				}
				if (index === 0) await expectNoAxeViolations(page, 'ogoh-quiz');
				await expect(next).toBeFocused();
				await expect(next).toHaveText(ui[index === count - 1 ? 'ogoh.quiz.seeResults' : 'ogoh.quiz.next']!);
				await next.click();
				if (index < count - 1) expect(await activeIs(page, `[data-question="${quiz.questions[index + 1]!.id}"]`)).toBe(true);
			}

			// The answered quiz fits in as many screens as it has questions (it took about 3 per question on one page).
			const measured = `${locale}: ${screens.join(' + ')} = ${screens.reduce((a, b) => a + b, 0)} px for ${count} screens of ${viewport} px`;
			test.info().annotations.push({ type: 'screens', description: measured });
			expect(screens.reduce((a, b) => a + b, 0), screens.join(' + ')).toBeLessThanOrEqual(count * viewport);

			// 5 right and two partly right (worth about one). The results screen: the score at the top, on screen without scrolling, focused.
			const results = page.locator('[data-results]');
			await expect(results).toBeVisible();
			expect(await shownQuestions(page)).toEqual([]);
			await expect(stepper).toBeHidden();
			await expect(page.locator('[data-score]')).toHaveText(fill(ui['ogoh.quiz.score']!, { score: 6, total: count }));
			expect(await activeIs(page, '[data-results]')).toBe(true);
			const box = await expectOnScreen(page, results, 'the score box');
			expect(box.y, 'the score at the top of the screen').toBeLessThan(page.viewportSize()!.height / 3);
			await expect(page.locator('[data-celebration]')).toBeHidden();
			await expectNoAxeViolations(page, 'ogoh-quiz');
			await page.screenshot({ path: `test-results/quiz-phone-results-${locale}.png` });

			// What to review: the sections of the missed questions, in the lesson's order, then the lesson.
			const toReview = page.locator('[data-to-review]');
			await expect(toReview.getByRole('heading')).toHaveText(ui['ogoh.quiz.toReview']!);
			const links = toReview.getByRole('link');
			const missedSections = [...new Set(quiz.questions.filter((q) => PLAN[q.id] !== 'right').map((q) => q.section))];
			await expect(links).toHaveCount(missedSections.length);
			const lesson = `/${locale}/lessons/${QUIZ}/`;
			const hrefs = missedSections.map((section) => (section ? `${lesson}#${section}` : lesson));
			expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(hrefs);
			await expect(links.last()).toHaveText(ui['ogoh.quiz.readLesson']!);

			// Retry only the missed ones: those alone, one per screen, each in a new order.
			const missed = quiz.questions.filter((q) => PLAN[q.id] !== 'right');
			const firstSeed = seedFrom(`${QUIZ}/1000`);
			const orderFor = (question: Question, seed: number) => ('options' in question ? shuffled(question.options.map((o) => o.id), seed ^ seedFrom(question.id)) : []);
			for (const question of missed) expect(await optionOrder(page.locator(`[data-question="${question.id}"]`))).toEqual(orderFor(question, firstSeed));
			const best = await page.locator('[data-best]').innerText();
			// A moment whose seed reorders every missed question (three options keep their order one time in six).
			const retrySeed = (now: number) => seedFrom(`${QUIZ}/${now}/${firstSeed}`);
			const now = [2_000, 3_000, 4_000, 5_000, 6_000].find((t) => missed.every((q) => orderFor(q, retrySeed(t)).join() !== orderFor(q, firstSeed).join()))!;
			await page.evaluate((value) => (window as unknown as { setNow: (n: number) => void }).setNow(value), now);
			await page.getByRole('button', { name: ui['ogoh.quiz.retryMissed'] }).click();
			const seed = retrySeed(now);
			for (const question of missed) {
				const order = await optionOrder(page.locator(`[data-question="${question.id}"]`));
				expect(order, `${question.id} in this retry's order`).toEqual(orderFor(question, seed));
				expect(order, `${question.id} reshuffled`).not.toEqual(orderFor(question, firstSeed));
			}
			await expect(results).toBeHidden();
			// The round starts as Next does: its count and bar at the top of the screen, under the site's fixed header.
			const siteHeader = (await page.locator('header.header').boundingBox())!;
			const countBox = await expectOnScreen(page, count1, 'after the retry, the count');
			expect(countBox.y, 'after the retry, the count is below the header').toBeGreaterThanOrEqual(siteHeader.y + siteHeader.height);
			for (const [index, question] of missed.entries()) {
				expect(await shownQuestions(page)).toEqual([question.id]);
				await expect(count1).toHaveText(fill(ui['ogoh.quiz.stepCount']!, { current: index + 1, count: missed.length }));
				await expect(page.locator(`[data-question="${question.id}"] input:checked`)).toHaveCount(0);
				await answer(page, question, 'right');
				await page.locator(`[data-question="${question.id}"] [data-check]`).click();
				if (index === 0) {
					// The phone closes the tab: the page comes back to this round, at its next question.
					await page.reload();
					continue;
				}
				await next.click();
			}
			// The retry is scored on its own questions; the quiz's best score is for whole attempts.
			await expect(page.locator('[data-score]')).toHaveText(fill(ui['ogoh.quiz.score']!, { score: missed.length, total: missed.length }));
			await expect(page.locator('[data-best]')).toHaveText(best);
			await expect(page.locator('[data-celebration]')).toHaveText(`★ ${ui['ogoh.quiz.celebratePerfect']}`);
			await expect(toReview).toBeHidden();
			await expect(page.getByRole('button', { name: ui['ogoh.quiz.retryMissed'] })).toBeHidden();
			await expectNoAxeViolations(page, 'ogoh-quiz');
			await page.screenshot({ path: `test-results/quiz-phone-celebration-${locale}.png` });
			expectClean(watch);
		});
	}

	test('uz: a review link opens the lesson at its section', async ({ page }) => {
		const quiz = readQuiz('uz', QUIZ);
		await page.goto(`/uz/quizzes/${QUIZ}/`);
		for (const question of quiz.questions) {
			await answer(page, question, question.id === 'apk-from-classmate' ? 'wrong' : 'right');
			await page.locator(`[data-question="${question.id}"] [data-check]`).click();
			await page.locator('[data-next]').click();
		}
		const link = page.locator('[data-to-review]').getByRole('link');
		await expect(link).toHaveCount(1);
		const title = await link.innerText();
		await link.click();
		const section = quiz.questions.find((q) => q.id === 'apk-from-classmate')!.section!;
		await expect(page).toHaveURL(`/uz/lessons/${QUIZ}/#${encodeURIComponent(section)}`);
		const heading = page.locator(`[id="${section}"]`);
		await expect(heading).toBeInViewport();
		await expect(heading).toHaveText(title);
	});

	test('ru: a good score gets a calm celebration, with no movement when motion is reduced', async ({ page }) => {
		const ui = uiStrings('ru');
		const quiz = readQuiz('ru', QUIZ);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/ru/quizzes/${QUIZ}/`);
		for (const question of quiz.questions) {
			// 7 of 8: a good score, not a perfect one.
			await answer(page, question, question.id === 'sms-code-call' ? 'wrong' : 'right');
			await page.locator(`[data-question="${question.id}"] [data-check]`).click();
			await page.locator('[data-next]').click();
		}
		const celebration = page.locator('[data-celebration]');
		await expect(celebration).toHaveText(`★ ${ui['ogoh.quiz.celebrateGood']}`);
		await expectOnScreen(page, celebration, 'the celebration');
		const star = celebration.locator('.quiz-star');
		expect(await star.evaluate((s) => getComputedStyle(s).animationName)).toBe('none');
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		expect(await star.evaluate((s) => getComputedStyle(s).animationName)).toBe('quiz-star');
	});

	for (const [locale, quiz] of [['ru', QUIZ], ['uz', 'alcohol']] as const) {
		test(`${locale} ${quiz}: nothing moves when the script takes over (no layout shift)`, async ({ page }) => {
			// What the script changes (the count and bar above the first question, its frame, its spacing) is
			// drawn that way from the first paint, so the question does not jump (Lighthouse's layout shift).
			await page.addInitScript(() => {
				const shifts: string[] = [];
				Object.assign(window, { shifts });
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => s.node?.nodeName).join(' ')}`);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`/${locale}/quizzes/${quiz}/`);
			await quizReady(page);
			await expect(page.locator('ogoh-quiz')).toHaveAttribute('data-mode', 'step');
			await expect(page.locator('[data-stepper]')).toBeVisible();
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
		});
	}
});

test('on a desktop the quiz stays one page: every question, no steps', async ({ page, isMobile }) => {
	test.skip(isMobile, 'desktop only');
	const quiz = readQuiz('en', QUIZ);
	await page.goto(`/quizzes/${QUIZ}/`);
	await expect(page.locator('ogoh-quiz')).toHaveAttribute('data-mode', 'page');
	expect(await shownQuestions(page)).toEqual(quiz.questions.map((q) => q.id));
	await expect(page.locator('[data-stepper]')).toBeHidden();
	await expect(page.locator('[data-step-nav]')).toBeHidden();
});
