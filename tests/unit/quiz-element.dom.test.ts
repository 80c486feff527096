/**
 * <ogoh-quiz> in a DOM (happy-dom, installed after Astro renders the quiz in Node): the server-rendered quiz made interactive by quiz-element.ts.
 * Answers are given as a learner gives them, in the order shown after shuffling: the letters in
 * feedback and the correct answer are the ones on screen, a retry shuffles again, and a quiz
 * answered all wrong records 0 and completes no assignment.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import Quiz from '../../src/components/Quiz.astro';
import { itemStatuses } from '../../src/lib/assignment.ts';
import { browserStorage, loadProgress } from '../../src/lib/progress.ts';
import { quizSchema } from '../../src/lib/schemas.ts';
import { seedFrom, shuffled } from '../../src/lib/shuffle.ts';

const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
const t = Object.assign((key: string, values: Record<string, unknown> = {}) => (english[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? '')), { all: () => english });
const option = (id: string) => ({ id, text: `Option ${id.toUpperCase()}`, feedback: `Feedback ${id}` });
const quiz = quizSchema.parse({
	title: 'DOM quiz',
	lesson: 'sample',
	questions: [
		{ id: 'single', type: 'single', prompt: 'Which one?', options: ['a', 'b', 'c', 'd', 'e', 'f'].map(option), answer: 'b', explanation: 'Because b.' },
		{ id: 'multi', type: 'multiple', prompt: 'Which ones?', options: ['a', 'b', 'c', 'd'].map(option), answer: ['a', 'd'], explanation: 'Because a and d.' },
		{ id: 'tf', type: 'true-false', prompt: 'True?', answer: false, feedback: { true: 'No, it is false.', false: 'Yes, false.' }, explanation: 'It is false.' },
		{ id: 'match', type: 'matching', prompt: 'Match', pairs: [{ id: 'x', left: 'L1', right: 'R1' }, { id: 'y', left: 'L2', right: 'R2' }, { id: 'z', left: 'L3', right: 'R3' }], explanation: 'e' },
		{ id: 'order', type: 'ordering', prompt: 'Order', items: [{ id: 'p', text: 'Pause' }, { id: 'c', text: 'Check' }, { id: 'r', text: 'Report' }], explanation: 'e' },
		{ id: 'short', type: 'short-text', prompt: 'Name it', answers: ['2FA'], feedback: { correct: 'Right.', incorrect: 'Not that.' }, explanation: 'e' },
		{ id: 'num', type: 'numeric', prompt: 'How many?', answer: 112, feedback: { correct: 'Right.', incorrect: 'Not that.' }, explanation: 'e' },
		{ id: 'scene', type: 'scenario', prompt: 'What would you do?', options: ['a', 'b'].map(option), explanation: 'e' },
	],
});
const QUIZ_ID = 'dom-quiz';
let html = '';

const root = () => document.querySelector<HTMLElement>('ogoh-quiz')!;
const question = (id: string) => root().querySelector<HTMLElement>(`[data-question="${id}"]`)!;
const shownOptions = (id: string) => [...question(id).querySelectorAll<HTMLElement>('[data-options] [data-option]')].map((o) => o.dataset.option!);
const shownLetters = (id: string) => [...question(id).querySelectorAll<HTMLElement>('[data-options] [data-letter]')].map((l) => l.textContent!.trim());
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function choose(id: string, ...values: string[]) {
	for (const input of question(id).querySelectorAll<HTMLInputElement>('input')) input.checked = values.includes(input.value);
	question(id).querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
}
function select(id: string, values: Record<string, string>) {
	for (const s of question(id).querySelectorAll<HTMLSelectElement>('select')) s.value = values[s.dataset.pair ?? s.dataset.item!]!;
	question(id).querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(id: string, value: string) {
	question(id).querySelector<HTMLInputElement>('[data-text-answer]')!.value = value;
}
const check = (id: string) => question(id).querySelector<HTMLButtonElement>('[data-check]')!.click();
const storedRecord = () => loadProgress(browserStorage()).quizzes[QUIZ_ID];

/** Every question answered wrong (the scenario has no wrong answer) and checked. */
function answerAllWrong() {
	choose('single', 'a');
	choose('multi', 'b');
	choose('tf', 'true');
	select('match', { x: 'y', y: 'z', z: 'x' });
	select('order', { p: '3', c: '2', r: '1' });
	type('short', 'password');
	type('num', '999');
	choose('scene', 'a');
	for (const q of quiz.questions) check(q.id);
}

beforeAll(async () => {
	const container = await AstroContainer.create();
	html = await container.renderToString(Quiz, { props: { id: QUIZ_ID, quiz }, locals: { t } as never, request: new Request('https://ogoh.test/quizzes/dom-quiz/') });
	const window = new Window({ url: 'https://ogoh.test/quizzes/dom-quiz/' });
	for (const name of ['window', 'document', 'customElements', 'HTMLElement', 'Element', 'Event', 'CSS', 'localStorage', 'sessionStorage']) {
		Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name as keyof Window], configurable: true, writable: true });
	}
	await import('../../src/components/quiz-element.ts');
});

/** Puts the page in the document as a browser does: parsed first, then connected with its children. */
function show(markup: string) {
	const template = document.createElement('template');
	template.innerHTML = markup;
	document.body.replaceChildren(template.content);
}

beforeEach(() => {
	localStorage.clear();
	vi.spyOn(Date, 'now').mockReturnValue(1_000);
	Element.prototype.scrollIntoView = () => undefined;
	show(html);
});

