/**
 * Chat simulators as a learner uses them: walked with the keyboard alone to a safe exit and to a
 * risky branch, in two languages, axe clean at every ending; the walk survives a reload; without
 * JavaScript the storyboard lists every step and where each choice leads.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Simulator } from '../../src/lib/schemas.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';

type Locale = 'en' | 'ru' | 'uz' | 'kk';
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const read = (locale: Locale, id: string) => parse(readFileSync(`content/simulators/${locale}/${id}.yaml`, 'utf8')) as Simulator;
const LESSON_TITLE = (locale: Locale, slug: string) => (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/lessons/${locale}/${slug}.mdx`, 'utf8'))![1]!) as { title: string }).title;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses Tab until the focused element's text is `name` (keyboard only: no clicks). */
async function tabTo(page: Page, name: string): Promise<void> {
	for (let i = 0; i < 150; i++) {
		await page.keyboard.press('Tab');
		const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (text === name) return;
	}
	throw new Error(`Tab never reached "${name}"`);
}

/** The texts of a walk: each choice's button label and the reply it sends, step by step. */
function walkTexts(simulator: Simulator, choices: string[]) {
	let step = simulator.steps.find((s) => s.id === simulator.start)!;
	const taken = choices.map((id) => {
		const choice = step.choices!.find((c) => c.id === id)!;
		step = simulator.steps.find((s) => s.id === choice.next)!;
		return choice;
	});
	return { taken, end: step };
}

/** Each simulator, in two languages (every language is walked by some simulator). */
const WALKS: { id: string; lesson: string; locales: Locale[]; safe: string[]; risky: string[] }[] = [
	{ id: 'courier-job', lesson: 'online-drug-selling', locales: ['en', 'ru'], safe: ['ask-company', 'ask-what', 'stop'], risky: ['say-yes', 'send-id', 'refuse', 'do-it'] },
	{ id: 'hello-mum', lesson: 'messenger-scams', locales: ['en', 'uz'], safe: ['ask', 'call-saved'], risky: ['ask', 'ask-in-chat', 'send'] },
	{ id: 'card-rental', lesson: 'money-mules', locales: ['kk', 'ru'], safe: ['ask-how', 'hand-over', 'tell-bank'], risky: ['ask-why', 'hand-over', 'keep-quiet'] },
	{ id: 'fake-bank-call', lesson: 'fake-bank-calls', locales: ['en', 'kk'], safe: ['ask-who', 'hang-up'], risky: ['ask-who', 'move-money'] },
	{ id: 'open-budget-code', lesson: 'official-impersonation', locales: ['uz', 'ru'], safe: ['vote-myself', 'block'], risky: ['send-code'] },
	{ id: 'apk-photo', lesson: 'phishing-links', locales: ['uz', 'ru'], safe: ['ask-in-chat', 'call-friend'], risky: ['open', 'install'] },
	{ id: 'shop-prepayment', lesson: 'online-shopping-fraud', locales: ['uz', 'ru'], safe: ['ask-safe-payment', 'walk-away'], risky: ['check', 'pay'] },
];

/**
 * From the first step, keyboard only, along `choices` to their ending: each reply shown, focus on
 * the next question, then the ending announced and focused, the debrief with every red flag and
 * the link to the lesson, axe clean; then "start again" back to the first step's choices.
 */
async function walkToEnding(page: Page, locale: Locale, id: string, lesson: string, kind: 'safe' | 'risky', choices: string[]): Promise<void> {
	const simulator = read(locale, id);
	const { taken, end } = walkTexts(simulator, choices);
	expect(end.outcome!.type).toBe(kind);
	const element = page.locator('ogoh-simulator');
	const log = element.getByRole('log');
	await expect(log).toContainText(simulator.steps[0]!.messages.find((m) => m.text)!.text!);
	// The storyboard and debrief wait for the end; the first step's choices are buttons.
	await expect(element.locator('[data-storyboard-only]')).toBeHidden();
	await expect(element.locator('[data-debrief]')).toBeHidden();
	await expect(log).toHaveAttribute('aria-live', 'polite');
	for (const [index, choice] of taken.entries()) {
		await tabTo(page, choice.text);
		await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
		if (choice.reply) await expect(log.locator('[data-from="you"]').last()).toHaveText(new RegExp(`${escape(choice.reply)}$`));
		if (index < taken.length - 1) await expect(element.locator('[data-prompt-title]')).toBeFocused();
	}
	const title = element.locator('[data-end] [data-outcome-title]');
	await expect(title).toHaveText(end.outcome!.title);
	await expect(title).toBeFocused();
	await expect(element.locator('[data-prompt]')).toBeHidden();
	const debrief = element.locator('[data-debrief]');
	await expect(debrief).toBeVisible();
	for (const flag of simulator.debrief.redFlags) await expect(debrief).toContainText(flag);
	// Every lesson the simulator belongs to, the walk's own first (open-budget-code has two).
	expect(simulator.lessons).toContain(lesson);
	for (const slug of simulator.lessons) await expect(debrief.getByRole('link', { name: LESSON_TITLE(locale, slug) })).toHaveAttribute('href', `${prefix(locale)}/lessons/${slug}/`);
	await expect(element.locator('[data-found]')).not.toBeEmpty();
	await expectNoAxeViolations(page);
	// Start again: back to the first step's choices, the log holds only its messages.
	await tabTo(page, await element.locator('[data-restart]').innerText());
	await page.keyboard.press('Enter');
	await expect(element.locator('[data-prompt-title]')).toBeFocused();
	await expect(log.locator('[data-from="you"]')).toHaveCount(0);
	await expect(debrief).toBeHidden();
}

