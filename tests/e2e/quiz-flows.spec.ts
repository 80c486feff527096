/**
 * A student's self-check as people really take it: some answers wrong, some partly right, in
 * Uzbek and Russian on a phone and in English on a desktop. Options are shuffled per attempt, so
 * every letter the feedback, the reveal and the review name is compared with the letter drawn
 * next to that option on screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { optionLetter } from '../../src/lib/letters.ts';
import type { Locale } from '../../src/lib/locales.ts';
import type { Question, Quiz } from '../../src/lib/schemas.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { answerCorrectly, inSteps, readQuiz, seeResults, showQuestion, uiStrings } from './quiz-helpers.ts';

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The letter drawn next to an option right now. */
const letterOf = async (scope: Locator, optionId: string) => (await scope.locator(`[data-option="${optionId}"] [data-letter]`).innerText()).trim();

/** The option ids in the order they are drawn, per choice question. */
async function optionOrders(page: Page): Promise<string[][]> {
	return page.locator('[data-options]').evaluateAll((lists) => lists.map((list) => [...list.querySelectorAll('[data-option]')].map((o) => o.getAttribute('data-option')!)));
}

/** What the learner types for the short-text question, by language: punctuation, quotes, a case form, Cyrillic Uzbek. */
const TYPED: Record<Locale, string> = {
	en: '“Two-factor authentication.”',
	uz: 'Икки босқичли тасдиқлаш.',
	'uz-cyrl': 'ikki bosqichli tasdiqlash',
	ru: 'Двухэтапную проверку.',
	kk: 'Екі қадамды растауды.',
};

async function checkQuestion(scope: Locator): Promise<void> {
	await scope.locator('[data-check]').click();
}

/**
 * Takes passwords-and-2fa (every question type but numeric): wrong single choice, wrong
 * true/false, multiple choice partly right with a wrong option among the choices, matching partly
 * right, ordering wrong, the rest right. Returns the expected score.
 */
async function takeWithMistakes(page: Page, quiz: Quiz, locale: Locale): Promise<{ score: string; total: number }> {
	const ui = uiStrings(locale);
	let score = 0;
	for (const question of quiz.questions) {
		await showQuestion(page, question.id);
		const scope = page.locator(`[data-question="${question.id}"]`);
		const verdict = scope.locator('[data-verdict]');
		switch (question.type) {
			case 'single': {
				if (question.id === 'why-reuse-risky') {
					await scope.locator(`input[value="${question.options.find((o) => o.id !== question.answer)!.id}"]`).check();
					await checkQuestion(scope);
					await expect(verdict).toHaveText(ui['ogoh.quiz.incorrect']!);
				} else {
					await answerCorrectly(page, question, scope);
					await checkQuestion(scope);
					await expect(verdict).toHaveText(ui['ogoh.quiz.correct']!);
					score += 1;
				}
				break;
			}
			case 'multiple': {
				// Two of the three right options and the one wrong option: (2 - 1) / 3.
				const wrong = question.options.filter((o) => !question.answer.includes(o.id));
				for (const id of [...question.answer.slice(0, question.answer.length - 1), wrong[0]!.id]) await scope.locator(`input[value="${id}"]`).check();
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.partial']!);
				score += (question.answer.length - 2) / question.answer.length;
				break;
			}
			case 'true-false':
				await scope.locator(`input[value="${!question.answer}"]`).check();
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.incorrect']!);
				break;
			case 'matching': {
				// The first two right, the last two swapped.
				const [a, b, c, d] = question.pairs;
				await scope.locator(`select[data-pair="${a!.id}"]`).selectOption(a!.id);
				await scope.locator(`select[data-pair="${b!.id}"]`).selectOption(b!.id);
				await scope.locator(`select[data-pair="${c!.id}"]`).selectOption(d!.id);
				await scope.locator(`select[data-pair="${d!.id}"]`).selectOption(c!.id);
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.partial']!);
				await expect(scope.locator('.quiz-row[data-state="right"]')).toHaveCount(2);
				await expect(scope.locator('.quiz-row[data-state="wrong"]')).toHaveCount(2);
				score += 0.5;
				break;
			}
			case 'ordering': {
				// The first two steps swapped.
				const positions = question.items.map((_, i) => (i === 0 ? 2 : i === 1 ? 1 : i + 1));
				for (const [i, item] of question.items.entries()) await scope.locator(`select[data-item="${item.id}"]`).selectOption(String(positions[i]));
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.incorrect']!);
				break;
			}
			case 'short-text':
				await scope.locator('[data-text-answer]').fill(TYPED[locale]);
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.correct']!);
				score += 1;
				break;
			case 'cloze': {
				// Every blank right but the last chosen one: partly right.
				const wrong = question.blanks.findLast((blank) => blank.options)!;
				for (const blank of question.blanks) {
					const field = scope.locator(`[data-blank="${blank.id}"]`);
					if (blank.options) await field.selectOption(blank === wrong ? blank.options.find((o) => o.id !== blank.answer)!.id : blank.answer!);
					else await field.fill(blank.answers![0]!);
				}
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.partial']!);
				score += (question.blanks.length - 1) / question.blanks.length;
				break;
			}
			case 'scenario':
				await scope.locator('input').first().check();
				await checkQuestion(scope);
				await expect(verdict).toHaveText(ui['ogoh.quiz.ungraded']!);
				break;
			default:
				throw new Error(`no plan for ${question.type}`);
		}
		await expectFeedbackOnce(page, question);
	}
	await seeResults(page, ui);
	const total = quiz.questions.filter((q) => q.type !== 'scenario').length;
	// Written as the language writes numbers: 3.8 in English, 3,8 in Uzbek and Russian.
	const rounded = String(Math.round(score * 10) / 10);
	return { score: locale === 'en' ? rounded : rounded.replace('.', ','), total };
}

