/** Classroom mode as a teacher runs it: hands typed per slide, Space reveals, → moves on, the summary chart checked as drawn. */
import { expect, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../src/lib/schemas.ts';
import { uiStrings } from './quiz-helpers.ts';

export const LETTERS = { ru: 'АБВГДЕЖЗ', uz: 'ABCDEFGH', en: 'ABCDEFGH' } as const;
export type Lang = keyof typeof LETTERS;

/** Hands typed per graded question, cycling: [right, wrong] (undefined: nobody counted). */
export const HANDS: ([number, number] | undefined)[] = [[3, 1], [0, 5], [4, 0], [1, 2], undefined, [7, 3]];
export const share = (hands: [number, number] | undefined) => (hands && hands[0] + hands[1] > 0 ? Math.round((hands[0] / (hands[0] + hands[1])) * 100) : undefined);

export const graded = (question: Question) => question.type !== 'scenario';

/** Types into a number field as a teacher does: focus it, type the digits. */
export async function typeHands(page: Page, slide: ReturnType<Page['locator']>, right: boolean, count: number) {
	const input = slide.locator(`[data-option][data-right="${right}"] input`).first();
	await input.focus();
	await page.keyboard.type(String(count));
}

/** Walks every slide with the keyboard: hands typed, Space reveals, → moves on. Returns the hands per question number. */
export async function runClass(page: Page, quiz: Quiz, lang: Lang) {
	const ui = uiStrings(lang);
	const expected = new Map<number, [number, number] | undefined>();
	let gradedIndex = 0;
	for (const [index, question] of quiz.questions.entries()) {
		const slide = page.locator(`[data-slide="${question.id}"]`);
		await expect(slide).toBeVisible();
		await expect(page.locator('[data-counter]')).toHaveText(
			ui['ogoh.classroom.counter']!.replace('{{n}}', String(index + 1)).replace('{{total}}', String(quiz.questions.length))
		);
		if (graded(question)) {
			const hands = HANDS[gradedIndex++ % HANDS.length];
			expected.set(index + 1, hands);
			if (hands) {
				await typeHands(page, slide, true, hands[0]);
				await typeHands(page, slide, false, hands[1]);
			}
		}
		// Back to the slide (a click on it), then the keys the intro names.
		await slide.locator('.classroom-prompt').click();
		await expect(slide.locator('[data-answer]')).toBeHidden();
		await page.keyboard.press('Space');
		await expect(slide.locator('[data-answer]')).toBeVisible();
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByRole('heading', { name: ui['ogoh.classroom.summary'] })).toBeVisible();
	return expected;
}

/** Every bar is drawn: its fill is as wide as its share of the track, and 0 % (or no count) draws nothing. */
export async function expectBarsDrawn(page: Page, expected: Map<number, [number, number] | undefined>) {
	const bars = page.locator('.classroom-bar');
	await expect(bars).toHaveCount(expected.size);
	let drawn = 0;
	for (const bar of await bars.all()) {
		const number = Number(await bar.locator('span').first().textContent());
		const value = share(expected.get(number));
		const track = await bar.locator('.classroom-bar-track').boundingBox();
		expect(track, `track of bar ${number}`).not.toBeNull();
		expect(track!.width, `track of bar ${number} is a visible strip`).toBeGreaterThan(150);
		expect(track!.height).toBeGreaterThan(8);
		const fill = await bar.locator('.classroom-bar-fill').boundingBox();
		const width = fill?.width ?? 0;
		if (!value) {
			expect(width, `bar ${number} (${value ?? 'no count'}) draws nothing`).toBeLessThan(1);
			continue;
		}
		expect(Math.abs(width - (track!.width * value) / 100), `bar ${number}: ${value}% of ${track!.width}px, drawn ${width}px`).toBeLessThanOrEqual(2);
		expect(fill!.height).toBeGreaterThan(8);
		expect(fill!.x).toBeCloseTo(track!.x, 0);
		drawn++;
	}
	expect(drawn).toBeGreaterThanOrEqual(3);
	// The table says the same as the chart.
	const rows = page.locator('[data-summary-rows] tr');
	for (const [number, hands] of expected) {
		const row = rows.filter({
			has: page.locator('td:first-child', {
				hasText: new RegExp(`^${number}$`),
			}),
		});
		if (hands) await expect(row).toContainText(`${hands[0]} (${share(hands)}%)`);
	}
}

/** The last slide: "Next" is disabled and looks it; → and Space there change nothing. */
export async function expectLastSlideStops(page: Page, lang: Lang) {
	const ui = uiStrings(lang);
	const next = page.locator('[data-next]');
	const previous = page.locator('[data-previous]');
	await expect(next).toBeDisabled();
	const look = (button: typeof next) =>
		button.evaluate((element) => {
			const style = getComputedStyle(element);
			return {
				background: style.backgroundColor,
				opacity: Number(style.opacity),
				cursor: style.cursor,
			};
		});
	const [nextLook, previousLook] = [await look(next), await look(previous)];
	expect(nextLook.cursor).toBe('not-allowed');
	expect(
		nextLook.opacity < 0.7 || nextLook.background !== previousLook.background,
		`disabled Next looks different: ${JSON.stringify([nextLook, previousLook])}`
	).toBe(true);
	const table = await page.locator('[data-summary-rows]').innerText();
	const bars = await page.locator('.classroom-bar-fill').evaluateAll((fills) => fills.map((f) => (f as HTMLElement).style.width));
	await page.locator('[data-summary-slide] .classroom-prompt').click();
	for (const key of ['ArrowRight', 'Space', 'PageDown', 'ArrowRight']) await page.keyboard.press(key);
	await expect(page.getByRole('heading', { name: ui['ogoh.classroom.summary'] })).toBeVisible();
	expect(await page.locator('[data-summary-rows]').innerText()).toBe(table);
	expect(await page.locator('.classroom-bar-fill').evaluateAll((fills) => fills.map((f) => (f as HTMLElement).style.width))).toEqual(bars);
	await expect(next).toBeDisabled();
	await expect(page.locator('[data-counter]')).toHaveText('');
}

