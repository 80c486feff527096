/** The quiz's server-rendered HTML: usable as a worksheet before (or without) JavaScript. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { parse } from 'yaml';
import Quiz from '../../src/components/Quiz.astro';
import PrintAnswer from '../../src/components/quiz/PrintAnswer.astro';
import { quizSchema } from '../../src/lib/schemas.ts';

const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
/** Starlight's `t`, enough for rendering: looks up English strings and fills {{placeholders}}. */
const t = Object.assign(
	(key: string, values: Record<string, unknown> = {}) =>
		(english[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')),
	{ all: () => english }
);

const quiz = quizSchema.parse(parse(readFileSync('content/quizzes/en/refusal-skills.yaml', 'utf8')));
let html = '';

describe('<Quiz>', () => {
	beforeAll(async () => {
		const container = await AstroContainer.create();
		html = await container.renderToString(Quiz, { props: { id: 'refusal-skills', quiz }, locals: { t } as never });
	});

	test('renders every question as a fieldset with a legend and the inputs its type needs', () => {
		// Each graded question also asks "How sure?" in a fieldset of its own, with two radio buttons.
		const graded = quiz.questions.filter((q) => q.type !== 'scenario').length;
		expect(html.match(/<fieldset/g)).toHaveLength(quiz.questions.length + graded);
		expect(html.match(/<legend/g)).toHaveLength(quiz.questions.length + graded);
		const inputs = quiz.questions.reduce((n, q) => n + ('options' in q ? q.options.length : 'regions' in q ? q.regions.length : q.type === 'true-false' ? 2 : 1), 2 * graded);
		expect(html.match(/<input /g)).toHaveLength(inputs);
	});

	test('single choice uses radio buttons, multiple choice checkboxes, numbers a text field', () => {
		const types = quiz.questions.map((q) => q.type);
		expect(html.includes('type="radio"')).toBe(types.includes('single'));
		expect(html.includes('type="checkbox"')).toBe(types.includes('multiple'));
		expect(html.includes('inputmode="decimal"')).toBe(types.includes('numeric'));
	});

	test('the answer key and explanations are in the HTML for readers without JavaScript', () => {
		expect(html.match(/<details class="quiz-answer-key[ "]/g)).toHaveLength(quiz.questions.length);
		for (const question of quiz.questions) expect(html).toContain(question.explanation.replaceAll("'", '&#39;').replaceAll('"', '&quot;'));
	});

	test('the check buttons stay hidden until the script takes over', () => {
		expect(html).toMatch(/<div class="quiz-actions[^"]*" data-actions hidden[ >]/);
	});

	test('results are announced to screen readers', () => {
		expect(html.match(/role="status"/g)!.length).toBeGreaterThan(quiz.questions.length);
	});
});

describe('<Quiz> on a Russian page', () => {
	const russian = quizSchema.parse(parse(readFileSync('content/quizzes/ru/phishing-links.yaml', 'utf8')));
	let ru = '';
	beforeAll(async () => {
		const container = await AstroContainer.create();
		ru = await container.renderToString(Quiz, {
			props: { id: 'phishing-links', quiz: russian },
			locals: { t } as never,
			request: new Request('http://localhost/ru/quizzes/phishing-links/'),
		});
	});

	test('letters options А, Б, В in the HTML (readable without JavaScript)', () => {
		const letters = [...ru.matchAll(/data-letter[^>]*>\s*([^<\s]+)\s*</g)].map((m) => m[1]);
		expect(letters.slice(0, 3)).toEqual(['А', 'Б', 'В']);
		expect(letters).not.toContain('A');
		expect(ru).toContain('data-locale="ru"');
	});

	test('the reveal after checking names the answer but repeats no option feedback; the no-JS answer key has it', () => {
		const first = russian.questions[0]!;
		if (first.type !== 'single') throw new Error('expects a single-choice first question');
		const question = ru.slice(ru.indexOf(`data-question="${first.id}"`));
		const reveal = question.slice(question.indexOf('data-reveal'), question.indexOf('data-answer-key'));
		const key = question.slice(question.indexOf('data-answer-key'), question.indexOf('</details>'));
		const escape = (text: string) => text.replaceAll('"', '&quot;').replaceAll("'", '&#39;');
		for (const option of first.options) {
			expect(reveal).not.toContain(escape(option.feedback));
			expect(key).toContain(escape(option.feedback));
		}
		expect(reveal).toContain('data-correct-answers');
	});
});

describe('<PrintAnswer> (answer key and classroom reveal)', () => {
	const russian = quizSchema.parse(parse(readFileSync('content/quizzes/ru/phishing-links.yaml', 'utf8')));
	const render = async (id: string) => {
		const question = russian.questions.find((q) => q.id === id)!;
		const container = await AstroContainer.create();
		// Read as a browser reads it (entities decoded, tags gone), as the DOM tests do.
		const { document } = new Window();
		document.body.innerHTML = await container.renderToString(PrintAnswer, { props: { quizId: 'phishing-links', question, locale: 'ru' }, locals: { t } as never });
		return { question, items: [...document.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()) };
	};

	test('a hotspot question gives every region its letter, its text and what it says of it', async () => {
		const { question, items } = await render('phishing-sms-flags');
		if (question.type !== 'hotspot') throw new Error('phishing-sms-flags is a hotspot question');
		expect(items).toHaveLength(question.regions.length);
		for (const region of question.regions) {
			const item = items.find((line) => line.includes(`. ${region.text}`))!;
			expect(item, region.id).toMatch(new RegExp(`^[А-Е]\\. .+${region.flag ? ' ✓' : ''} — `));
			expect(item.endsWith(` — ${region.feedback}`), `${region.id}: ${item}`).toBe(true);
		}
	});

	test('a single-choice question gives each option its own feedback', async () => {
		const first = russian.questions[0]!;
		if (first.type !== 'single') throw new Error('expects a single-choice first question');
		const { items } = await render(first.id);
		expect(items).toEqual(first.options.map((o, i) => `${'АБВГДЕ'[i]}. ${o.text}${o.id === first.answer ? ' ✓' : ''} — ${o.feedback}`));
	});
});
