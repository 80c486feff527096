/** Search with Pagefind: one index per language, filters for type, topic and audience. */
import { expect, test } from '@playwright/test';

/** Pagefind shows each filter as a collapsed <details>; open it, then tick a value. */
async function filterBy(page: import('@playwright/test').Page, filter: string, value: RegExp) {
	await page.locator('summary.pagefind-ui__filter-name', { hasText: filter }).click();
	await page.getByRole('checkbox', { name: value }).check();
}

async function search(page: import('@playwright/test').Page, path: string, query: string) {
	await page.goto(path);
	await page.locator('button[data-open-modal]').click();
	// Let Pagefind load its filter index first: a search that finishes before it can show a
	// partial filter list (Pagefind UI keeps that list until the next search).
	await page.waitForLoadState('networkidle');
	const input = page.locator('#starlight__search input[type="search"], #starlight__search input').first();
	await input.fill(query);
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
}

test('English search finds the phishing lesson and its quiz, and the type filter narrows it', async ({ page }) => {
	await search(page, '/', 'phishing');
	await expect(page.locator('.pagefind-ui__result-link[href="/quizzes/phishing-links/"]')).toBeVisible();
	await filterBy(page, 'Type', /^Lesson/);
	await expect(page.locator('.pagefind-ui__result-link[href*="/quizzes/"]')).toHaveCount(0);
	await expect(page.locator('.pagefind-ui__result-link[href="/lessons/phishing-links/"]')).toBeVisible();
});

test('Russian search only returns Russian pages, filtered by topic', async ({ page }) => {
	await search(page, '/ru/', 'фишинг');
	await filterBy(page, 'Тема', /^Кибербезопасность/);
	await expect(page.locator('.pagefind-ui__result-link[href="/ru/lessons/phishing-links/"]')).toBeVisible();
	await expect(page.locator('.pagefind-ui__result-link:not([href^="/ru/"])')).toHaveCount(0);
});

test('Uzbek search finds the refusal-skills lesson', async ({ page }) => {
	await search(page, '/uz/', 'tengdoshlar');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/uz\//);
});
