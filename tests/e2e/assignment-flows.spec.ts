/**
 * Trainer and trainee journeys through assignments, as people use them (issue 10): a trainer on a
 * desktop in Russian, a trainee on a phone in Uzbek in another browser, wrong answers before right
 * ones, QR codes decoded from what is drawn on screen and on the printed sheet.
 */
import { devices, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decodeQr, future, say, takeQuizWrongly } from './assignment-helpers.ts';
import { expectClean, expectNoAxeViolations, watchPage } from './helpers.ts';
import { readQuiz, takeQuizCorrectly, uiStrings } from './quiz-helpers.ts';

const SHOTS = '/tmp/ogoh-assignment-shots';
const ru = uiStrings('ru');
const uz = uiStrings('uz');
function course(id: string) {
	return parse(readFileSync(`content/courses/ru/${id}.yaml`, 'utf8')) as { title: string; modules: { lessons?: string[]; quizzes?: string[] }[]; assessment: { passMark: number } };
}
function title(kind: 'lessons' | 'quizzes', locale: string, id: string): string {
	const dir = `content/${kind}/${locale}`;
	const file = readdirSync(dir).find((f) => f.replace(/\.(mdx|ya?ml)$/, '') === id)!;
	const text = readFileSync(join(dir, file), 'utf8');
	// A lesson's front matter or a quiz file: YAML either way, quoted or not.
	return (parse(kind === 'lessons' ? text.split(/^---$/m)[1]! : text) as { title: string }).title;
}
/** A course's items in module order, each once. */
function courseItems(id: string): { kind: 'lesson' | 'quiz'; id: string }[] {
	const seen = new Set<string>();
	return course(id)
		.modules.flatMap((m) => [...(m.lessons ?? []).map((l) => `lesson:${l}`), ...(m.quizzes ?? []).map((q) => `quiz:${q}`)])
		.filter((k) => !seen.has(k) && seen.add(k))
		.map((k) => {
			const [kind, slug] = k.split(':') as ['lesson' | 'quiz', string];
			return { kind, id: slug };
		});
}
/** A course's items as "Урок: …" / "Тест: …" in Russian. */
function courseItemTitles(id: string): string[] {
	return courseItems(id).map(({ kind, id: slug }) =>
		say(ru, kind === 'lesson' ? 'ogoh.builder.lessonItem' : 'ogoh.builder.quizItem', { title: title(kind === 'lesson' ? 'lessons' : 'quizzes', 'ru', slug) }),
	);
}

test.beforeAll(() => execFileSync('mkdir', ['-p', SHOTS]));

