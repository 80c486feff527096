/**
 * The home pages on a phone (Pixel 7 project), in Uzbek and Russian: the learner's choices are on
 * the first screen, big enough to tap, readable in light and dark mode (contrast measured on the
 * drawn colours, and axe), without sideways scrolling at 360 px, without JavaScript, and with no
 * movement when the progress kept on the device fills in.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { contrastRatio, over, parseColor, type Rgba } from './contrast.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { uiStrings } from './quiz-helpers.ts';

const LOCALES = ['uz', 'ru'] as const;
const THEMES = ['light', 'dark'] as const;
/** Everything on the home page that is text on a card or tile. */
const CARD_TEXT = ['.ogoh-tile__title', '.ogoh-tile__meta span:not([data-count])', '.ogoh-tool span', '.ogoh-continue__heading', '.ogoh-continue__link', '.ogoh-languages a', '.ogoh-audience h3', '.ogoh-audience li a'];
/** Every choice a learner taps. */
const TARGETS = '.ogoh-tile, .ogoh-tool, .ogoh-continue, .ogoh-languages a, .ogoh-audience li a';

test.skip(({ isMobile }) => !isMobile, 'the phone project (Pixel 7)');

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

/** Lessons per topic, from the content files. */
function lessonCount(locale: string, topic: string): number {
	return readdirSync(`content/lessons/${locale}`).filter((file) => readFileSync(`content/lessons/${locale}/${file}`, 'utf8').match(/^topic: (\w+)$/m)?.[1] === topic).length;
}