afterEach(() => {
	vi.restoreAllMocks();
	document.body.innerHTML = '';
});

describe('<ogoh-quiz> in the DOM', () => {
	test('the options are shown in the attempt\'s shuffled order, lettered A, B, C… on screen', () => {
		const seed = seedFrom(`${QUIZ_ID}/1000`);
		expect(shownOptions('single')).toEqual(shuffled(['a', 'b', 'c', 'd', 'e', 'f'], seed ^ seedFrom('single')));
		expect(shownOptions('single')).not.toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(shownLetters('single')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		// true/false is not shuffled.
		expect(shownOptions('tf')).toEqual(['true', 'false']);
	});

	test('a wrong answer: feedback and the correct answer name the letters on screen', () => {
		const shown = shownOptions('single');
		const wrong = shown.find((id) => id !== 'b')!;
		choose('single', wrong);
		check('single');
		const letterOf = (id: string) => 'ABCDEF'[shown.indexOf(id)];
		expect(text(question('single').querySelector('[data-verdict]'))).toBe(english['ogoh.quiz.incorrect']);
		expect(text(question('single').querySelector('[data-reveal] [data-correct-answers]'))).toBe(`${letterOf('b')}. Option B`);
		const item = (id: string) => question('single').querySelector<HTMLElement>(`[data-option="${id}"]`)!;
		expect(item(wrong).dataset.state).toBe('wrong');
		expect(text(item(wrong).querySelector('[data-mark]'))).toBe(`✗ ${english['ogoh.quiz.yourChoice']}:`);
		expect(item('b').dataset.state).toBe('right');
		expect(text(item('b').querySelector('[data-mark]'))).toBe(`✓ ${english['ogoh.quiz.rightAnswer']}:`);
		expect([...question('single').querySelectorAll<HTMLElement>('[data-feedback]')].every((f) => !f.hidden)).toBe(true);
	});

	test('a partly right multiple choice: partial verdict, and the review names the chosen option by its letter on screen', () => {
		const shown = shownOptions('multi');
		choose('multi', 'a');
		check('multi');
		expect(text(question('multi').querySelector('[data-verdict]'))).toBe(english['ogoh.quiz.partial']);
		const letterOf = (id: string) => 'ABCD'[shown.indexOf(id)];
		const right = ['a', 'd'].sort((x, y) => shown.indexOf(x) - shown.indexOf(y));
		expect(text(question('multi').querySelector('[data-reveal] [data-correct-answers]'))).toBe(right.map((id) => `${letterOf(id)}. Option ${id.toUpperCase()}`).join('; '));
	});

	test('true/false shows only the chosen statement\'s feedback', () => {
		choose('tf', 'true');
		check('tf');
		const feedback = (id: string) => question('tf').querySelector<HTMLElement>(`[data-option="${id}"] [data-feedback]`)!;
		expect(feedback('true').hidden).toBe(false);
		expect(feedback('false').hidden).toBe(true);
		expect(question('tf').querySelector<HTMLElement>('[data-option="false"]')!.dataset.state).toBe('right');
	});

	test('a retry shuffles again with a new seed, and the letters follow the new order', () => {
		answerAllWrong();
		const first = shownOptions('single');
		const retry = root().querySelector<HTMLButtonElement>('[data-retry]')!;
		expect(retry.hidden).toBe(false);
		vi.spyOn(Date, 'now').mockReturnValue(2_000);
		retry.click();
		const seed = seedFrom(`${QUIZ_ID}/2000/${seedFrom(`${QUIZ_ID}/1000`)}`);
		expect(storedRecord()!.current!.seed).toBe(seed);
		expect(shownOptions('single')).toEqual(shuffled(['a', 'b', 'c', 'd', 'e', 'f'], seed ^ seedFrom('single')));
		expect(shownOptions('single')).not.toEqual(first);
		expect(shownLetters('single')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
		expect(question('single').querySelector<HTMLElement>('[data-reveal]')!.hidden).toBe(true);
		expect(root().querySelector<HTMLElement>('[data-results]')!.hidden).toBe(true);
		choose('single', 'b');
		check('single');
		expect(text(question('single').querySelector('[data-reveal] [data-correct-answers]'))).toBe(`${'ABCDEF'[shownOptions('single').indexOf('b')]}. Option B`);
	});

	test('all answers wrong: the score is 0, recorded as 0, and no assignment counts the quiz as done', () => {
		answerAllWrong();
		expect(text(root().querySelector('[data-score]'))).toBe(english['ogoh.quiz.score']!.replace('{{score}}', '0').replace('{{total}}', '7'));
		expect(storedRecord()).toMatchObject({ best: 0, total: 7, attempts: 1 });
		for (const passMark of [1, 50, 100]) {
			const [status] = itemStatuses({ items: [{ kind: 'quiz', id: QUIZ_ID }], passMark }, {}, () => ({ record: storedRecord(), graded: 7 }));
			expect(status, `pass mark ${passMark}`).toMatchObject({ done: false, attempted: true, best: 0 });
		}
	});

	test('a broken data attribute leaves the static worksheet and says why', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		show(html.replace(/data-grade="[^"]*"/, 'data-grade="{&quot;type&quot;:&quot;single&quot;}"'));
		expect(root().querySelector<HTMLElement>('[data-answer-key]')!.hidden).toBe(false);
		expect(String(error.mock.calls[0]?.[0])).toContain('<li data-grade>: the data does not have the expected shape');
	});
});