/** The reveal, review and feedback name the letters drawn on screen (and in the page's alphabet). */
async function expectLettersAsShown(page: Page, quiz: Quiz, locale: Locale): Promise<void> {
	const ui = uiStrings(locale);
	for (const question of quiz.questions.filter((q): q is Choice => q.type === 'single' || q.type === 'multiple')) {
		const scope = page.locator(`[data-question="${question.id}"]`);
		const letters = await scope.locator('[data-letter]').allInnerTexts();
		expect(letters.map((l) => l.trim())).toEqual(question.options.map((_, i) => optionLetter(i, locale)));
		const rights = [];
		for (const option of question.options.filter((o) => [question.answer].flat().includes(o.id))) {
			rights.push({ letter: await letterOf(scope, option.id), text: option.text });
		}
		rights.sort((a, b) => a.letter.localeCompare(b.letter));
		const correct = `${ui['ogoh.quiz.correctAnswer']} ${rights.map((r) => `${r.letter}. ${r.text}`).join('; ')}`;
		await expect(scope.locator('[data-reveal]')).toContainText(correct);
	}
}

/**
 * The feedback texts a learner should see once each after checking, given the options chosen: on
 * a wide screen every option's (choice and scenario questions); on a phone, one question per
 * screen, only the chosen options' (the right ones are marked without their text); for
 * true/false the chosen one's.
 */
function feedbacksShown(question: Question, chosen: readonly string[], compact: boolean): { shown: string[]; hidden: string[] } {
	const split = (all: { text: string; show: boolean }[]) => ({ shown: all.filter((f) => f.show).map((f) => f.text), hidden: all.filter((f) => !f.show).map((f) => f.text) });
	if ('options' in question) {
		return split(question.options.map((o) => ({ text: o.feedback, show: !compact || chosen.includes(o.id) })));
	}
	if (question.type === 'true-false') return split((['true', 'false'] as const).map((value) => ({ text: question.feedback[value], show: chosen.includes(value) })));
	return { shown: [], hidden: [] };
}