/** The text colour of each element and the background colours drawn under it, innermost first. */
async function drawnColours(page: Page, selector: string): Promise<{ text: string; fg: string; layers: string[] }[]> {
	return page.locator(selector).evaluateAll((elements) =>
		elements
			.filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
			.map((element) => {
				const layers: string[] = [];
				for (let node: Element | null = element; node; node = node.parentElement) {
					const background = getComputedStyle(node).backgroundColor;
					layers.push(background);
					if (/^rgb\(/.test(background)) break;
				}
				return { text: (element.textContent ?? '').trim(), fg: getComputedStyle(element).color, layers };
			})
	);
}

function background(layers: string[]): Rgba {
	return layers.reduceRight<Rgba>((below, layer) => over(parseColor(layer), below), [255, 255, 255, 1]);
}

for (const locale of LOCALES) {
	const ui = uiStrings(locale);

	test(`${locale}: the choices are on the first screen, big enough to tap, and open what they say`, async ({ page, baseURL }) => {
		const watch = await watchPage(page, new URL(baseURL!).origin);
		await page.goto(`/${locale}/`);
		const viewport = page.viewportSize()!;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['ogoh.home.welcome']!);

		// The two topics: name, lesson count, link; both wholly on the first screen.
		for (const topic of ['drugs', 'cyber']) {
			const tile = page.locator(`.ogoh-tile[data-topic="${topic}"]`);
			await expect(tile).toHaveAttribute('href', `/${locale}/topics/${topic}/`);
			await expect(tile.locator('.ogoh-tile__title')).toHaveText(ui[`ogoh.topic.${topic}`]!);
			await expect(tile.locator('.ogoh-tile__meta')).toHaveText(fill(ui['ogoh.home.lessonCount']!, { count: lessonCount(locale, topic) }));
			const box = (await tile.boundingBox())!;
			expect(box.y).toBeGreaterThan(0);
			expect(box.y, `${topic} starts on the first screen`).toBeLessThan(viewport.height);
			expect(box.y + box.height, `${topic} ends on the first screen`).toBeLessThanOrEqual(viewport.height);
		}
		// A first visit: the continue box offers to start, and search, quizzes and simulators follow, all on the first screen.
		const start = page.locator('.ogoh-continue a');
		await expect(page.locator('.ogoh-continue__heading')).toHaveText(ui['ogoh.continue.new']!);
		await expect(start).toHaveText(ui['ogoh.continue.start']!);
		await expect(start).toHaveAttribute('href', `/${locale}/lessons/`);
		await expect(page.locator('a.ogoh-tool').nth(0)).toHaveAttribute('href', `/${locale}/quizzes/`);
		await expect(page.locator('a.ogoh-tool').nth(1)).toHaveAttribute('href', `/${locale}/simulators/`);
		for (const selector of ['.ogoh-continue', '.ogoh-tool--search', 'a.ogoh-tool']) {
			const box = (await page.locator(selector).last().boundingBox())!;
			expect(box.y + box.height, `${selector} on the first screen`).toBeLessThanOrEqual(viewport.height);
		}

		// Tap targets: at least 44 x 44 CSS pixels each.
		const targets = page.locator(TARGETS);
		expect(await targets.count()).toBeGreaterThanOrEqual(2 + 1 + 3 + 5 + 6);
		for (const target of await targets.all()) {
			const box = (await target.boundingBox())!;
			const name = await target.textContent();
			expect(box.width, `width of "${name}"`).toBeGreaterThanOrEqual(44);
			expect(box.height, `height of "${name}"`).toBeGreaterThanOrEqual(44);
		}

		// Search opens Starlight's search dialog (Pagefind), with the keyboard as well.
		const search = page.locator('[data-ogoh-search]');
		await expect(search).toHaveText(ui['pagefind.search_label']!);
		await expect(search).toBeEnabled();
		await search.click();
		const dialog = page.locator('site-search dialog');
		await expect(dialog).toHaveAttribute('open', '');
		await expect(dialog.locator('input')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).not.toHaveAttribute('open', '');

		await page.locator('.ogoh-tile[data-topic="cyber"]').click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/topics/cyber/$`));
		expectClean(watch);
	});

	test(`${locale}: no sideways scrolling on a 360 px phone, and the choices still come first`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/${locale}/`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		for (const element of await page.locator(`${TARGETS}, h1, h2, main p`).all()) {
			const box = await element.boundingBox();
			if (box) expect(box.x + box.width, (await element.textContent()) ?? '').toBeLessThanOrEqual(360);
		}
		const tiles = page.locator('.ogoh-tile');
		for (const tile of await tiles.all()) expect((await tile.boundingBox())!.y).toBeLessThan(740);
		// Topic names are whole words on one or two lines, not cut.
		for (const title of await page.locator('.ogoh-tile__title').all()) {
			expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		}
	});

	for (const theme of THEMES) {
		test(`${locale}, ${theme}: card text has at least 4.5:1 contrast, and axe finds nothing`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(`/${locale}/`);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			let measured = 0;
			for (const selector of CARD_TEXT) {
				const found = await drawnColours(page, selector);
				expect(found.length, `${selector} is drawn`).toBeGreaterThan(0);
				for (const { text, fg, layers } of found) {
					const ratio = contrastRatio(parseColor(fg), background(layers));
					expect(ratio, `"${text}" (${selector}): ${fg} on ${layers.join(' over ')}`).toBeGreaterThanOrEqual(4.5);
					measured++;
				}
			}
			expect(measured).toBeGreaterThanOrEqual(CARD_TEXT.length);
			await expectNoAxeViolations(page);
		});
	}

	test(`${locale}: without JavaScript the choices are all there and work as links`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`/${locale}/`);
		await expect(page.locator('.ogoh-tile')).toHaveCount(2);
		await expect(page.locator('.ogoh-continue')).toBeVisible();
		await expect(page.locator('.ogoh-continue a')).toHaveText(ui['ogoh.continue.start']!);
		await expect(page.locator('a.ogoh-tool')).toHaveCount(2);
		// Search needs the script, like Starlight's own search button.
		await expect(page.locator('[data-ogoh-search]')).toBeDisabled();
		await page.locator('.ogoh-tile[data-topic="drugs"]').click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/topics/drugs/$`));
		await context.close();
	});

	test(`${locale}: progress on the device fills the topic and continue lines without moving anything`, async ({ page }) => {
		await page.goto(`/${locale}/`);
		const boxes = async () => Promise.all(['.ogoh-tile[data-topic="cyber"]', '.ogoh-continue', '.ogoh-tool--search', 'main h2'].map(async (selector) => (await page.locator(selector).first().boundingBox())!));
		const before = await boxes();
		await page.evaluate(() => {
			const done = { done: new Date().toISOString() };
			localStorage.setItem('ogoh:progress', JSON.stringify({ version: 1, quizzes: {}, lessons: { 'phishing-links': done, 'passwords-and-2fa': done } }));
		});
		await page.reload();
		const total = lessonCount(locale, 'cyber');
		// "2 of 18 lessons done" takes the place of "18 lessons"; a topic with nothing done keeps its count.
		const cyber = page.locator('.ogoh-tile[data-topic="cyber"] .ogoh-tile__meta');
		await expect(cyber.locator('[data-count]')).toHaveText(fill(ui['ogoh.progress.lessons']!, { done: 2, total }));
		await expect(cyber.locator('[data-count]')).toBeVisible();
		await expect(cyber.locator('span:not([data-count])')).toBeHidden();
		const drugs = page.locator('.ogoh-tile[data-topic="drugs"] .ogoh-tile__meta');
		await expect(drugs.locator('[data-count]')).toHaveText('');
		await expect(drugs.locator('span:not([data-count])')).toBeVisible();
		await expect(drugs.locator('span:not([data-count])')).toHaveText(fill(ui['ogoh.home.lessonCount']!, { count: lessonCount(locale, 'drugs') }));
		await expect(page.locator('ogoh-continue[data-shown]')).toHaveCount(1);
		await expect(page.locator('.ogoh-continue__heading')).toHaveText(ui['ogoh.continue.heading']!);
		expect(await boxes()).toEqual(before);
		// The whole count fits its line.
		expect(await page.locator('.ogoh-tile[data-topic="cyber"] [data-count]').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
	});
}

test('uz-cyrl: the generated Uzbek Cyrillic home page is Cyrillic throughout, not the English page as a fallback', async ({ page }) => {
	await page.goto('/uz-cyrl/');
	await expect(page.locator('main')).toHaveAttribute('lang', 'uz-Cyrl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Салом! Нимадан бошлаймиз?');
	await expect(page.locator('.ogoh-audience h3').first()).toHaveText('Ўқувчилар учун');
	await expect(page.locator('.ogoh-audience li a').first()).toHaveAttribute('href', '/uz-cyrl/audience/12-14/');
	await expect(page.locator('.ogoh-tile[data-topic="drugs"]')).toHaveAttribute('href', '/uz-cyrl/topics/drugs/');
	// Nothing in English but the link to the English site.
	await expect(page.locator('main [lang="en"]')).toHaveCount(1);
	await expect(page.locator('main [lang="en"]')).toHaveText('English');
});
