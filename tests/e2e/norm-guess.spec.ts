/**
 * Norm-guess polls (issue 16). On a 360 px phone in Russian: pick a number with the keyboard,
 * Compare, and the real figure is drawn beside the guess as two bars whose widths are in
 * proportion (guess 6 → 60 %, figure 26.5 %), with the guess kept on the device. On desktop, in the
 * teacher view: hand counts typed per number draw the class's spread and its summary.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectClean, watchPage } from './helpers.ts';

const strings = (locale: string) => JSON.parse(readFileSync(`src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
const width = async (locator: Locator) => (await locator.boundingBox())!.width;
/** The inside of a bar's track (without its border), which a bar's percentage width is of. */
const inside = (track: Locator) => track.evaluate((el) => el.clientWidth);

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test.skip(({ isMobile }) => !isMobile, 'the phone project');

	test('ru: guess with the keyboard, compare, two bars in proportion, the guess is kept', async ({ page, baseURL }) => {
		const watch = await watchPage(page, new URL(baseURL!).origin);
		const t = strings('ru');
		await page.goto('/ru/lessons/alcohol/');
		const poll = page.locator('ogoh-norm-guess#norm-drink-15-19');
		await poll.scrollIntoViewIfNeeded();
		const compare = poll.getByRole('button', { name: t['ogoh.norm.compare'] });
		await expect(compare).toBeVisible();
		// Before comparing, the figure is not shown.
		await expect(poll.locator('[data-answer]')).toBeHidden();

		// Compare without a guess asks for one.
		await compare.click();
		await expect(poll.getByRole('status').first()).toHaveText(t['ogoh.norm.chooseFirst']!);

		// Radios: the focus lands on 0, arrow keys move the choice (native radios).
		const radios = poll.getByRole('radio');
		await expect(radios).toHaveCount(11);
		await expect(radios.nth(0)).toBeFocused();
		for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
		await expect(radios.nth(6)).toBeChecked();
		const box = (await poll.boundingBox())!;
		expect(box.x + box.width, 'the poll fits the phone').toBeLessThanOrEqual(360);

		await compare.click();
		await expect(poll.locator('[data-answer]')).toHaveAttribute('open', '');
		await expect(poll).toContainText('Твой ответ: 6 из 10');
		await expect(poll).toContainText('На самом деле: примерно 3 из 10 (26,5%)');
		await expect(poll.locator('[data-status]')).toHaveText(t['ogoh.norm.higher']!);
		const track = await inside(poll.locator('.norm-track').first());
		const guess = await width(poll.locator('[data-guess-bar]'));
		const real = await width(poll.locator('.norm-bar-real'));
		expect(track).toBeGreaterThan(200);
		expect(guess / track).toBeCloseTo(0.6, 2);
		expect(real / track).toBeCloseTo(0.265, 2);

		// The guess is kept on this device.
		await page.reload();
		await expect(page.locator('ogoh-norm-guess#norm-drink-15-19').getByRole('radio').nth(6)).toBeChecked();
		expectClean(watch);
	});
});

test.describe('on desktop', () => {
	test.skip(({ isMobile }) => isMobile, 'the desktop project');

	test("en teacher view: the class's hand counts draw the spread beside the real figure", async ({ page, baseURL }) => {
		const watch = await watchPage(page, new URL(baseURL!).origin);
		await page.goto('/lessons/alcohol/teacher/');
		const tally = page.locator('ogoh-norm-guess#norm-drink-15-19 [data-class]');
		await tally.scrollIntoViewIfNeeded();
		await expect(tally.locator('li').nth(3)).toContainText('real figure');
		const counts: Record<number, string> = { 2: '3', 3: '4', 5: '8', 8: '1' };
		for (const [guess, count] of Object.entries(counts)) await tally.getByLabel(`Hands for ${guess}`, { exact: true }).fill(count);
		await expect(tally.getByRole('status')).toHaveText('16 guesses, on average 4.1 in 10; 9 of them higher than the real figure.');
		const bars = tally.locator('[data-class-bar]');
		const tracks = tally.locator('.norm-track');
		const track = await inside(tracks.nth(5));
		expect(await inside(tracks.nth(3)), 'every row has the same track').toBe(track);
		expect((await width(bars.nth(5))) / track).toBeCloseTo(1, 2);
		expect((await width(bars.nth(3))) / track).toBeCloseTo(0.5, 2);
		expect(await width(bars.nth(0))).toBe(0);
		// The student view has no tally.
		await page.goto('/lessons/alcohol/');
		await expect(page.locator('[data-class]')).toHaveCount(0);
		expectClean(watch);
	});
});
