/**
 * A teacher's journey on the journeys' site, in Russian and Uzbek, on a laptop and on a phone: the
 * teacher view's toolbar → classroom mode by keyboard with hands counted → the summary chart as
 * drawn → the worksheet and answer key printed to PDF and read as paper.
 */
import { expect, test } from '@playwright/test';
import { normalise, printedText } from '../print-helpers.ts';
import { uiStrings } from '../quiz-helpers.ts';
import { expectBarsDrawn, expectLastSlideStops, runClass } from '../classroom-helpers.ts';
import { expectClean, expectNoAxeViolations, watchPage } from '../helpers.ts';
import { optionLetter } from '../../../src/lib/letters.ts';
import { JOURNEY_ORIGIN, journeyQuiz } from './site.ts';

test.use({ baseURL: JOURNEY_ORIGIN });

for (const lang of ['ru', 'uz'] as const) {
	test(`teacher (${lang}): toolbar → classroom by keyboard → chart drawn → worksheet and answer key on paper`, async ({ page, isMobile }) => {
		test.skip(isMobile, 'once, on the laptop');
		test.setTimeout(150_000);
		const watch = await watchPage(page, JOURNEY_ORIGIN);
		const ui = uiStrings(lang);
		const quiz = journeyQuiz(lang);
		const toolbarLink = (key: string) => page.getByRole('link', { name: ui[key], exact: true });

		await page.goto(`/${lang}/lessons/journey/teacher/`);
		await expectNoAxeViolations(page);
		await toolbarLink('ogoh.quiz.classroom').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/quizzes/journey/classroom/$`));
		await page.getByRole('button', { name: ui['ogoh.classroom.start'] }).click();
		const expected = await runClass(page, quiz, lang);
		await expectBarsDrawn(page, expected);
		await expectLastSlideStops(page, lang);
		await expectNoAxeViolations(page, 'main');
		await page.screenshot({ path: `/tmp/ogoh-journey-classroom-${lang}-${test.info().project.name}.png` });

		// The worksheet on paper: every prompt, option, pair and step as text, blanks to write in, no answers.
		await page.goto(`/${lang}/lessons/journey/teacher/`);
		await toolbarLink('ogoh.quiz.worksheet').click();
		await page.waitForURL(new RegExp(`/${lang}/quizzes/journey/worksheet/$`));
		const sheet = (await printedText(page)).text;
		for (const question of quiz.questions) {
			expect(sheet).toContain(normalise(question.prompt));
			expect(sheet, 'no explanations on the worksheet').not.toContain(normalise(question.explanation));
			const texts =
				'options' in question ? question.options.map((o) => o.text)
				: question.type === 'matching' ? question.pairs.flatMap((p) => [p.left, p.right])
				: question.type === 'ordering' ? question.items.map((i) => i.text)
				: [];
			for (const text of texts) expect(sheet, `${question.id} on paper`).toContain(normalise(text));
		}
		expect(sheet).toMatch(/1 → _{3,}/);
		expect(sheet).not.toContain(ui['ogoh.quiz.choose']!);
		// The page's offline status (here: saving failed, as service workers are blocked) is not for paper.
		for (const key of ['ogoh.offline.failed', 'ogoh.offline.saving', 'ogoh.offline.ready']) expect(sheet).not.toContain(normalise(ui[key]!));

		// The answer key names the worksheet's letters: the friendly no is option 1 in print.
		await page.goto(`/${lang}/lessons/journey/teacher/`);
		await toolbarLink('ogoh.quiz.answerKeyPage').click();
		await page.waitForURL(new RegExp(`/${lang}/quizzes/journey/answer-key/$`));
		const key = (await printedText(page)).text;
		const single = quiz.questions.find((q) => q.id === 'say-no')!;
		if (single.type !== 'single') throw new Error('say-no is a single-choice question');
		expect(key).toContain(`${normalise(ui['ogoh.quiz.correctAnswer']!)} ${optionLetter(0, lang)} ${optionLetter(0, lang)}. ${normalise(single.options[0]!.text)} ✓`);
		expect(key).toContain(`${normalise(ui['ogoh.quiz.correctAnswer']!)} ${optionLetter(0, lang)}, ${optionLetter(1, lang)} `);
		expect(key).toContain('112');
		expectClean(watch);
	});
}