test('journey: a trainer assigns a course; a trainee finds the way back, fails, passes and gets a code that stays and checks out', async ({ page, browser, baseURL }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the trainer is on a desktop, the trainee gets a phone of their own');
	test.setTimeout(240_000);
	const origin = new URL(baseURL!).origin;

	// Trainer, desktop, Russian: "Assign this course" on the course page.
	const trainerWatch = await watchPage(page, origin);
	await page.goto('/ru/courses/prevention-basics-for-teachers/');
	await page.getByRole('link', { name: ru['ogoh.course.assign'] }).click();
	await expect(page.locator('input[name="passMark"]')).toHaveValue(String(course('prevention-basics-for-teachers').assessment.passMark));
	await expect(page.locator('[data-course-items] li')).toHaveText(courseItemTitles('prevention-basics-for-teachers'));
	await page.getByLabel(ru['ogoh.builder.cohort']!).fill('Группа 9Б «Ташкент»');
	await page.getByLabel(ru['ogoh.builder.due']!).fill(future(14));
	await page.getByLabel(ru['ogoh.builder.note']!).fill('Сначала уроки, потом тесты.');
	await page.getByRole('button', { name: ru['ogoh.builder.create'] }).click();
	const link = await page.getByLabel(ru['ogoh.builder.link']!).inputValue();
	expect(link).toMatch(/\/ru\/assignments\/#a=2~[A-Za-z0-9_.~-]+$/);
	expect(decodeQr(await page.locator('[data-qr]').screenshot({ path: `${SHOTS}/journey-qr.png` }))).toBe(link);
	await expect(page.locator('[data-sheet-pass-mark]')).toHaveText(say(ru, 'ogoh.assignment.passMark', { percent: 70 }));
	const checkHref = (await page.getByRole('link', { name: ru['ogoh.builder.checkLink'] }).getAttribute('href'))!;
	expectClean(trainerWatch);

	// Trainee, a phone in Uzbek, in a browser of their own: the same assignment in their language.
	const phone = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
	const student = await phone.newPage();
	const studentWatch = await watchPage(student, origin);
	const uzLink = link.replace('/ru/assignments/', '/uz/assignments/');
	const items = courseItems('prevention-basics-for-teachers');
	const total = items.length;
	// The trainee starts with the first lesson and its quiz, then does the rest of the course.
	expect(items.slice(0, 2)).toEqual([{ kind: 'lesson', id: 'refusal-skills' }, { kind: 'quiz', id: 'refusal-skills' }]);
	await student.goto(uzLink);
	await expect(student.getByRole('heading', { name: say(uz, 'ogoh.assignment.for', { cohort: 'Группа 9Б «Ташкент»' }) })).toBeVisible();
	await expect(student.locator('[data-pass-mark]')).toHaveText(say(uz, 'ogoh.assignment.passMark', { percent: 70 }));
	await expect(student.locator('[data-progress]')).toHaveText(say(uz, 'ogoh.assignment.progress', { done: 0, total }));
	await expectNoAxeViolations(student);

	// A lesson opened from the assignment leads back to it.
	await student.getByRole('link', { name: /^Dars: / }).first().click();
	await expect(student).toHaveURL(/\/uz\/lessons\/refusal-skills\/$/);
	const back = student.getByRole('link', { name: say(uz, 'ogoh.assignment.back', { cohort: 'Группа 9Б «Ташкент»' }).replace(/^/, '← ') });
	await expect(back).toBeVisible();
	const box = (await back.boundingBox())!;
	expect(box.y + box.height).toBeLessThan(student.viewportSize()!.height * 2);
	expect(box.width).toBeGreaterThan(100);
	await student.screenshot({ path: `${SHOTS}/phone-uz-lesson-back.png` });
	await expectNoAxeViolations(student);
	await student.getByRole('button', { name: uz['ogoh.lesson.markDone'] }).click();
	await back.click();
	await expect(student).toHaveURL(uzLink);
	await expect(student.locator('[data-progress]')).toHaveText(say(uz, 'ogoh.assignment.progress', { done: 1, total }));

	// Every answer wrong: the quiz is not done, no code, and the page says what is missing.
	const refusal = readQuiz('uz', 'refusal-skills');
	const graded = refusal.questions.filter((q) => q.type !== 'scenario').length;
	const needed = Math.ceil((70 * graded) / 100);
	await student.getByRole('link', { name: /^Test: / }).first().click();
	await expect(student.getByRole('link', { name: `← ${say(uz, 'ogoh.assignment.back', { cohort: 'Группа 9Б «Ташкент»' })}` })).toBeVisible();
	await takeQuizWrongly(student, refusal, uz);
	await student.goto(uzLink);
	const quizItem = student.locator('[data-items] li').nth(1);
	await expect(quizItem.locator('.item-state')).toHaveText(say(uz, 'ogoh.assignment.quizMissing', { best: 0, total: graded, needed }));
	await expect(quizItem).toHaveAttribute('data-done', 'false');
	await expect(student.locator('[data-complete]')).toBeHidden();
	await expect(student.locator('[data-code]')).toHaveText('');
	await student.screenshot({ path: `${SHOTS}/phone-uz-missing.png`, fullPage: true });

	// Retake and pass; finish the rest.
	await student.getByRole('link', { name: /^Test: / }).first().click();
	const retry = student.getByRole('button', { name: uz['ogoh.quiz.retry'] });
	if (await retry.isVisible()) await retry.click();
	await takeQuizCorrectly(student, refusal, 'uz');
	for (const { kind, id } of items.slice(2)) {
		if (kind === 'lesson') {
			await student.goto(`/uz/lessons/${id}/`);
			await student.getByRole('button', { name: uz['ogoh.lesson.markDone'] }).click();
		} else {
			await student.goto(`/uz/quizzes/${id}/`);
			await takeQuizCorrectly(student, readQuiz('uz', id), 'uz');
		}
	}
	await student.goto(uzLink);
	await expect(student.locator('[data-progress]')).toHaveText(say(uz, 'ogoh.assignment.progress', { done: total, total }));
	await expect(quizItem.locator('.item-state')).toHaveText(`✓ ${say(uz, 'ogoh.assignment.quizDone', { best: graded, total: graded })}`);
	const code = (await student.locator('[data-code]').textContent())!.trim();
	expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await student.screenshot({ path: `${SHOTS}/phone-uz-code.png`, fullPage: true });

	// The code stays the same on reload, and in a new tab.
	await student.reload();
	await expect(student.locator('[data-code]')).toHaveText(code);
	const again = await phone.newPage();
	await again.goto(link);
	await expect(again.locator('[data-code]')).toHaveText(code);
	expectClean(studentWatch);
	await phone.close();

	// The trainer's check page accepts it, typed loosely, and rejects an edited one.
	await page.goto(checkHref);
	const result = page.locator('[data-result]');
	await page.getByLabel(ru['ogoh.check.code']!).fill(code.toLowerCase().replace('-', ' '));
	await page.getByRole('button', { name: ru['ogoh.check.submit'], exact: true }).click();
	await expect(result).toHaveText(`✓ ${ru['ogoh.check.valid']}`);
	const tampered = code.slice(0, 8) + (code.endsWith('A') ? 'B' : 'A');
	await page.getByLabel(ru['ogoh.check.code']!).fill(tampered);
	await page.getByRole('button', { name: ru['ogoh.check.submit'], exact: true }).click();
	await expect(result).toHaveText(`✗ ${ru['ogoh.check.invalid']}`);
	expectClean(trainerWatch);
});

test('a trainee who answers every question wrong gets no code (format-1 link, default 80%)', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	// An old-format link (JSON), hand-picked: one quiz.
	const hash = Buffer.from(JSON.stringify({ v: 1, c: '9Б', d: future(7), i: ['q:refusal-skills'] })).toString('base64url');
	await page.goto('/ru/quizzes/refusal-skills/');
	await takeQuizWrongly(page, readQuiz('ru', 'refusal-skills'), ru);
	await page.goto(`/ru/assignments/#a=${hash}`);
	await expect(page.locator('[data-progress]')).toHaveText(say(ru, 'ogoh.assignment.progress', { done: 0, total: 1 }));
	await expect(page.locator('[data-complete]')).toBeHidden();
	await expect(page.locator('[data-pass-mark]')).toHaveText(say(ru, 'ogoh.assignment.passMark', { percent: 80 }));
});

