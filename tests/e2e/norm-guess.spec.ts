/**
 * Norm-guess polls (issue 16). On a 360 px phone in Russian: pick a number with the keyboard, open
 * "See the real figure", and the real figure is drawn beside the guess as two bars whose widths are
 * in proportion (guess 6 → 60 %, figure 26.5 %), with the verdict for that guess; changing the guess
 * changes both. The same without JavaScript: students' polls have none. On desktop, in the teacher
 * view: hand counts typed per number draw the class's spread and its summary.
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

	for (const javaScriptEnabled of [true, false]) {
		test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
			test.use({ javaScriptEnabled });
			test('ru: guess with the keyboard, see the real figure, two bars in proportion and the verdict for the guess', async ({ page, baseURL }) => {
				const watch = await watchPage(page, new URL(baseURL!).origin);
				const t = strings('ru');
				await page.goto('/ru/lessons/alcohol/');
				const poll = page.locator('#norm-drink-15-19');
				await poll.scrollIntoViewIfNeeded();
				const reveal = poll.locator('summary', { hasText: t['ogoh.norm.reveal']! });
				// Before it is opened, the figure is not shown.
				await expect(poll.getByText('На самом деле: примерно 3 из 10 (26,5%)')).toBeHidden();

				// Opened without a guess, it asks for one; the figure is there for who would rather not guess.
				await reveal.click();
				await expect(poll.getByText(t['ogoh.norm.chooseFirst']!)).toBeVisible();
				await expect(poll.getByText('На самом деле: примерно 3 из 10 (26,5%)')).toBeVisible();
				for (const verdict of ['higher', 'close', 'lower']) await expect(poll.getByText(t[`ogoh.norm.${verdict}`]!)).toBeHidden();
				await reveal.click();

				// Radios: the keyboard reaches them, arrow keys move the choice (native radios).
				const radios = poll.getByRole('radio');
				await expect(radios).toHaveCount(11);
				await radios.nth(0).focus();
				await page.keyboard.press('Space');
				for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
				await expect(radios.nth(6)).toBeChecked();
				const box = (await poll.boundingBox())!;
				expect(box.x + box.width, 'the poll fits the phone').toBeLessThanOrEqual(360);

				await reveal.focus();
				await page.keyboard.press('Enter');
				await expect(poll.locator('[data-answer]')).toHaveAttribute('open', '');
				await expect(poll.getByText(t['ogoh.norm.chooseFirst']!)).toBeHidden();
				const shownGuess = poll.locator('.norm-guess-row:visible');
				await expect(shownGuess).toHaveCount(1);
				await expect(shownGuess).toHaveText('Твой ответ: 6 из 10');
				await expect(poll.locator('.norm-verdict:visible')).toHaveText(t['ogoh.norm.higher']!);
				const track = await inside(poll.locator('.norm-bar-real').locator('..'));
				expect(track).toBeGreaterThan(200);
				expect(await inside(shownGuess.locator('.norm-track')), 'both bars have the same track').toBe(track);
				expect((await width(shownGuess.locator('.norm-bar'))) / track).toBeCloseTo(0.6, 2);
				expect((await width(poll.locator('.norm-bar-real'))) / track).toBeCloseTo(0.265, 2);

				// A lower guess: its own line, bar and verdict, with the answer still open.
				await radios.nth(3).check();
				await expect(shownGuess).toHaveText('Твой ответ: 3 из 10');
				expect((await width(shownGuess.locator('.norm-bar'))) / track).toBeCloseTo(0.3, 2);
				await expect(poll.locator('.norm-verdict:visible')).toHaveText(t['ogoh.norm.close']!);
				await radios.nth(1).check();
				await expect(poll.locator('.norm-verdict:visible')).toHaveText(t['ogoh.norm.lower']!);
				expectClean(watch);
			});
		});
	}
});

test.describe('on desktop', () => {
	test.skip(({ isMobile }) => isMobile, 'the desktop project');

	test("en teacher view: the class's hand counts draw the spread beside the real figure", async ({ page, baseURL }) => {
		const watch = await watchPage(page, new URL(baseURL!).origin);
		await page.goto('/lessons/alcohol/teacher/');
		const tally = page.locator('#norm-drink-15-19 [data-class]');
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
