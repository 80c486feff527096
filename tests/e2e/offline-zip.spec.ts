/**
 * The zip for a classroom laptop with no network: unpacked to a folder and opened from disk
 * (file://), the site navigates, switches language and runs quizzes with no errors.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { readQuiz, takeQuizCorrectly } from './quiz-helpers.ts';

let folder = '';

test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'ogoh-zip-'));
	for (const [name, bytes] of Object.entries(unzipSync(readFileSync('dist/downloads/ogoh-offline.zip')))) {
		if (name.endsWith('/')) continue;
		mkdirSync(dirname(join(folder, name)), { recursive: true });
		writeFileSync(join(folder, name), bytes);
	}
});

test('opened from disk, the unpacked site navigates, switches language and runs a quiz', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'a laptop, not a phone');
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	await page.goto(pathToFileURL(join(folder, 'ogoh/index.html')).href);
	await page.getByRole('link', { name: 'Start a lesson' }).click();
	await expect(page).toHaveURL(/\/ogoh\/lessons\/index\.html$/);
	await page.getByRole('link', { name: 'Passwords, passphrases and 2-step verification' }).first().click();
	await expect(page.locator('h1')).toHaveText('Passwords, passphrases and 2-step verification');
	await expect(page.locator('img[src*="_astro"]').first()).toBeVisible();

	// The language menu (a script) leads to the same lesson in Uzbek.
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'Oʻzbekcha' });
	await expect(page).toHaveURL(/\/ogoh\/uz\/lessons\/passwords-and-2fa\/index\.html$/);

	await page.goto(pathToFileURL(join(folder, 'ogoh/quizzes/passwords-and-2fa/index.html')).href);
	await takeQuizCorrectly(page, readQuiz('en', 'passwords-and-2fa'));

	// Classroom mode on the projector: Space reveals the answer, the right arrow moves on.
	await page.goto(pathToFileURL(join(folder, 'ogoh/quizzes/passwords-and-2fa/classroom/index.html')).href);
	const [first, second] = readQuiz('en', 'passwords-and-2fa').questions;
	await page.locator('[data-stage]').focus();
	await expect(page.locator(`[data-slide="${first!.id}"] [data-answer]`)).toBeHidden();
	await page.keyboard.press('Space');
	await expect(page.locator(`[data-slide="${first!.id}"] [data-answer]`)).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(`[data-slide="${second!.id}"]`)).toBeVisible();

	expect(errors).toEqual([]);
	expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([]);
});
