/**
 * "How sure are you?" (issue 16). On a 360 px phone in Russian: the question on one line under each
 * graded question, a confident mistake and a right answer given as a guess each get their own
 * feedback, and the results list the confident mistake first under "what to review". On a laptop,
 * classroom mode: the "sure" hands typed after the reveal (with the keys the screen names), and
 * the summary's confident-but-wrong map drawn, highest first.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { answerCorrectly, quizReady, readQuiz, uiStrings } from './quiz-helpers.ts';

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

test('phone (ru): a confident mistake and a lucky guess get their own feedback; the results list the confident mistake first', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'the phone project: the self-check on a 360 px screen');
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const ui = uiStrings('ru');
	const quiz = readQuiz('ru', 'phishing-links');
	await page.goto('/ru/quizzes/phishing-links/');
	await quizReady(page);
	await expect(page.locator('ogoh-quiz')).toHaveAttribute('data-mode', 'step');
	// The plan: a wrong answer without saying, a right one as a guess, a wrong one "sure"; the rest right.
	const plan: Record<string, { right: boolean; sure?: 'sure' | 'unsure' }> = {
		'look-alike-address': { right: false },
		'phishing-signs': { right: true, sure: 'unsure' },
		'apk-from-classmate': { right: false, sure: 'sure' },
	};
	for (const [index, question] of quiz.questions.entries()) {
		const scope = page.locator(`[data-question="${question.id}"]`);
		const how = plan[question.id] ?? { right: true };
		const confidence = scope.getByRole('group', { name: ui['ogoh.quiz.howSure'] });
		await expect(confidence).toBeVisible();
		if (index === 0) {
			// One line on a 360 px phone: the question and both choices side by side, inside the screen.
			const [sure, unsure, legend] = [await confidence.getByText(ui['ogoh.quiz.sure']!, { exact: true }).boundingBox(), await confidence.getByText(ui['ogoh.quiz.notSure']!).boundingBox(), await confidence.locator('legend').boundingBox()];
			expect(Math.abs(sure!.y - unsure!.y), 'both choices on one line').toBeLessThan(2);
			expect(Math.abs(legend!.y + legend!.height / 2 - (sure!.y + sure!.height / 2)), 'the question on the same line').toBeLessThan(6);
			expect(unsure!.x + unsure!.width).toBeLessThanOrEqual(360);
			await expectNoAxeViolations(page, 'ogoh-quiz');
		}
		if (how.right) await answerCorrectly(page, question, scope);
		else if (question.type === 'single') await scope.locator(`input[value="${question.options.find((o) => o.id !== question.answer)!.id}"]`).check();
		if (how.sure) await confidence.getByRole('radio', { name: ui[how.sure === 'sure' ? 'ogoh.quiz.sure' : 'ogoh.quiz.notSure'], exact: true }).check();
		await scope.locator('[data-check]').click();
		const note = scope.locator('[data-confidence-note]');
		if (question.id === 'phishing-signs') {
			await expect(note).toHaveText(ui['ogoh.quiz.rightUnsure']!);
			// "Here is why", then the explanation under it.
			const explanation = scope.locator('[data-reveal] .quiz-explanation');
			await expect(explanation).toContainText(question.explanation);
			expect((await note.boundingBox())!.y + (await note.boundingBox())!.height).toBeLessThanOrEqual((await explanation.boundingBox())!.y);
		} else if (question.id === 'apk-from-classmate') {
			await expect(scope.locator('[data-verdict]')).toHaveText(ui['ogoh.quiz.incorrect']!);
			await expect(note).toHaveText(ui['ogoh.quiz.wrongSure']!);
			await expect(note).toBeVisible();
		} else await expect(note).toBeHidden();
		await page.locator('[data-next]').click();
	}
	// Two of the graded questions wrong, the rest right.
	const graded = quiz.questions.filter((q) => q.type !== 'scenario').length;
	await expect(page.locator('[data-score]')).toHaveText(fill(ui['ogoh.quiz.score']!, { score: graded - 2, total: graded }));
	// What to review: the confident mistake first (its question and its lesson section), then the sections missed in lesson order.
	const toReview = page.locator('[data-to-review]');
	await expect(toReview.locator('[data-confident-count]')).toHaveText(fill(ui['ogoh.quiz.confidentCount']!, { count: 1 }));
	const apk = quiz.questions.find((q) => q.id === 'apk-from-classmate')!;
	const items = await toReview.locator('li:visible').evaluateAll((lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
	expect(items).toHaveLength(3);
	expect(items[0]).toBe(apk.prompt.replace(/\s+/g, ' ').trim());
	const links = await toReview.locator('li:visible a').evaluateAll((as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash)));
	expect(links).toEqual(['#как-распознать-фишинговое-сообщение', '#поддельные-приложения-и-apk-файлы']);
	expect((await box(page, '[data-confident]')).y).toBeLessThan((await toReview.locator('[data-review-for]:visible').first().boundingBox())!.y);
	await expectNoAxeViolations(page, 'ogoh-quiz');
	// Kept with the attempt: the record of the finished attempt names the question answered as a guess.
	const record = await page.evaluate(() => JSON.parse(localStorage.getItem('ogoh:progress')!).quizzes['phishing-links']);
	expect(record.unsure).toEqual(['phishing-signs']);
});

test('laptop (ru): classroom "sure" hands after the reveal, and the confident-but-wrong map drawn highest first', async ({ page, isMobile }) => {
	test.skip(isMobile, 'classroom mode runs on a laptop and a projector');
	test.setTimeout(90_000);
	const ui = uiStrings('ru');
	const quiz = readQuiz('ru', 'online-drug-selling');
	await page.goto('/ru/quizzes/online-drug-selling/classroom/');
	const stage = page.locator('[data-stage]');
	const hint = page.locator('[data-sure-hint]');
	/** Per graded question (in order): hands on the first right and first wrong letter, then sure hands on that wrong letter. */
	const counts = [
		[2, 6, 3],
		[1, 8, 6],
	];
	let graded = 0;
	const numbers: number[] = [];
	for (const [index, question] of quiz.questions.entries()) {
		const slide = page.locator(`[data-slide="${question.id}"]`);
		await expect(slide).toBeVisible();
		const plan = question.type !== 'scenario' ? counts[graded++] : undefined;
		if (plan) {
			numbers.push(index + 1);
			await slide.locator('[data-option][data-right="true"] [data-tally]').first().fill(String(plan[0]));
			await slide.locator('[data-option][data-right="false"] [data-tally]').first().fill(String(plan[1]));
			await expect(slide.locator('[data-sure-field]').first()).toBeHidden();
		}
		await slide.locator('.classroom-prompt').click();
		await expect(hint).toBeHidden();
		await page.keyboard.press('Space');
		if (plan) {
			// Asked after the reveal, on the wrong letters only, with the keys on screen.
			await expect(hint).toHaveText(ui['ogoh.classroom.sureHint']!);
			await expect(slide.locator('[data-option][data-right="true"] [data-sure-field]')).toHaveCount(0);
			const sure = slide.getByRole('spinbutton', { name: new RegExp(`^${ui['ogoh.classroom.sureHandsFor']!.split('{{')[0]}`) }).first();
			await sure.focus();
			await page.keyboard.type(String(plan[2]));
			await page.keyboard.press('Enter');
			await expect(stage).toBeFocused();
		}
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByRole('heading', { name: ui['ogoh.classroom.confidentMap'] })).toBeVisible();
	const rows = await page.locator('[data-sure-rows] tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
	expect(rows).toEqual([
		[String(numbers[1]), '6', '8'],
		[String(numbers[0]), '3', '6'],
	]);
	const bars = page.locator('[data-sure-chart] .classroom-bar');
	await expect(bars).toHaveCount(2);
	for (const [i, share] of [100, 50].entries()) {
		const bar = bars.nth(i);
		await expect(bar).toBeVisible();
		const track = (await bar.locator('.classroom-bar-track').boundingBox())!;
		const drawn = (await bar.locator('.classroom-bar-fill').boundingBox())!;
		expect(track.width).toBeGreaterThan(150);
		expect(drawn.height).toBeGreaterThan(8);
		expect(Math.abs(drawn.width - (track.width * share) / 100), `bar ${i + 1}: ${share}% of ${track.width}px`).toBeLessThanOrEqual(2);
	}
	await expect(page.locator('[data-no-sure]')).toBeHidden();
	await expectNoAxeViolations(page, 'ogoh-classroom');
});
