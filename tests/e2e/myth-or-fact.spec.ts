/**
 * Myth-or-fact cards (issue 15) on a 360 px phone, in Uzbek and Russian, with the keyboard only:
 * Tab reaches a card, Enter or Space turns it over, and the verdict (a word, not only a colour) is
 * drawn on screen with the lesson's explanation. The lesson stays axe-clean in light and dark, the
 * cards turn over without JavaScript, and a printout shows them turned over.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { MythOrFact } from '../../src/lib/schemas.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

const LESSON = 'alcohol';

function cardsOf(locale: string): MythOrFact[] {
	const raw = readFileSync(`content/lessons/${locale}/${LESSON}.mdx`, 'utf8');
	return (parse(raw.split('\n---\n')[0]!.slice(4)) as { mythsAndFacts: MythOrFact[] }).mythsAndFacts;
}
const strings = (locale: string) => JSON.parse(readFileSync(`src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;

/** Presses Tab until the card's summary has the focus (at most 150 times), as a keyboard user would. */
async function tabTo(page: Page, summary: Locator): Promise<number> {
	for (let presses = 1; presses <= 150; presses++) {
		await page.keyboard.press('Tab');
		if (await summary.evaluate((el) => el === document.activeElement)) return presses;
	}
	throw new Error('Tab never reached the card');
}

/** Drawn (not zero-sized) and entirely inside the viewport. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
	const box = (await locator.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box, `${what} is drawn`).not.toBeNull();
	expect(box.height, `${what} has a height`).toBeGreaterThan(10);
	expect(box.width, `${what} has a width`).toBeGreaterThan(30);
	expect(box.x, `${what}: left edge on screen`).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width, `${what}: right edge on screen`).toBeLessThanOrEqual(width);
	expect(box.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
	// Boxes are laid out in fractions of a pixel: one scrolled flush with the bottom can end at 740.02.
	expect(box.y + box.height, `${what}: bottom on screen (viewport ${height})`).toBeLessThanOrEqual(height + 0.5);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	for (const locale of ['uz', 'ru'] as const) {
		test(`${locale}: Tab to a card, Enter and Space turn it over, the verdict is on screen`, async ({ page, baseURL }) => {
			const watch = await watchPage(page, new URL(baseURL!).origin);
			const cards = cardsOf(locale);
			const t = strings(locale);
			expect(cards.map((card) => card.verdict)).toEqual(['myth', 'myth', 'myth', 'fact']);
			await page.goto(`/${locale}/lessons/${LESSON}/`);
			const shown = page.locator('.myth-card');
			await expect(shown).toHaveCount(4);

			// Closed: the claim and the question are there, the verdict and the explanation are not.
			const first = shown.nth(0);
			const summary = first.locator('summary');
			await expect(summary).toContainText(t['ogoh.myth.ask']!);
			await expect(summary).toContainText(cards[0]!.claim);
			await expect(first.locator('.myth-verdict')).toBeHidden();

			await tabTo(page, summary);
			const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
			expect(outline, 'focus is visible').toBe('solid');
			await page.keyboard.press('Enter');
			await expect(first).toHaveAttribute('open', '');
			const verdict = first.locator('.myth-verdict');
			await expect(verdict).toHaveText(t['ogoh.myth.myth']!);
			await expect(first.locator('.myth-back')).toContainText(cards[0]!.explanation);
			// The card turns over below its claim: a reader who opened it at the bottom of the screen scrolls on.
			await first.locator('.myth-back').scrollIntoViewIfNeeded();
			await expectOnScreen(page, verdict, 'the verdict');
			await expectOnScreen(page, first.locator('.myth-back'), 'the explanation');

			// The fact card, with Space: Tab goes from card to card.
			const fact = shown.nth(3);
			for (let i = 1; i <= 3; i++) await page.keyboard.press('Tab');
			await expect(fact.locator('summary')).toBeFocused();
			await page.keyboard.press(' ');
			await expect(fact.locator('.myth-verdict')).toHaveText(t['ogoh.myth.fact']!);
			await fact.locator('.myth-back').scrollIntoViewIfNeeded();
			await expectOnScreen(page, fact.locator('.myth-verdict'), 'the fact verdict');
			// A myth and a fact look different beyond their word: another icon and another colour.
			const look = (card: Locator) => card.locator('.myth-verdict').evaluate((el) => [getComputedStyle(el).color, el.querySelector('path')!.getAttribute('d')]);
			const [mythLook, factLook] = [await look(first), await look(fact)];
			expect(mythLook[0]).not.toBe(factLook[0]);
			expect(mythLook[1]).not.toBe(factLook[1]);

			// Enter again turns it back.
			await page.keyboard.press('Enter');
			await expect(fact.locator('.myth-verdict')).toBeHidden();

			// No card wider than the phone, nothing scrolls sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await expectNoAxeViolations(page);
			expectClean(watch);
		});
	}

	test('ru, dark theme: axe-clean with the cards turned over', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`/ru/lessons/${LESSON}/`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		for (const summary of await page.locator('.myth-card summary').all()) await summary.click();
		await expect(page.locator('.myth-card[open]')).toHaveCount(4);
		await expectNoAxeViolations(page);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	test('uz: a tap turns a card over', async ({ page }) => {
		await page.goto(`/uz/lessons/${LESSON}/`);
		const card = page.locator('.myth-card').nth(1);
		await card.locator('summary').click();
		await expect(card.locator('.myth-verdict')).toBeVisible();
		await expect(card.locator('.myth-back')).toContainText(cardsOf('uz')[1]!.explanation);
	});
});

test.describe('on paper', () => {
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	test('ru: every card is printed turned over', async ({ page }) => {
		await page.goto(`/ru/lessons/${LESSON}/`);
		await page.emulateMedia({ media: 'print' });
		const backs = page.locator('.myth-card .myth-back');
		await expect(backs).toHaveCount(4);
		for (const back of await backs.all()) await expect(back).toBeVisible();
		await expect(page.locator('.myth-turn').first()).toBeHidden();
	});
});
