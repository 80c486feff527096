/**
 * Every built page, in every language: no console errors, no CSP violations, no request to
 * another origin, and no axe (WCAG 2.2 AA) violations. One page of each kind is also checked in
 * the dark theme, whose colours differ.
 */
import { expect, test } from '@playwright/test';
import { builtPages, expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

const pages = builtPages();

test('the site has pages in all three languages', () => {
	expect(pages.filter((p) => p.startsWith('/uz/')).length).toBeGreaterThan(10);
	expect(pages.filter((p) => p.startsWith('/ru/')).length).toBeGreaterThan(10);
});

for (const path of pages) {
	test(`${path} is clean and accessible`, async ({ page, baseURL }) => {
		const watch = await watchPage(page, new URL(baseURL!).origin);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page);
		expectClean(watch);
	});
}

const darkSamples = ['/', '/ru/lessons/refusal-skills/', '/uz/lessons/phishing-links/teacher/', '/quizzes/phishing-links/', '/courses/prevention-basics-for-teachers/', '/uz/glossary/'];
for (const path of darkSamples) {
	test(`${path} is accessible in the dark theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expectNoAxeViolations(page);
	});
}