for (const { id, lesson, locales, safe, risky } of WALKS) {
	for (const locale of locales) {
		test(`${locale} ${id}: keyboard only to the safe ending, then again to the risky one, announced, focused, debrief linking the lesson, axe clean`, async ({ page, baseURL, isMobile }) => {
			// Each walk once: English on a laptop, the other languages on a phone.
			test.skip(locale === 'en' ? isMobile : !isMobile, 'once, on one device');
			// Tab by Tab through a page on a shared, busy machine, twice.
			test.setTimeout(240_000);
			const watch = await watchPage(page, new URL(baseURL!).origin);
			await page.goto(`${prefix(locale)}/simulators/${id}/`);
			// One page load: a learner who found the safe exit starts again and tries the risky choice.
			await walkToEnding(page, locale, id, lesson, 'safe', safe);
			await walkToEnding(page, locale, id, lesson, 'risky', risky);
			expectClean(watch);
		});
	}
}

test('en courier-job: the walk and the endings found survive a reload', async ({ page, isMobile }) => {
	test.skip(isMobile, 'a laptop is enough');
	const simulator = read('en', 'courier-job');
	await page.goto('/simulators/courier-job/');
	const element = page.locator('ogoh-simulator');
	await element.getByRole('button', { name: 'Ask for the company\'s name and a contract' }).click();
	await page.reload();
	await expect(element.getByRole('log')).toContainText("What's the company called? Is there a contract?");
	await expect(element.getByRole('button', { name: 'Ask what exactly you would deliver' })).toBeVisible();
	await element.getByRole('button', { name: 'Stop replying: take screenshots, block and report the account, and tell an adult' }).click();
	const endings = simulator.steps.filter((s) => s.outcome).length;
	await expect(element.locator('[data-found]')).toHaveText(`Endings you have found: 1 of ${endings}`);
	await page.reload();
	await expect(element.locator('[data-end] [data-outcome-title]')).toHaveText('Simple questions showed there is no real job');
});

test('each lesson links to its simulator in its language', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'a phone is enough');
	await page.goto('/uz/lessons/messenger-scams/');
	// The lesson has two simulators (hello-mum and apk-photo): each link names its own.
	const links = page.getByRole('link', { name: /Chat simulyatorida mashq qiling/ });
	await expect(links).toHaveCount(2);
	await expect(links.filter({ hasText: read('uz', 'hello-mum').title })).toHaveAttribute('href', '/uz/simulators/hello-mum/');
	await expect(links.filter({ hasText: read('uz', 'apk-photo').title })).toHaveAttribute('href', '/uz/simulators/apk-photo/');
	// A simulator of two lessons is linked from both: the SMS-code one from passwords-and-2fa too.
	await page.goto('/ru/lessons/passwords-and-2fa/');
	await expect(page.getByRole('link', { name: /Потренируйся в симуляторе чата/ }).filter({ hasText: read('ru', 'open-budget-code').title })).toHaveAttribute('href', '/ru/simulators/open-budget-code/');
	await page.goto('/simulators/');
	await expect(page.getByRole('link', { name: read('en', 'courier-job').title })).toHaveAttribute('href', '/simulators/courier-job/');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.skip(({ isMobile }) => isMobile, 'the storyboard is the same markup on a phone');
	for (const locale of ['en', 'kk'] as const) {
		test(`${locale} hello-mum: the storyboard lists every step, each choice links to where it leads, and the debrief shows`, async ({ page }) => {
			const simulator = read(locale, 'hello-mum');
			await page.goto(`${prefix(locale)}/simulators/hello-mum/`);
			const steps = page.locator('.sim-step');
			await expect(steps).toHaveCount(simulator.steps.length);
			for (const step of simulator.steps) {
				const item = page.locator(`#hello-mum-step-${step.id}`);
				for (const choice of step.choices ?? []) {
					const target = item.locator(`[data-choice="${choice.id}"] a`);
					await expect(target).toHaveAttribute('href', `#hello-mum-step-${choice.next}`);
					await expect(item.locator(`[data-choice="${choice.id}"]`)).toContainText(choice.text);
				}
				if (step.outcome) await expect(item).toContainText(step.outcome.title);
			}
			await page.locator('#hello-mum-step-new-number [data-choice="call-saved"] a').click();
			await expect(page.locator('#hello-mum-step-call-mum')).toBeInViewport();
			await expect(page.locator('[data-debrief]')).toBeVisible();
		});
	}
});

test('the storyboard (the page before its script runs) is axe clean', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'a phone is enough');
	// Block the page's modules only: axe itself runs through page.evaluate.
	await page.route('**/_astro/**/*.js', (route) => route.abort());
	await page.goto('/ru/simulators/courier-job/');
	await expect(page.locator('[data-storyboard-only]')).toBeVisible();
	await expect(page.locator('[data-player]')).toBeHidden();
	await expectNoAxeViolations(page);
});