test('the biggest course with the longest note: the QR code reads on screen and on the one-page printed sheet', async ({ page, baseURL }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'printing is a desktop task');
	test.setTimeout(90_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);
	const biggest = 'cybercrime-awareness-for-inspectors';
	await page.goto(`/ru/assignments/new/?course=${biggest}`);
	const titles = courseItemTitles(biggest);
	// It must stay the biggest course for this test to mean anything.
	for (const id of readdirSync('content/courses/ru').map((f) => f.replace(/\.yaml$/, ''))) expect(courseItemTitles(id).length).toBeLessThanOrEqual(titles.length);
	await page.getByLabel(ru['ogoh.builder.cohort']!).fill('Ж'.repeat(50));
	await page.getByLabel(ru['ogoh.builder.start']!).fill(future(1));
	await page.getByLabel(ru['ogoh.builder.due']!).fill(future(30));
	const note = page.getByLabel(ru['ogoh.builder.note']!);
	await note.fill('Щ'.repeat(200));
	await page.getByRole('button', { name: ru['ogoh.builder.create'] }).click();
	const link = await page.getByLabel(ru['ogoh.builder.link']!).inputValue();
	expect(link.length).toBeLessThan(800);

	// On screen, at the size shown.
	const qr = page.locator('[data-qr]');
	const box = (await qr.boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(400);
	expect(decodeQr(await qr.screenshot({ path: `${SHOTS}/biggest-qr-screen.png` }))).toBe(link);
	await page.locator('[data-result]').screenshot({ path: `${SHOTS}/biggest-sheet-screen.png` });
	expectClean(watch);

	// On paper: one page with the group, every item and a QR code a phone reads at 150 dpi.
	const dir = mkdtempSync(join(tmpdir(), 'ogoh-sheet-'));
	writeFileSync(join(dir, 'sheet.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
	execFileSync('cp', [join(dir, 'sheet.pdf'), `${SHOTS}/biggest-sheet.pdf`]);
	expect(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' }))![1]).toBe('1');
	const text = execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	// The group name is one long word, wrapped over two lines.
	expect(text.replace(/\s/g, '')).toContain(say(ru, 'ogoh.assignment.for', { cohort: 'Ж'.repeat(50) }).replace(/\s/g, ''));
	for (const item of titles) expect(text).toContain(item);
	// In module order.
	const positions = titles.map((item) => text.indexOf(item));
	expect(positions).toEqual([...positions].sort((a, b) => a - b));
	execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'sheet')]);
	execFileSync('cp', [join(dir, 'sheet.png'), `${SHOTS}/biggest-sheet-150dpi.png`]);
	expect(decodeQr(readFileSync(join(dir, 'sheet.png')))).toBe(link);

	// The builder showed the course's items in module order, as the trainee will see them, and
	// counted the note's characters down (it takes no more than its limit).
	await expect(page.locator('[data-course-items] li')).toHaveText(titles);
	await expect(page.locator('[data-note-left]')).toHaveText(say(ru, 'ogoh.builder.noteLeft', { count: 0 }));
	await note.fill('Щ'.repeat(250));
	await expect(note).toHaveValue('Щ'.repeat(200));
});

