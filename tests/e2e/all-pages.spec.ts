/**
 * Every built page, in every language: no console errors, no CSP violations, no request to
 * another origin, and no axe (WCAG 2.2 AA) violations. Pages are checked in batches on one
 * browser tab to keep this fast as the curriculum grows. One page of each kind is also checked
 * in the dark theme, whose colours differ.
 */
import { expect, test } from '@playwright/test';
import { builtPages, expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

const pages = builtPages();

test('the site has pages in all three languages', () => {
	expect(pages.filter((p) => p.startsWith('/uz/')).length).toBeGreaterThan(10);
	expect(pages.filter((p) => p.startsWith('/ru/')).length).toBeGreaterThan(10);
});

const BATCH = 12;
for (let start = 0; start < pages.length; start += BATCH) {
	const batch = pages.slice(start, start + BATCH);
	test(`pages ${batch[0]} … ${batch.at(-1)} are clean and accessible`, async ({ page, baseURL }) => {
		test.setTimeout(BATCH * 15_000);
		const watch = await watchPage(page, new URL(baseURL!).origin);
		for (const path of batch) {
			await test.step(path, async () => {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expectNoAxeViolations(page);
			});
		}
		await page.waitForLoadState('networkidle');
		expectClean(watch);
	});
}

const darkSamples = ['/', '/ru/lessons/refusal-skills/', '/uz/lessons/phishing-links/teacher/', '/quizzes/phishing-links/', '/ru/quizzes/money-mules/classroom/', '/courses/prevention-basics-for-teachers/', '/uz/glossary/'];
for (const path of darkSamples) {
	test(`${path} is accessible in the dark theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page);
	});
}
