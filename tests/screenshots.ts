/**
 * `npm run screenshots` (after `npm run build`): pictures of the built site for people to look at,
 * not a test. Home (with "continue where you left off"), a lesson, a quiz in progress, the quiz
 * results and a topic passport, in Uzbek and Russian, on a 360 px phone and a desktop, in light and
 * dark mode, written to reports/screenshots/ (git-ignored) as <lang>-<device>-<theme>-<page>.png.
 *
 * Serves dist/ with `astro preview` on OGOH_PORT (default 4321) unless a server already answers
 * there (then make sure it serves this checkout). Chromium is /usr/bin/chromium (CHROMIUM_PATH to change it).
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withPreview } from './bench/preview.ts';
import { readQuiz, takeQuizCorrectly } from './e2e/quiz-helpers.ts';

const OUT = resolve('reports/screenshots');
const PORT = Number(process.env.OGOH_PORT ?? 4321);
const ORIGIN = `http://localhost:${PORT}`;
const LANGS = ['uz', 'ru'] as const;
const DEVICES = {
	phone: { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
	desktop: { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;
const THEMES = ['light', 'dark'] as const;
const LESSON = 'phishing-links';
const TOPIC = 'cyber';

if (!existsSync('dist/index.html')) {
	console.error('No built site in dist/: run npm run build first.');
	process.exit(2);
}

/** Some progress, so that home offers to continue and the passport has dates and scores. */
async function seedProgress(page: Page, theme: string): Promise<void> {
	await page.addInitScript(
		({ theme }) => {
			localStorage.setItem('starlight-theme', theme);
			if (!localStorage.getItem('ogoh:progress')) {
				const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
				const lessons = { 'passwords-and-2fa': { done: day(3) }, 'phishing-links': { done: day(1) } };
				localStorage.setItem('ogoh:progress', JSON.stringify({ version: 1, quizzes: {}, lessons }));
				localStorage.setItem('ogoh:learner-name', 'Aziza Karimova');
			}
		},
		{ theme }
	);
}

/** Scrolls `locator` to the top of the screen, below the site's sticky header. */
async function toTop(locator: Locator): Promise<void> {
	await locator.evaluate((element) => {
		const header = document.querySelector('header.header')?.getBoundingClientRect().height ?? 0;
		window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - header - 8);
	});
}

async function shoot(browser: Browser, lang: (typeof LANGS)[number], device: keyof typeof DEVICES, theme: (typeof THEMES)[number]): Promise<string[]> {
	const context = await browser.newContext({ ...DEVICES[device], colorScheme: theme, serviceWorkers: 'block', baseURL: ORIGIN });
	const page = await context.newPage();
	await seedProgress(page, theme);
	const written: string[] = [];
	const save = async (name: string, fullPage = false) => {
		const file = join(OUT, `${lang}-${device}-${theme}-${name}.png`);
		await page.screenshot({ path: file, fullPage });
		written.push(file);
	};
	try {
		await page.goto(`/${lang}/`);
		await page.locator('ogoh-continue[data-shown]').waitFor();
		await save('home');

		await page.goto(`/${lang}/lessons/${LESSON}/`);
		await save('lesson');

		// A quiz in progress: the first question answered and checked.
		const quiz = readQuiz(lang, LESSON);
		await page.goto(`/${lang}/quizzes/${LESSON}/`);
		const first = page.locator('[data-question]').first();
		await first.locator('input').first().check();
		const check = first.locator('[data-check]');
		if (await check.isVisible()) await check.click();
		await toTop(first);
		await save('quiz');

		// The results: the whole quiz answered right, from a fresh start.
		await page.evaluate((id) => {
			const progress = JSON.parse(localStorage.getItem('ogoh:progress') ?? '{}') as { quizzes?: Record<string, unknown> };
			delete progress.quizzes?.[id];
			localStorage.setItem('ogoh:progress', JSON.stringify(progress));
		}, LESSON);
		await page.reload();
		await takeQuizCorrectly(page, quiz, lang);
		await toTop(page.locator('[data-results]'));
		await save('results');

		await page.goto(`/${lang}/topics/${TOPIC}/passport/`);
		await page.locator('[data-progress]').filter({ hasText: /\d/ }).waitFor();
		await save('passport', true);
	} finally {
		await context.close();
	}
	return written;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const files = await withPreview(async () => {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const all: string[] = [];
		for (const lang of LANGS) for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[]) for (const theme of THEMES) all.push(...(await shoot(browser, lang, device, theme)));
		return all;
	} finally {
		await browser.close();
	}
}, PORT);
console.log(`${files.length} screenshots in ${OUT}/`);
