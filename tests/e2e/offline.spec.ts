/**
 * Offline use: a student opens the site once in two languages while online, then loses the
 * network and still reads lessons they never opened, takes a quiz and searches, in both.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expectClean, watchPage } from './helpers.ts';
import { readQuiz, takeQuizCorrectly, uiStrings } from './quiz-helpers.ts';

// Other specs block service workers (they would save the whole site for every test).
test.use({ serviceWorkers: 'allow', actionTimeout: 15_000 });

const ui = uiStrings;

/** Waits until the footer says this language is saved for offline use. */
async function expectSavedOffline(page: Page, locale: string) {
	const status = page.locator('ogoh-offline-status');
	await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
	await expect(status.locator('[data-status]')).toHaveText(ui(locale)['ogoh.offline.ready']!);
}

async function searchFinds(page: Page, path: string, query: string, href: string) {
	await page.goto(path);
	await page.locator('button[data-open-modal]').click();
	await page.locator('#starlight__search input').first().fill(query);
	// Offline, Pagefind runs on the main thread: on a busy 2-core machine a search took over 5 s.
	await expect(page.locator(`.pagefind-ui__result-link[href="${href}"]`).first()).toBeVisible({ timeout: 20_000 });
	await page.keyboard.press('Escape');
}

test('after one online visit, unvisited lessons, quizzes and search work offline in English and Uzbek', async ({ page, context, baseURL, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	test.setTimeout(180_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);

	await page.goto('/');
	await expectSavedOffline(page, 'en');
	await page.goto('/uz/');
	await expectSavedOffline(page, 'uz');

	// Offline for the pages (navigator.onLine) and, as setOffline may miss a service worker
	// started later, every request of the context, the workers' included.
	await context.setOffline(true);
	await context.route('**/*', (route) => route.abort('internetdisconnected'));

	// English: a lesson never opened, its quiz, search.
	const lesson = await page.goto('/lessons/passwords-and-2fa/');
	expect(lesson?.fromServiceWorker()).toBe(true);
	await expect(page.locator('h1')).toHaveText('Passwords, passphrases and 2-step verification');
	await expect(page.locator('ogoh-offline-status [data-status]')).toContainText(ui('en')['ogoh.offline.offlineNow']!);
	await page.goto('/quizzes/passwords-and-2fa/');
	await takeQuizCorrectly(page, readQuiz('en', 'passwords-and-2fa'));
	await searchFinds(page, '/glossary/', 'phishing', '/lessons/phishing-links/');
	// A typo is corrected from the language's word list, which is saved too.
	await searchFinds(page, '/glossary/', 'passwrod', '/lessons/passwords-and-2fa/');

	// Uzbek: the same, served by the Uzbek worker.
	await page.goto('/uz/lessons/stress-and-coping/');
	await expect(page.locator('h1')).toHaveText('Stress, bosim va uni sogʻlom yengish');
	await page.goto('/uz/quizzes/stress-and-coping/');
	await takeQuizCorrectly(page, readQuiz('uz', 'stress-and-coping'), 'uz');
	// A word of the lesson's title: "tengdoshlar" now matches 20 pages (courses included) and this lesson fell off the first page.
	await searchFinds(page, '/uz/glossary/', 'yoʻqotmaslik', '/uz/lessons/refusal-skills/');

	// Russian was never opened: its pages are not saved, and the student is told so, in Russian.
	await page.goto('/ru/lessons/phishing-links/');
	await expect(page.locator('h1')).toHaveText(ui('ru')['ogoh.offlinePage.title']!);

	// Going offline makes failed requests by design; nothing else may go wrong.
	watch.consoleErrors = watch.consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error));
	expectClean(watch);
});

test('a new version waits until the student chooses to update, then replaces the old one', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'changes dist/sw.js: one project is enough');
	await page.goto('/');
	await expectSavedOffline(page, 'en');

	// A new deployment: the worker script changes.
	const original = readFileSync('dist/sw.js', 'utf8');
	writeFileSync('dist/sw.js', `${original}\n// a new version, ${Date.now()}\n`);
	try {
		await page.goto('/lessons/refusal-skills/');
		const banner = page.locator('ogoh-offline-status [data-update]');
		await expect(banner).toBeVisible({ timeout: 60_000 });
		await expect(banner).toContainText(ui('en')['ogoh.offline.updateReady']!);
		// Until then the old version keeps serving every page.
		expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration('/'))?.waiting))).toBe(true);

		await banner.getByRole('button', { name: ui('en')['ogoh.offline.update']! }).click();
		await page.waitForEvent('load');
		await expect(banner).toBeHidden();
		expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration('/'))?.waiting))).toBe(false);
		await expect(page.locator('h1')).toHaveText('Saying no and keeping your friends');
	} finally {
		writeFileSync('dist/sw.js', original);
	}
});

test('the app can be installed: each language has a manifest with real icons', async ({ request }) => {
	for (const [path, lang, start] of [
		['/manifest.webmanifest', 'en', '/'],
		['/uz/manifest.webmanifest', 'uz', '/uz/'],
	] as const) {
		const response = await request.get(path);
		expect(response.headers()['content-type']).toMatch(/manifest\+json|json/);
		const manifest = await response.json();
		expect(manifest).toMatchObject({ lang, start_url: start, scope: '/', display: 'standalone', name: 'Ogoh' });
		for (const icon of manifest.icons as { src: string; sizes: string }[]) {
			const png = await (await request.get(icon.src)).body();
			// PNG signature, then the IHDR width and height.
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
	}
});
