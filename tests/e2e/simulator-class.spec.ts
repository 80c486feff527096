/**
 * Simulators in class, as a teacher runs them on a laptop and a projector: the simulator page's
 * teacher link, then projector mode by keyboard alone (hands typed per letter, reveal, the bars
 * drawn, the class follows the choice with most hands to a risky ending, one step back and another
 * choice to a safe one, the summary of the path and the votes, the debrief); without JavaScript the
 * whole storyboard; the printed storyboard read back from the PDF in Uzbek and Russian.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Simulator } from '../../src/lib/schemas.ts';
import { simulatorGraph, storyboardNumbers } from '../../src/lib/simulator.ts';
import { LETTERS } from './classroom-helpers.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { normalise, printedText } from './print-helpers.ts';
import { uiStrings } from './quiz-helpers.ts';

test.skip(({ isMobile }) => isMobile, 'classroom mode runs on a projector, and paper is the same on every device');

const read = (locale: string, id: string) => parse(readFileSync(`content/simulators/${locale}/${id}.yaml`, 'utf8')) as Simulator;
/** Text as compared with the PDF: without emoji (a printer's fonts may lack them). */
const printed = (text: string) => normalise(text.replace(/\p{Extended_Pictographic}/gu, ''));
const fillIn = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/** Types a count into the focused tally field and checks which field it was. */
async function typeHands(page: Page, choice: string, count: number) {
	await page.keyboard.press('Tab');
	await expect(page.locator(`[data-step]:not([hidden]) [data-tally="${choice}"]`)).toBeFocused();
	await page.keyboard.type(String(count));
}

/** The bars of the current step: one per letter, in order, each inside its choice, filled to its share of the hands. */
async function expectBars(page: Page, letters: string[], hands: number[]) {
	const total = hands.reduce((a, b) => a + b, 0);
	const choices = page.locator('[data-step]:not([hidden]) [data-choice]');
	await expect(choices).toHaveCount(letters.length);
	let previousBottom = -Infinity;
	for (const [i, letter] of letters.entries()) {
		const row = (await choices.nth(i).boundingBox())!;
		const bar = choices.nth(i).locator('.classroom-bar');
		await expect(bar).toBeVisible();
		await expect(bar.locator('span').first()).toHaveText(letter);
		await expect(bar.locator('> span').last()).toHaveText(String(hands[i]));
		const track = (await bar.locator('.classroom-bar-track').boundingBox())!;
		const fill = (await bar.locator('.classroom-bar-fill').boundingBox())!;
		expect(track.width, `${letter}: a visible strip`).toBeGreaterThan(150);
		expect(Math.abs(fill.width - (track.width * Math.round((hands[i]! / total) * 100)) / 100), `${letter}: ${hands[i]} of ${total} hands`).toBeLessThanOrEqual(2);
		expect(fill.x).toBeCloseTo(track.x, 0);
		// Inside its own choice, below the one before.
		expect(track.y).toBeGreaterThanOrEqual(row.y);
		expect(track.y + track.height).toBeLessThanOrEqual(row.y + row.height);
		expect(row.y).toBeGreaterThanOrEqual(previousBottom);
		previousBottom = row.y + row.height;
	}
}