test('the completion code stays the same on reload and in another tab', async ({ page, context, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	const hash = Buffer.from(JSON.stringify({ v: 1, c: 'Группа 5', d: future(7), i: ['l:refusal-skills'] })).toString('base64url');
	await page.goto('/ru/lessons/refusal-skills/');
	await page.getByRole('button', { name: ru['ogoh.lesson.markDone'] }).click();
	await page.goto(`/ru/assignments/#a=${hash}`);
	const code = (await page.locator('[data-code]').textContent())!.trim();
	expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await page.reload();
	await expect(page.locator('[data-code]')).toHaveText(code);
	const other = await context.newPage();
	await other.goto(`/ru/assignments/#a=${hash}`);
	await expect(other.locator('[data-code]')).toHaveText(code);
});

test('a selection too large for one QR code says so before anything fails', async ({ page, baseURL, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	test.setTimeout(60_000);
	const watch = await watchPage(page, new URL(baseURL!).origin);
	await page.goto('/uz/assignments/new/');
	await page.getByLabel(uz['ogoh.builder.due']!).fill(future(10));
	// 24 lessons and their quizzes with the longest note fit…
	await page.locator('form[data-form]').evaluate((form) => {
		for (const box of [...form.querySelectorAll<HTMLInputElement>('input[name="item"]')].slice(0, 48)) box.checked = true;
		form.dispatchEvent(new Event('change', { bubbles: true }));
	});
	await expect(page.locator('input[name="item"]:checked')).toHaveCount(48);
	await page.getByLabel(uz['ogoh.builder.note']!).fill('Ш'.repeat(200));
	const size = page.locator('[data-size]');
	await page.getByLabel(uz['ogoh.builder.cohort']!).fill('Guruh');
	await expect(size).toHaveAttribute('data-too-large', 'false');
	// …but not with the longest group name too, in Cyrillic.
	await page.getByLabel(uz['ogoh.builder.cohort']!).fill('Ж'.repeat(50));
	await expect(size).toHaveAttribute('data-too-large', 'true');
	await expect(size).toHaveText(/^Bitta havola va QR-kod uchun bu juda koʻp/);
	await expect(size).toBeVisible();
	await page.getByRole('button', { name: uz['ogoh.builder.create'] }).click();
	await expect(page.locator('[data-result]')).toBeHidden();
	await expect(size).toBeInViewport();
	await page.screenshot({ path: `${SHOTS}/too-large-${test.info().project.name}.png` });
	// Shortening the note makes it fit.
	await page.getByLabel(uz['ogoh.builder.note']!).fill('Ш'.repeat(20));
	await expect(size).toHaveAttribute('data-too-large', 'false');
	await page.getByRole('button', { name: uz['ogoh.builder.create'] }).click();
	await expect(page.locator('[data-result]')).toBeVisible();
	expectClean(watch);
});

test('the builder warns about a past due date and refuses a start after the due date', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	await page.goto('/ru/assignments/new/');
	await page.getByLabel(say(ru, 'ogoh.builder.quizItem', { title: title('quizzes', 'ru', 'phishing-links') })).check();
	await page.getByLabel(ru['ogoh.builder.cohort']!).fill('10А');
	await page.getByLabel(ru['ogoh.builder.start']!).fill(future(5));
	await page.getByLabel(ru['ogoh.builder.due']!).fill(future(2));
	await page.getByRole('button', { name: ru['ogoh.builder.create'] }).click();
	await expect(page.locator('[data-errors]')).toHaveText(ru['ogoh.builder.errorDates']!);
	await expect(page.locator('[data-result]')).toBeHidden();
	await page.getByLabel(ru['ogoh.builder.start']!).fill('');
	await page.getByLabel(ru['ogoh.builder.due']!).fill(future(-3));
	await expect(page.locator('[data-warning]')).toHaveText(ru['ogoh.builder.warnPastDue']!);
	await page.getByRole('button', { name: ru['ogoh.builder.create'] }).click();
	await expect(page.locator('[data-result]')).toBeVisible();
	await page.getByLabel(ru['ogoh.builder.due']!).fill(future(3));
	await expect(page.locator('[data-warning]')).toHaveText('');
});

test('on a slow network, a trainer who presses Create before the builder has loaded loses nothing (CI, stop 24)', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	// Hold back every script, as a slow connection does, until the trainer has typed and pressed Enter.
	let release!: () => void;
	const scriptsArrive = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.js', async (route) => {
		await scriptsArrive;
		await route.continue();
	});
	const pages: string[] = [];
	page.on('request', (request) => request.resourceType() === 'document' && pages.push(request.url()));
	// Module scripts hold back DOMContentLoaded too: the page is there once its HTML has arrived.
	await page.goto('/uz/assignments/new/', { waitUntil: 'commit' });
	const create = page.getByRole('button', { name: uz['ogoh.builder.create'] });
	await expect(create).toBeDisabled();
	await page.getByLabel(say(uz, 'ogoh.builder.quizItem', { title: title('quizzes', 'uz', 'phishing-links') })).check();
	await page.getByLabel(uz['ogoh.builder.cohort']!).fill('9-„B“ sinf');
	await page.getByLabel(uz['ogoh.builder.due']!).fill(future(7));
	// Enter in a field submits a form whose submit button is enabled; before the script that would reload the page.
	await page.getByLabel(uz['ogoh.builder.cohort']!).press('Enter');
	release();
	await expect(create).toBeEnabled();
	await expect(page.getByLabel(uz['ogoh.builder.cohort']!)).toHaveValue('9-„B“ sinf');
	await create.click();
	const link = await page.getByLabel(uz['ogoh.builder.link']!).inputValue();
	expect(decodeQr(await page.locator('[data-qr]').screenshot()), 'the QR code as drawn reads back as the link').toBe(link);
	expect(pages, 'the page was loaded once, never submitted to itself').toEqual([expect.stringMatching(/\/uz\/assignments\/new\/$/)]);
});

