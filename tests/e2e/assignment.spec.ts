/** A trainer assigns work with a link; a trainee opens it on another device and completes it. */
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { readQuiz, takeQuizCorrectly } from './quiz-helpers.ts';

test('trainer builds an assignment; trainee completes it; the check page accepts the code', async ({ page, browser, baseURL, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	test.setTimeout(90_000);
	// Trainer
	const trainerWatch = await watchPage(page, new URL(baseURL!).origin);
	await page.goto('/assignments/new/');
	await page.getByLabel('Lesson: Saying no and keeping your friends').check();
	await page.getByLabel('Quiz: Check yourself: saying no').check();
	await page.getByLabel('Group name').fill('Class 9B <b>');
	await page.getByLabel('Due date').fill('2031-05-20');
	await page.getByLabel('Note for the group (optional)').fill('Read first, then take the quiz.');
	await page.getByRole('button', { name: 'Create the assignment link' }).click();
	const link = await page.getByLabel('Link for the group').inputValue();
	expect(link).toMatch(/\/assignments\/#a=2~[A-Za-z0-9_.~-]+$/);
	await expect(page.locator('[data-sheet-cohort]')).toHaveText('Group: Class 9B <b>');
	await expect(page.locator('[data-sheet-items] li')).toHaveCount(2);
	await expectNoAxeViolations(page);

	// The QR code in the page decodes back to the same link.
	const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
	expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);

	// The calendar file downloads with the due date.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download the due date/ }).click()]);
	const ics = await (await download.createReadStream()).toArray();
	expect(Buffer.concat(ics).toString()).toContain('DTSTART;VALUE=DATE:20310520');
	const checkHref = await page.getByRole('link', { name: 'Check completion codes for this assignment' }).getAttribute('href');
	expectClean(trainerWatch);

	// Trainee, in a fresh browser profile
	const trainee = await browser.newContext();
	const student = await trainee.newPage();
	const studentWatch = await watchPage(student, new URL(baseURL!).origin);
	await student.goto(link);
	await expect(student.getByRole('heading', { name: 'Group: Class 9B <b>' })).toBeVisible();
	await expect(student.locator('[data-progress]')).toHaveText('0 of 2 done');
	await expect(student.locator('[data-complete]')).toBeHidden();
	await expectNoAxeViolations(student);

	await student.getByRole('link', { name: 'Lesson: Saying no and keeping your friends' }).click();
	await student.getByRole('button', { name: 'I have finished this lesson' }).click();
	await expect(student.getByRole('button', { name: 'Finished ✓' })).toHaveAttribute('aria-pressed', 'true');
	await student.goto('/quizzes/refusal-skills/');
	await takeQuizCorrectly(student, readQuiz('en', 'refusal-skills'));

	await student.goto(link);
	await expect(student.locator('[data-progress]')).toHaveText('2 of 2 done');
	await expect(student.locator('[data-complete]')).toBeVisible();
	await expect(student.locator('[data-complete]')).toContainText('does not prove who did it');
	const code = (await student.locator('[data-code]').textContent())!.trim();
	expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	expectClean(studentWatch);
	await trainee.close();

	// Trainer checks the code offline; an edited code is rejected.
	await page.goto(checkHref!);
	await page.getByLabel('Completion code').fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	// The check result is announced as a status (the footer has another, for site updates).
	const result = page.getByRole('status').and(page.locator('[data-result]'));
	await expect(result).toHaveText('✓ Valid: this code was made for this assignment.');
	const tampered = code.slice(0, 8) + (code.endsWith('A') ? 'B' : 'A');
	await page.getByLabel('Completion code').fill(tampered);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(result).toHaveText('✗ Not valid for this assignment. Check for typing mistakes.');
});

test('a course can be assigned as a whole from its page', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/ru/courses/prevention-basics-for-teachers/');
	await page.getByRole('link', { name: 'Задать этот курс группе' }).click();
	await expect(page.getByRole('radio', { name: /Весь курс/ }).and(page.locator(':checked'))).toHaveCount(1);
	await expect(page.locator('input[name="item"]:checked')).not.toHaveCount(0);
});

for (const [name, hash, message] of [
	['garbled', '#a=%%%%', 'This assignment link is damaged'],
	['truncated', '#a=eyJ2IjoxLCJjIjoiOUIiLCJk', 'This assignment link is damaged'],
	['oversized', `#a=${'A'.repeat(5000)}`, 'too long to be real'],
	['hostile', `#a=${Buffer.from(JSON.stringify({ v: 1, c: '<img src=x onerror=alert(1)>', d: '2030-01-01', i: ['l:<script>'] })).toString('base64url')}`, 'This assignment link is not valid'],
] as const) {
	test(`a ${name} assignment link shows a clear error and runs nothing`, async ({ page, baseURL, isMobile }) => {
		test.skip(!isMobile, 'once, on the phone');
		const watch = await watchPage(page, new URL(baseURL!).origin);
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		await page.goto(`/assignments/${hash}`);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.locator('[data-view]')).toBeHidden();
		expect(dialog).toBe(false);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expectClean(watch);
	});
}
