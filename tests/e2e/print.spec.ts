/**
 * Printed worksheets and answer keys, read back from the PDF a teacher prints: every question
 * can be answered on paper (options, items and pairs as text, blanks to write in, no dropdown
 * placeholders), and the answer key names the letters and numbers printed on the worksheet.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { normalise, printedText } from './print-helpers.ts';
import { regionsInOrder } from '../../src/lib/question-types/hotspot.ts';
import { readQuiz, uiStrings } from './quiz-helpers.ts';

const LETTERS = { en: 'ABCDEFGH', uz: 'ABCDEFGH', ru: 'АБВГДЕЖЗ' } as const;
const LETTER_CLASS = { en: 'A-H', uz: 'A-H', ru: 'А-ЗЁ' } as const;
type Lang = keyof typeof LETTERS;
const prefix = (lang: Lang) => (lang === 'en' ? '' : `/${lang}`);
const quizIds = readdirSync('content/quizzes/ru')
	.map((file) => file.replace(/\.ya?ml$/, ''))
	.sort();

test.skip(({ isMobile }) => isMobile, 'paper is the same on every device');

/** The letter printed before `text` on the worksheet ("В. text"), or fails. */
function letterBefore(sheet: string, text: string, lang: Lang): string {
	const lettered = `(?:^| )([${LETTER_CLASS[lang]}])\\. ${escape(normalise(text))}`;
	// Preferably the whole text (what follows is the next letter, a number or a blank): another
	// item may begin with the same words. The last item of a page is followed by anything.
	const match = sheet.match(new RegExp(`${lettered}(?= (?:[${LETTER_CLASS[lang]}]\\.|\\d|_)|$)`)) ?? sheet.match(new RegExp(lettered));
	expect(match, `a lettered "${text}" on the worksheet`).not.toBeNull();
	return match![1]!;
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each quiz is printed in one of the two languages, alternating: both letter systems (А-З and
// A-H) and every quiz are covered, at half the time of printing every quiz twice.
for (const [turn, lang] of (['ru', 'uz'] as const).entries()) {
	for (const id of quizIds.filter((_, index) => index % 2 === turn)) {
		test(`${lang} ${id}: the printed worksheet can be answered on paper and the printed key names its letters`, async ({ page, request }) => {
			const quiz = readQuiz(lang, id);
			const ui = uiStrings(lang);
			const url = `${prefix(lang)}/quizzes/${id}/worksheet/`;
			const html = await (await request.get(url)).text();
			await page.goto(url);
			const { text: sheet } = await printedText(page);

			// No dropdown placeholders on paper.
			for (const placeholder of [ui['ogoh.quiz.choose']!, ui['ogoh.quiz.position']!]) expect(sheet).not.toContain(normalise(placeholder));
			// The exam version gives nothing away: no explanations, feedback or answer pairs.
			expect(html).not.toMatch(/data-right|data-answer|quiz-key/);
			expect(sheet).not.toMatch(new RegExp(`\\d → [${LETTER_CLASS[lang]}]\\b`));

			await page.goto(`${prefix(lang)}/quizzes/${id}/answer-key/`);
			const { text: key } = await printedText(page);

			for (const [index, question] of quiz.questions.entries()) {
				expect(sheet).toContain(normalise(question.prompt));
				// This question's part of the sheet: a right-hand text may also begin an earlier option.
				const part = sheet.slice(sheet.indexOf(normalise(question.prompt)));
				expect(html).not.toContain(question.explanation);
				switch (question.type) {
					case 'single':
					case 'multiple':
					case 'scenario': {
						for (const [i, option] of question.options.entries()) {
							expect(sheet).toContain(`${LETTERS[lang][i]}. ${normalise(option.text)}`);
							expect(html).not.toContain(option.feedback);
						}
						if (question.type !== 'scenario') {
							const answers = typeof question.answer === 'string' ? [question.answer] : question.answer;
							const letters = question.options.flatMap((o, i) => (answers.includes(o.id) ? [LETTERS[lang][i]] : [])).join(', ');
							expect(key, `key of question ${index + 1}`).toContain(`${normalise(ui['ogoh.quiz.correctAnswer']!)} ${letters} `);
							for (const [i, option] of question.options.entries()) {
								if (answers.includes(option.id)) expect(key).toContain(`${LETTERS[lang][i]}. ${normalise(option.text)}`);
							}
						}
						break;
					}
					case 'hotspot': {
						// The message with its regions lettered in message order, the same letters listed with boxes, and the key naming the red flags.
						expect(sheet).toContain(normalise(ui['ogoh.print.hotspotHint']!));
						const regions = regionsInOrder(question.message, question.regions);
						for (const [i, region] of regions.entries()) {
							expect(part).toMatch(new RegExp(`${escape(normalise(region.text))} ?${LETTERS[lang][i]}`));
							expect(sheet).toContain(`${LETTERS[lang][i]}. ${normalise(region.text)}`);
						}
						const letters = regions.flatMap((r, i) => (r.flag ? [LETTERS[lang][i]] : [])).join(', ');
						expect(key, `key of hotspot question ${index + 1}`).toContain(`${normalise(ui['ogoh.quiz.correctAnswer']!)} ${letters} `);
						break;
					}
					case 'true-false': {
						expect(sheet).toContain(`${LETTERS[lang][0]}. ${ui['ogoh.quiz.true']}`);
						expect(sheet).toContain(`${LETTERS[lang][1]}. ${ui['ogoh.quiz.false']}`);
						expect(key).toContain(`${normalise(ui['ogoh.quiz.correctAnswer']!)} ${LETTERS[lang][question.answer ? 0 : 1]} `);
						expect(key).toContain(`${LETTERS[lang][question.answer ? 0 : 1]}. ${question.answer ? ui['ogoh.quiz.true'] : ui['ogoh.quiz.false']}`);
						break;
					}
					case 'matching': {
						for (const [i, pair] of question.pairs.entries()) {
							expect(sheet).toContain(`${i + 1}. ${normalise(pair.left)}`);
							expect(sheet).toMatch(new RegExp(`${i + 1} → _{3,}`));
							// The key names the letter the worksheet printed before the right-hand item.
							expect(key, `key of matching question ${index + 1}`).toContain(`${i + 1} → ${letterBefore(part, pair.right, lang)}`);
						}
						break;
					}
					case 'ordering': {
						for (const [position, item] of question.items.entries()) {
							expect(key, `key of ordering question ${index + 1}`).toContain(`${letterBefore(part, item.text, lang)} → ${position + 1}`);
						}
						break;
					}
					case 'categorize': {
						// A row per item, lettered, with a box per group; the key names each item's group.
						for (const [i, item] of question.items.entries()) {
							expect(sheet).toContain(`${LETTERS[lang][i]}. ${normalise(item.text)}`);
							const group = question.groups.find((g) => g.id === item.group)!;
							expect(key, `key of categorize question ${index + 1}`).toContain(`${LETTERS[lang][i]} → ${normalise(group.label)} — ${normalise(item.feedback)}`);
						}
						break;
					}
					case 'numeric':
						if (question.unit) expect(sheet).toContain(question.unit);
						expect(key).toContain(String(question.answer));
						break;
					case 'short-text':
						expect(key).toContain(normalise(question.answers[0]!));
						break;
					case 'cloze':
						// A numbered line per blank; a chosen blank's options lettered after its number; the key gives each answer.
						for (const [i, blank] of question.blanks.entries()) {
							expect(part).toMatch(new RegExp(`\\(${i + 1}\\) _{6,}`));
							if (blank.options) {
								const right = blank.options.findIndex((o) => o.id === blank.answer);
								expect(part).toContain(`(${i + 1}) ${blank.options.map((o, l) => `${LETTERS[lang][l]}. ${normalise(o.text)}`).join(' ')}`);
								expect(key).toContain(`(${i + 1}) ${LETTERS[lang][right]}. ${normalise(blank.options[right]!.text)}`);
							} else expect(key).toContain(`(${i + 1}) ${normalise(blank.answers!.join(' / '))}`);
						}
						break;
				}
			}
		});
	}
}

test('a printed worksheet has a line to write on for text answers and boxes to tick', async ({ page }) => {
	// passwords-and-2fa has a short-text question; every quiz has a choice question.
	const quiz = readQuiz('en', 'passwords-and-2fa');
	await page.goto('/quizzes/passwords-and-2fa/worksheet/');
	await page.emulateMedia({ media: 'print' });
	const textQuestion = quiz.questions.findIndex((q) => q.type === 'short-text' || q.type === 'numeric');
	expect(textQuestion).toBeGreaterThanOrEqual(0);
	const line = page.locator('.print-question').nth(textQuestion).locator('.print-line');
	const box = await line.boundingBox();
	expect(box!.width).toBeGreaterThan(200);
	const choice = quiz.questions.findIndex((q) => q.type === 'single' || q.type === 'multiple');
	const tick = await page.locator('.print-question').nth(choice).locator('.print-box').first().boundingBox();
	expect(tick!.width).toBeGreaterThan(8);
	expect(tick!.height).toBeGreaterThan(8);
	await page.screenshot({ path: '/tmp/ogoh-worksheet-en.png', fullPage: true });
});
