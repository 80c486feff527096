/**
 * The "Where to get help" block as a student sees it: only real help lines (no 1102, the line for
 * complaints about police), Uzbekistan's ambulance, and routes without a number (school
 * psychologist, family doctor, narcology service) drawn as text in the same column, without a link.
 */
import { expect, test, type Locator } from '@playwright/test';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	expect(b, 'drawn on the page').not.toBeNull();
	return b!;
}

test('uz, drugs lesson: 103 and the non-police routes, no 1102', async ({ page, baseURL, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	const watch = await watchPage(page, new URL(baseURL!).origin);
	await page.goto('/uz/lessons/helping-a-friend/');
	const block = page.locator('[data-help-block]');
	await block.scrollIntoViewIfNeeded();
	await expect(block).toBeVisible();
	await expect(block).not.toContainText('1102');
	await expect(block.locator('a[href="tel:1102"]')).toHaveCount(0);

	const uzbekistan = block.locator('.help-countries > div', { has: page.getByRole('heading', { name: 'Oʻzbekiston' }) });
	const ambulance = uzbekistan.getByRole('link', { name: '103' });
	await expect(ambulance).toHaveAttribute('href', 'tel:103');
	// `has` is matched inside each list item, so it takes a locator relative to the item.
	const numberRow = uzbekistan.getByRole('listitem').filter({ has: page.getByRole('link', { name: '103' }) });
	await expect(numberRow).toContainText('Tez tibbiy yordam');

	for (const name of ['Maktab psixologi', 'Oilaviy poliklinikadagi oilaviy shifokor', 'Hududiy narkologiya xizmati']) {
		const route = uzbekistan.getByRole('listitem').filter({ hasText: name });
		await expect(route).toBeVisible();
		// Text, not a phone link: nothing to dial.
		await expect(route.getByRole('link')).toHaveCount(0);
		await expect(route.locator('a[href^="tel:"]')).toHaveCount(0);
	}

	// Drawn like the numbers: the route's text starts where the numbers' descriptions start, inside the screen.
	const viewport = page.viewportSize()!;
	const routeRow = uzbekistan.getByRole('listitem').filter({ hasText: 'Maktab psixologi' });
	const numberText = await box(numberRow.locator('> span').last());
	const routeText = await box(routeRow.locator('> span').last());
	expect(Math.abs(numberText.x - routeText.x)).toBeLessThanOrEqual(2);
	expect(routeText.x + routeText.width).toBeLessThanOrEqual(viewport.width);
	expect(routeText.y).toBeGreaterThan(numberText.y);

	await expectNoAxeViolations(page, '[data-help-block]');
	expectClean(watch);
});

test('ru, cyber lesson: the school psychologist, but no drug-only routes and no 1102', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	await page.goto('/ru/lessons/phishing-links/');
	const block = page.locator('[data-help-block]');
	await expect(block).toBeVisible();
	await expect(block).not.toContainText('1102');
	// 1414 is in helplines.yaml so the scam lessons may name it, but it sends codes: it is not help.
	await expect(block).not.toContainText('1414');
	await expect(block).toContainText('Школьный психолог');
	await expect(block).not.toContainText('Областная наркологическая служба');
	await expect(block.getByRole('link', { name: '103' })).toHaveCount(0);
	const links = await block.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.sort()).toEqual(['tel:102', 'tel:102', 'tel:111', 'tel:112', 'tel:112']);
});

test('en: the help block text of a route without a number reads as a sentence', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/lessons/helping-a-friend/');
	const route = page.locator('[data-help-block] li').filter({ hasText: 'School psychologist' });
	await expect(route).toHaveText(/School psychologist\.\s+Every school has a psychologist/);
});