/** Each feedback text of a question just checked is on screen exactly once (on a phone, on the question's own screen), the others not at all. */
async function expectFeedbackOnce(page: Page, question: Question): Promise<void> {
	const visibleText = squash(await page.locator('body').innerText());
	const chosen = await page.locator(`[data-question="${question.id}"] input:checked`).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	const { shown, hidden } = feedbacksShown(question, chosen, await inSteps(page));
	for (const feedback of shown) expect(visibleText.split(squash(feedback)).length - 1, feedback).toBe(1);
	for (const feedback of hidden) expect(visibleText, feedback).not.toContain(squash(feedback));
}

const WALKS = [
	{ locale: 'uz' as const, project: 'phone' },
	{ locale: 'ru' as const, project: 'phone' },
	{ locale: 'en' as const, project: 'desktop' },
];

for (const { locale, project } of WALKS) {
	test(`${locale} on the ${project}: wrong and partly right answers, letters as shown, the score box, review and retry`, async ({ page, baseURL }, testInfo) => {
		test.skip(testInfo.project.name !== project, `this walk is for the ${project}`);
		test.setTimeout(120_000);
		const watch = await watchPage(page, new URL(baseURL!).origin);
		const ui = uiStrings(locale);
		const quiz = readQuiz(locale, 'passwords-and-2fa');
		await page.goto(`${prefix(locale)}/quizzes/passwords-and-2fa/`);
		const ordersBefore = await optionOrders(page);
		// Nothing is wider than the screen (long matching answers once made the phone page 775 px wide).
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

		const { score, total } = await takeWithMistakes(page, quiz, locale);

		// The score is in a box at the top of the summary, focused and on screen.
		const results = page.locator('[data-results]');
		await expect(results).toBeFocused();
		await expect(results).toHaveAttribute('tabindex', '-1');
		await expect(results.locator('[data-score]')).toHaveText(ui['ogoh.quiz.score']!.replace('{{score}}', score).replace('{{total}}', String(total)));
		const box = (await results.boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(box.height).toBeGreaterThan(10);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		// It comes before the review.
		const review = page.locator('[data-review]');
		expect((await review.boundingBox())!.y).toBeGreaterThan(box.y);

		await expectLettersAsShown(page, quiz, locale);

		// The wrong single choice: "your answer" and "correct answer" in the review with the letters on screen.
		const single = quiz.questions.find((q) => q.id === 'why-reuse-risky') as Choice & { type: 'single' };
		const scope = page.locator(`[data-question="${single.id}"]`);
		const chosen = single.options.find((o) => o.id !== single.answer)!;
		const right = single.options.find((o) => o.id === single.answer)!;
		const item = review.locator('.review-item').nth(quiz.questions.indexOf(single));
		await expect(item.locator('.review-yours')).toHaveText(`✗ ${ui['ogoh.quiz.yourAnswerLabel']}: ${await letterOf(scope, chosen.id)}. ${chosen.text}`);
		await expect(item.locator('.review-right')).toContainText(`${ui['ogoh.quiz.correctAnswer']} ${await letterOf(scope, right.id)}. ${right.text}`);
		// The partly right multiple choice: the wrong option chosen is marked wrong, the right one left out is shown as right.
		const multiple = quiz.questions.find((q) => q.type === 'multiple') as Choice & { type: 'multiple' };
		const multipleScope = page.locator(`[data-question="${multiple.id}"]`);
		await expect(multipleScope.locator('[data-option][data-state="wrong"]')).toHaveCount(1);
		await expect(multipleScope.locator('[data-option][data-state="right"]')).toHaveCount(multiple.answer.length);
		const multipleItem = review.locator('.review-item').nth(quiz.questions.indexOf(multiple));
		await expect(multipleItem.locator('.review-yours')).toContainText(`${ui['ogoh.quiz.yourAnswerLabel']}: `);
		for (const id of [multiple.answer[0]!, multiple.options.find((o) => !multiple.answer.includes(o.id))!.id]) {
			const option = multiple.options.find((o) => o.id === id)!;
			await expect(multipleItem.locator('.review-yours')).toContainText(`${await letterOf(multipleScope, id)}. ${option.text}`);
		}

		// Every option's feedback is drawn exactly once (checked on each question's screen in takeWithMistakes; here the whole page on a wide screen).
		if (!(await inSteps(page))) for (const question of quiz.questions) await expectFeedbackOnce(page, question);
		await expectNoAxeViolations(page, 'ogoh-quiz');

		// Retry: a new order, fresh letters in order, nothing checked, and the letters still match the feedback.
		await page.locator('[data-retry]').click();
		await expect(page.locator('input:checked')).toHaveCount(0);
		await expect(results).toBeHidden();
		expect(await optionOrders(page)).not.toEqual(ordersBefore);
		const again = quiz.questions.find((q): q is Choice => q.type === 'single' && q.id !== 'why-reuse-risky')!;
		const againScope = page.locator(`[data-question="${again.id}"]`);
		await showQuestion(page, again.id);
		await answerCorrectly(page, again, againScope);
		await checkQuestion(againScope);
		await expect(againScope.locator('[data-reveal]')).toContainText(
			`${ui['ogoh.quiz.correctAnswer']} ${await letterOf(againScope, again.answer as string)}. ${again.options.find((o) => o.id === again.answer)!.text}`
		);
		expectClean(watch);
	});
}

for (const locale of ['uz', 'ru', 'en'] as const) {
	test(`${locale}: after shuffling, every choice question's feedback names the letters on screen (issue 10, #1)`, async ({ page }) => {
		const quiz = readQuiz(locale, 'phishing-links');
		await page.goto(`${prefix(locale)}/quizzes/phishing-links/`);
		for (const question of quiz.questions) {
			await showQuestion(page, question.id);
			const scope = page.locator(`[data-question="${question.id}"]`);
			await answerCorrectly(page, question, scope);
			await checkQuestion(scope);
		}
		await expectLettersAsShown(page, quiz, locale);
	});
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('uz phishing quiz: each option’s feedback once, and the score box on screen and focused after the last answer', async ({ page }, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'phone only');
		const quiz = readQuiz('uz', 'phishing-links');
		await page.goto('/uz/quizzes/phishing-links/');
		const ui = uiStrings('uz');
		for (const question of quiz.questions) {
			await showQuestion(page, question.id);
			const scope = page.locator(`[data-question="${question.id}"]`);
			// Every answer wrong where possible: the longest page a learner can get.
			if (question.type === 'single') await scope.locator(`input[value="${question.options.find((o) => o.id !== question.answer)!.id}"]`).check();
			else if (question.type === 'multiple') await scope.locator(`input[value="${question.options.find((o) => !question.answer.includes(o.id))!.id}"]`).check();
			else if (question.type === 'true-false') await scope.locator(`input[value="${!question.answer}"]`).check();
			else if (question.type === 'hotspot') await scope.locator(`input[value="${question.regions.find((r) => !r.flag)!.id}"]`).check();
			else await answerCorrectly(page, question, scope);
			await checkQuestion(scope);
			await expect(scope.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.incorrect']!);
			await expectFeedbackOnce(page, question);
		}
		await seeResults(page, ui);
		const results = page.locator('[data-results]');
		await expect(results).toBeFocused();
		const box = (await results.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(740);
		await expect(results).toContainText(ui['ogoh.quiz.score']!.replace('{{score}}', '0').replace('{{total}}', String(quiz.questions.length)));

		await expectLettersAsShown(page, quiz, 'uz');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('ru: the server-rendered quiz letters its options А, Б, В and its answer key names the same letters', async ({ page }) => {
		const quiz = readQuiz('ru', 'phishing-links');
		await page.goto('/ru/quizzes/phishing-links/');
		const first = quiz.questions[0] as Choice & { type: 'single' };
		const scope = page.locator(`[data-question="${first.id}"]`);
		expect((await scope.locator('[data-letter]').allInnerTexts()).map((l) => l.trim())).toEqual(['А', 'Б', 'В'].slice(0, first.options.length));
		const key = scope.locator('[data-answer-key]');
		await key.locator('summary').click();
		const index = first.options.findIndex((o) => o.id === first.answer);
		await expect(key).toContainText(`Правильный ответ: ${optionLetter(index, 'ru')}. ${first.options[index]!.text}`);
		await expect(key).not.toContainText(/\b[ABC]\./);
	});
});

test.describe('the quiz call-to-action on a lesson', () => {
	for (const { locale, label } of [
		{ locale: 'en' as const, label: 'Check yourself: take the quiz' },
		{ locale: 'uz' as const, label: 'Oʻzingizni sinang: testni boshlang' },
		{ locale: 'ru' as const, label: 'Проверь себя: пройди тест' },
	]) {
		test(`${locale}: one clear button, named once, in the page's language`, async ({ page }) => {
			await page.goto(`${prefix(locale)}/lessons/passwords-and-2fa/`);
			const quizHref = `${prefix(locale)}/quizzes/passwords-and-2fa/`;
			await expect(page.locator(`main a[href="${quizHref}"]`)).toHaveCount(1);
			const link = page.getByRole('link', { name: label, exact: true });
			await expect(link).toHaveAttribute('href', quizHref);
			await expect(link).toBeVisible();
			await expect(page.getByRole('main')).not.toContainText(/Проверьте|пройдите/);
			await link.click();
			await expect(page).toHaveURL(quizHref);
		});
	}
});

const NOT_SAVED = 'ogoh.progress.notSaved';

for (const { name, block } of [
	{
		name: 'storage is full (QuotaExceededError)',
		block: () => {
			Storage.prototype.setItem = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		},
	},
	{
		name: 'storage is blocked (SecurityError)',
		block: () => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		},
	},
]) {
	test(`when ${name}, the learner is told once that progress is not saved, and the quiz and lesson still work`, async ({ page }, testInfo) => {
		const locale: Locale = testInfo.project.name === 'phone' ? 'ru' : 'en';
		const ui = uiStrings(locale);
		const errors: string[] = [];
		// Starlight's own theme script reads localStorage too; only errors from our bundles count here.
		page.on('pageerror', (error) => {
			if (error.stack?.includes('/_astro/')) errors.push(error.message);
		});
		await page.addInitScript(block);

		await page.goto(`${prefix(locale)}/quizzes/refusal-skills/`);
		const quiz = readQuiz(locale, 'refusal-skills');
		const notice = page.getByRole('status').filter({ hasText: ui[NOT_SAVED]! });
		for (const question of quiz.questions) {
			await showQuestion(page, question.id);
			const scope = page.locator(`[data-question="${question.id}"]`);
			await answerCorrectly(page, question, scope);
			await checkQuestion(scope);
		}
		await seeResults(page, ui);
		await expect(page.locator('[data-score]')).not.toBeEmpty();
		await expect(notice).toHaveCount(1);
		await expect(notice).toBeVisible();
		await expect(page.getByText(ui[NOT_SAVED]!)).toHaveCount(1);

		await page.goto(`${prefix(locale)}/lessons/refusal-skills/`);
		const done = page.getByRole('button', { name: ui['ogoh.lesson.markDone'] });
		await done.click();
		await expect(page.getByRole('button', { name: ui['ogoh.lesson.done'] })).toHaveAttribute('aria-pressed', 'true');
		await expect(notice).toHaveCount(1);
		await page.getByRole('button', { name: ui['ogoh.lesson.done'] }).click();
		await expect(done).toHaveAttribute('aria-pressed', 'false');
		await expect(page.getByText(ui[NOT_SAVED]!)).toHaveCount(1);
		expect(errors).toEqual([]);
	});
}