test('ru projector mode, keyboard only: hands, reveal, bars, the majority to a risky end, back, another choice to a safe end, summary', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);
	const ui = uiStrings('ru');
	const sim = read('ru', 'fake-bank-call');
	const step = (id: string) => sim.steps.find((s) => s.id === id)!;
	const letters = [...LETTERS.ru.slice(0, 3)];

	// The simulator page links its classroom mode and storyboard for teachers.
	await page.goto('/ru/simulators/fake-bank-call/');
	await expect(page.getByRole('link', { name: ui['ogoh.simClass.teacherLink'], exact: true })).toHaveAttribute('href', '/ru/simulators/fake-bank-call/classroom/');
	await expect(page.getByRole('link', { name: ui['ogoh.simClass.storyboardLink'], exact: true })).toHaveAttribute('href', '/ru/simulators/fake-bank-call/storyboard/');
	await page.getByRole('link', { name: ui['ogoh.simClass.teacherLink'], exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ru\/simulators\/fake-bank-call\/classroom\/$/);

	await page.getByRole('button', { name: ui['ogoh.classroom.start'] }).focus();
	await page.keyboard.press('Enter');
	const status = page.locator('[data-class-status]');
	const current = page.locator('[data-step]:not([hidden])');
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAttribute('data-step', 'call');
	await expect(current.locator('[data-step-title]')).toBeFocused();
	await expect(status).toHaveText(fillIn(ui['ogoh.simClass.nowAt']!, { number: 1 }));
	await expect(current.locator('.simclass-letter')).toHaveText(letters.map((l) => `${l}.`));
	await expect(current.locator('[data-dest]').first()).toBeHidden();
	for (const message of step('call').messages.filter((m) => m.text)) await expect(current).toContainText(message.text!);

	// Step 1: hands typed, Tab to Reveal, Enter.
	await typeHands(page, 'read-code', 2);
	await typeHands(page, 'ask-who', 14);
	await typeHands(page, 'hang-up', 9);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: ui['ogoh.simClass.reveal'] })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText(ui['ogoh.simClass.revealed']!);
	await expect(current.locator('[data-dest]')).toHaveText([
		fillIn(ui['ogoh.simClass.toEnd.risky']!, { number: 2 }),
		fillIn(ui['ogoh.simClass.toStep']!, { number: 3 }),
		fillIn(ui['ogoh.simClass.toEnd.safe']!, { number: 4 }),
	]);
	await expect(page.getByRole('button', { name: fillIn(ui['ogoh.simClass.follow']!, { letter: 'А' }) })).toBeFocused();
	await expectBars(page, letters, [2, 14, 9]);
	await page.screenshot({ path: '/tmp/ogoh-sim-class-revealed-ru.png' });
	await expectNoAxeViolations(page, 'main');

	// → follows the most hands (Б): step 3, the chat so far above it.
	await page.keyboard.press('ArrowRight');
	await expect(current).toHaveAttribute('data-step', 'big-name');
	await expect(current.locator('[data-step-title]')).toBeFocused();
	await expect(status).toHaveText(fillIn(ui['ogoh.simClass.nowAt']!, { number: 3 }));
	const log = page.locator('[data-log]');
	await expect(log).toBeVisible();
	await expect(log).toContainText(step('call').messages[1]!.text!);
	await expect(log.locator('li').last()).toHaveText(fillIn(ui['ogoh.simClass.classChose']!, { letter: 'Б', choice: step('call').choices![1]!.text }));
	const logBox = (await log.boundingBox())!;
	expect(logBox.y + logBox.height).toBeLessThanOrEqual((await current.boundingBox())!.y);
	await expect(current.locator('.classroom-bar')).toHaveCount(0);

	// Step 3: → inside a tally field types nothing and moves nothing; most hands to the risky "safe account".
	await typeHands(page, 'move-money', 11);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('ogoh-sim-class')).not.toHaveAttribute('data-revealed');
	await typeHands(page, 'read-code', 3);
	await typeHands(page, 'hang-up', 6);
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-back]')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expectBars(page, letters, [11, 3, 6]);
	await page.keyboard.press('ArrowRight');
	await expect(current).toHaveAttribute('data-step', 'safe-account');
	const summary = page.locator('[data-summary]');
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('heading', { name: ui['ogoh.simClass.path'] })).toBeFocused();
	await expect(status).toHaveText(step('safe-account').outcome!.title);
	await expect(current.locator('[data-outcome]')).toHaveAttribute('data-type', 'risky');
	const rows = page.locator('[data-path-rows] tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0).locator('td')).toHaveText(['1', `Б. ${step('call').choices![1]!.text}`, 'А 2 · Б 14 · В 9']);
	await expect(rows.nth(1).locator('td')).toHaveText(['3', `А. ${step('big-name').choices![0]!.text}`, 'А 11 · Б 3 · В 6']);
	const debrief = page.locator('[data-debrief]');
	await expect(debrief).toBeVisible();
	for (const flag of sim.debrief.redFlags) await expect(debrief).toContainText(flag);
	await expect(debrief.getByRole('link')).toHaveAttribute('href', '/ru/lessons/fake-bank-calls/');
	await expect(page.locator('[data-reveal]')).toBeHidden();
	await page.screenshot({ path: '/tmp/ogoh-sim-class-summary-ru.png' });

	// ← one step back: the hands are still there; Space reveals, 3 follows В against the majority to the safe end.
	await page.keyboard.press('ArrowLeft');
	await expect(current).toHaveAttribute('data-step', 'big-name');
	await expect(summary).toBeHidden();
	await expect(current.locator('[data-tally="move-money"]')).toHaveValue('11');
	await page.keyboard.press('Space');
	await expect(page.locator('ogoh-sim-class')).toHaveAttribute('data-revealed');
	await page.keyboard.press('3');
	await expect(current).toHaveAttribute('data-step', 'call-bank');
	await expect(current.locator('[data-outcome]')).toHaveAttribute('data-type', 'safe');
	await expect(status).toHaveText(step('call-bank').outcome!.title);
	await expect(rows.nth(1).locator('td')).toHaveText(['3', `В. ${step('big-name').choices![2]!.text} ${ui['ogoh.simClass.notMajority']}`, 'А 11 · Б 3 · В 6']);
	await expectNoAxeViolations(page, 'main');

	// Another run from the start: the hands are cleared.
	await page.getByRole('button', { name: ui['ogoh.sim.restart'] }).focus();
	await page.keyboard.press('Enter');
	await expect(current).toHaveAttribute('data-step', 'call');
	await expect(current.locator('[data-tally="ask-who"]')).toHaveValue('');
	await expect(log).toBeHidden();
	expectClean(watch);
});