test('the check page follows a new link pasted in the same tab', async ({ page, isMobile }) => {
	test.skip(isMobile, 'once, on the laptop');
	const make = (cohort: string) => Buffer.from(JSON.stringify({ v: 1, c: cohort, d: future(7), i: ['l:refusal-skills'] })).toString('base64url');
	// A code made on a device for assignment B.
	await page.goto('/ru/lessons/refusal-skills/');
	await page.getByRole('button', { name: ru['ogoh.lesson.markDone'] }).click();
	await page.goto(`/ru/assignments/#a=${make('Группа Б')}`);
	const codeB = (await page.locator('[data-code]').textContent())!.trim();
	expect(codeB).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

	await page.goto(`/ru/assignments/check/#a=${make('Группа А')}`);
	await expect(page.locator('[data-cohort]')).toHaveText(say(ru, 'ogoh.assignment.for', { cohort: 'Группа А' }));
	await page.getByLabel(ru['ogoh.check.code']!).fill(codeB);
	await page.getByRole('button', { name: ru['ogoh.check.submit'], exact: true }).click();
	await expect(page.locator('[data-result]')).toHaveText(`✗ ${ru['ogoh.check.invalid']}`);
	// Paste link B over link A: only the hash changes, the page is not reloaded.
	await page.evaluate((hash) => (window.location.hash = hash), `a=${make('Группа Б')}`);
	await expect(page.locator('[data-cohort]')).toHaveText(say(ru, 'ogoh.assignment.for', { cohort: 'Группа Б' }));
	await expect(page.locator('[data-result]')).toHaveText('');
	await page.getByLabel(ru['ogoh.check.code']!).fill(codeB);
	await page.getByRole('button', { name: ru['ogoh.check.submit'], exact: true }).click();
	await expect(page.locator('[data-result]')).toHaveText(`✓ ${ru['ogoh.check.valid']}`);
	// A damaged link pasted over it hides the form.
	await page.evaluate(() => (window.location.hash = 'a=%%%'));
	await expect(page.getByRole('alert')).toHaveText(ru['ogoh.assignment.errorGarbled']!);
	await expect(page.locator('[data-form]')).toBeHidden();
});

test('the assignments page and the sidebar route lead back to an open assignment; unrelated lessons stay quiet', async ({ page, isMobile }) => {
	test.skip(!isMobile, 'once, on the phone');
	const hash = Buffer.from(JSON.stringify({ v: 1, c: 'Guruh 7', d: future(7), i: ['l:refusal-skills', 'q:phishing-links'] })).toString('base64url');
	const label = `← ${say(uz, 'ogoh.assignment.back', { cohort: 'Guruh 7' })}`;
	await page.goto('/uz/lessons/refusal-skills/');
	await expect(page.locator('ogoh-back-to-assignment')).toBeHidden();
	await page.goto(`/uz/assignments/#a=${hash}`);
	await expect(page.locator('[data-items] li')).toHaveCount(2);
	// Lessons and quizzes of the assignment lead back to it; others do not.
	for (const path of ['/uz/lessons/refusal-skills/', '/uz/quizzes/phishing-links/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: label })).toBeVisible();
	}
	for (const path of ['/uz/lessons/phishing-links/', '/uz/quizzes/refusal-skills/', '/uz/lessons/refusal-skills/teacher/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: label })).toHaveCount(0);
	}
	// The sidebar's assignments entry (the builder) and the assignments page without a link.
	for (const path of ['/uz/assignments/new/', '/uz/assignments/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: label })).toBeVisible();
	}
	await expect(page.getByRole('alert')).toHaveText('');
	await page.getByRole('link', { name: label }).click();
	await expect(page.locator('[data-items] li')).toHaveCount(2);
});