test('without JavaScript the projector page is the whole storyboard, every arrow showing', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const sim = read('ru', 'fake-bank-call');
	await page.goto('/ru/simulators/fake-bank-call/classroom/');
	await expect(page.locator('[data-step]')).toHaveCount(sim.steps.length);
	for (const step of await page.locator('[data-step]').all()) await expect(step).toBeVisible();
	await expect(page.locator('[data-dest]')).toHaveCount(sim.steps.reduce((n, s) => n + (s.choices?.length ?? 0), 0));
	for (const link of await page.locator('[data-dest]').all()) await expect(link).toBeVisible();
	await expect(page.locator('[data-debrief]')).toBeVisible();
	await expect(page.getByRole('button')).toHaveCount(0);
	await context.close();
});

for (const [locale, id] of [['uz', 'open-budget-code'], ['ru', 'courier-job']] as const) {
	test(`${locale} ${id}: the printed storyboard has every step, every lettered choice with its arrow, and the debrief`, async ({ page }) => {
		const ui = uiStrings(locale);
		const sim = read(locale, id);
		const graph = simulatorGraph(sim);
		const numbers = storyboardNumbers(graph);
		await page.goto(`/${locale}/simulators/${id}/storyboard/`);
		await expect(page.getByRole('button', { name: ui['ogoh.worksheet.print'] })).toBeVisible();
		await expectNoAxeViolations(page, 'main');
		const sheet = await printedText(page);
		const text = printed(sheet.text);
		// Paper a class can use: the longest storyboard (courier-job, 12 steps) takes 6 sheets.
		expect(sheet.pages).toBeLessThanOrEqual(6);
		expect(text).not.toContain(ui['ogoh.worksheet.print']);
		for (const step of sim.steps) {
			expect(text).toContain(normalise(fillIn(ui['ogoh.sim.step']!, { number: numbers.get(step.id)! })));
			for (const message of step.messages ?? []) if (message.text) expect(text, `${step.id}: message`).toContain(printed(message.text));
			for (const [i, choice] of (step.choices ?? []).entries()) {
				const letter = LETTERS[locale][i]!;
				expect(text, `${step.id}: ${letter}`).toContain(`${letter}. ${printed(choice.text)}`);
				const next = graph.steps[choice.next]!;
				const arrow = next.outcome ? ui[`ogoh.simClass.toEnd.${next.outcome}`]! : ui['ogoh.simClass.toStep']!;
				expect(text, `${step.id}: ${letter} leads to ${choice.next}`).toContain(normalise(fillIn(arrow, { number: numbers.get(choice.next)! })));
			}
			if (step.outcome) expect(text).toContain(printed(step.outcome.title));
		}
		for (const flag of sim.debrief.redFlags) expect(text).toContain(printed(flag));
		expect(text).toContain(`${ui['ogoh.classroom.hands']}: ______`);
	});
}
