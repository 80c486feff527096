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
import { localDay } from '../../src/lib/assignment-store.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { browserStorage, emptyProgress, loadProgress, saveProgress } from '../../src/lib/progress.ts';
import { addDays } from '../../src/lib/review-schedule.ts';
import { quizSchema } from '../../src/lib/schemas.ts';
import { seedFrom, shuffled } from '../../src/lib/shuffle.ts';

/** happy-dom's own control of the window (not in the DOM's types). */
const setViewport = (size: { width: number; height: number }) => (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM.setViewport(size);

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
/** One question of three options: a new draw shows the last order again one time in five. */
const threeOptions = quizSchema.parse({ title: 'Three options', lesson: 'sample', questions: [{ id: 'three', type: 'single', prompt: 'Which one?', options: ['a', 'b', 'c'].map(option), answer: 'b', explanation: 'Because b.' }] });
let threeOptionsHtml = '';

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
	threeOptionsHtml = await container.renderToString(Quiz, { props: { id: QUIZ_ID, quiz: threeOptions }, locals: { t } as never, request: new Request('https://ogoh.test/quizzes/dom-quiz/') });
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

	test('every retry shows a new order, even of three options (where one draw in five repeats it)', () => {
		show(threeOptionsHtml);
		for (let attempt = 1; attempt <= 30; attempt++) {
			const before = shownOptions('three');
			choose('three', 'a');
			check('three');
			vi.spyOn(Date, 'now').mockReturnValue(1_000 + attempt);
			root().querySelector<HTMLButtonElement>('[data-retry]')!.click();
			expect(shownOptions('three'), `retry ${attempt}`).not.toEqual(before);
		}
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

/** The same quiz with its lesson: a section per question, and the "what to review" links named after the lesson's headings. */
const withLesson = quizSchema.parse({
	...quiz,
	questions: quiz.questions.map((q) => ({ ...q, section: ['single', 'multi'].includes(q.id) ? 'spot' : q.id === 'tf' ? 'clicked' : undefined })),
});
const HEADINGS = [
	{ slug: 'spot', text: 'How to spot it' },
	{ slug: 'clicked', text: 'If you clicked' },
];
let lessonHtml = '';
beforeAll(async () => {
	const container = await AstroContainer.create();
	lessonHtml = await container.renderToString(Quiz, {
		props: { id: QUIZ_ID, quiz: withLesson, lessonHref: '/lessons/sample/', headings: HEADINGS },
		locals: { t } as never,
		request: new Request('https://ogoh.test/quizzes/dom-quiz/'),
	});
});

const visibleQuestions = () => [...root().querySelectorAll<HTMLElement>('[data-question]')].filter((q) => !q.hidden).map((q) => q.dataset.question);
const part = (selector: string) => root().querySelector<HTMLElement>(selector)!;
const click = (selector: string) => part(selector).click();
const scoreText = (score: number | string, total: number) => english['ogoh.quiz.score']!.replace('{{score}}', String(score)).replace('{{total}}', String(total));
const reviewLinks = () => [...root().querySelectorAll<HTMLElement>('[data-review-for]')].filter((l) => !l.hidden).map((l) => [text(l), l.querySelector('a')!.getAttribute('href')]);

/** Every question answered right, except those named (answered wrong). */
function answerAll(wrong: string[] = []) {
	const w = (id: string) => wrong.includes(id);
	choose('single', w('single') ? 'a' : 'b');
	choose('multi', ...(w('multi') ? ['a', 'b'] : ['a', 'd']));
	choose('tf', w('tf') ? 'true' : 'false');
	select('match', w('match') ? { x: 'y', y: 'x', z: 'z' } : { x: 'x', y: 'y', z: 'z' });
	select('order', w('order') ? { p: '2', c: '1', r: '3' } : { p: '1', c: '2', r: '3' });
	type('short', w('short') ? 'password' : '2fa');
	type('num', w('num') ? '12' : '112');
	choose('scene', 'b');
}

describe('on a phone: one question per screen', () => {
	beforeEach(() => {
		setViewport({ width: 360, height: 740 });
		show(lessonHtml);
	});
	afterEach(() => setViewport({ width: 1024, height: 768 }));

	test('the first question alone, "1 of 8" in words and on the bar, Next but no Previous', () => {
		expect(root().dataset.mode).toBe('step');
		expect(visibleQuestions()).toEqual(['single']);
		expect(part('[data-stepper]').hidden).toBe(false);
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 8');
		const bar = part('[data-step-bar]') as HTMLProgressElement;
		expect([bar.value, bar.max]).toEqual([1, 8]);
		expect(bar.getAttribute('aria-labelledby')).toBe(part('[data-step-count]').id);
		expect(part('[data-previous]').hidden).toBe(true);
		expect(part('[data-next]').hidden).toBe(false);
		expect(text(part('[data-next]'))).toBe('Next');
		expect(part('[data-progress]').hidden).toBe(false);
	});

	test('the feedback fits the screen: its text under the options chosen; a right option not chosen marked in words', () => {
		const feedbackOf = (id: string) =>
			[...question(id).querySelectorAll<HTMLElement>('[data-option]')]
				.filter((o) => !o.querySelector<HTMLElement>('[data-feedback]')!.hidden)
				.map((o) => [o.dataset.option, text(o.querySelector('[data-mark]')), !o.querySelector<HTMLElement>('[data-feedback-text]')!.hidden])
				.sort();
		choose('single', 'a');
		check('single');
		expect(feedbackOf('single')).toEqual([
			['a', `✗ ${english['ogoh.quiz.yourChoice']}:`, true],
			['b', `✓ ${english['ogoh.quiz.rightAnswer']}`, false],
		]);
		click('[data-next]');
		choose('multi', 'a', 'b');
		check('multi');
		expect(feedbackOf('multi')).toEqual([
			['a', `✓ ${english['ogoh.quiz.yourChoice']} · ${english['ogoh.quiz.rightAnswer']}:`, true],
			['b', `✗ ${english['ogoh.quiz.yourChoice']}:`, true],
			['d', `✓ ${english['ogoh.quiz.rightAnswer']}`, false],
		]);
		click('[data-next]');
		choose('tf', 'true');
		check('tf');
		expect(feedbackOf('tf')).toEqual([['true', `✗ ${english['ogoh.quiz.yourChoice']}:`, true]]);
		for (let i = 0; i < 5; i++) click('[data-next]');
		choose('scene', 'b');
		check('scene');
		expect(feedbackOf('scene')).toEqual([['b', `${english['ogoh.quiz.yourChoice']}:`, true]]);
	});

	test('Next and Previous move one question, focus the new one, and the count follows', () => {
		click('[data-next]');
		expect(visibleQuestions()).toEqual(['multi']);
		expect(document.activeElement).toBe(question('multi'));
		expect(text(part('[data-step-count]'))).toBe('Question 2 of 8');
		expect((part('[data-step-bar]') as HTMLProgressElement).value).toBe(2);
		expect(part('[data-previous]').hidden).toBe(false);
		click('[data-previous]');
		expect(visibleQuestions()).toEqual(['single']);
		expect(document.activeElement).toBe(question('single'));
		for (let i = 0; i < 7; i++) click('[data-next]');
		expect(visibleQuestions()).toEqual(['scene']);
		// The last question, not all checked: no way on.
		expect(part('[data-next]').hidden).toBe(true);
	});

	test('checking the last question shows its feedback and "See my score"; the results come with it, focused, questions gone', () => {
		answerAll(['single', 'tf']);
		for (const q of quiz.questions.slice(0, -1)) check(q.id);
		for (let i = 0; i < 7; i++) click('[data-next]');
		check('scene');
		expect(visibleQuestions()).toEqual(['scene']);
		expect(question('scene').querySelector<HTMLElement>('[data-reveal]')!.hidden).toBe(false);
		expect(part('[data-results]').hidden).toBe(true);
		expect(text(part('[data-next]'))).toBe('See my score');
		expect(document.activeElement).toBe(part('[data-next]'));
		click('[data-next]');
		expect(visibleQuestions()).toEqual([]);
		expect(part('[data-stepper]').hidden).toBe(true);
		expect(part('[data-step-nav]').hidden).toBe(true);
		expect(part('[data-results]').hidden).toBe(false);
		expect(document.activeElement).toBe(part('[data-results]'));
		expect(text(part('[data-score]'))).toBe(scoreText(5, 7));
		expect(part('[data-celebration]').hidden).toBe(true);
		expect(part('[data-to-review]').hidden).toBe(false);
		expect(reviewLinks()).toEqual([
			['How to spot it', '/lessons/sample/#spot'],
			['If you clicked', '/lessons/sample/#clicked'],
		]);
		expect(part('[data-retry-missed]').hidden).toBe(false);
		expect(part('[data-retry]').hidden).toBe(false);
		expect(root().querySelectorAll('[data-review-list] li')).toHaveLength(8);
		expect(storedRecord()).toMatchObject({ best: 5, total: 7, attempts: 1 });
	});

	test('retry only the missed ones: those alone, one per screen, in a new order; right answers kept; the round scored on its own', () => {
		answerAll(['multi', 'match', 'num']);
		for (const q of quiz.questions) check(q.id);
		click('[data-next]');
		expect(reviewLinks()).toEqual([
			['How to spot it', '/lessons/sample/#spot'],
			['Read the lesson again', '/lessons/sample/'],
		]);
		const firstSeed = seedFrom(`${QUIZ_ID}/1000`);
		expect(shownOptions('multi')).toEqual(shuffled(['a', 'b', 'c', 'd'], firstSeed ^ seedFrom('multi')));
		vi.spyOn(Date, 'now').mockReturnValue(5_000);
		click('[data-retry-missed]');
		const seed = seedFrom(`${QUIZ_ID}/5000/${firstSeed}`);
		expect(storedRecord()!.current!.seed).toBe(seed);
		expect(shownOptions('multi')).toEqual(shuffled(['a', 'b', 'c', 'd'], seed ^ seedFrom('multi')));
		expect(shownOptions('multi')).not.toEqual(shuffled(['a', 'b', 'c', 'd'], firstSeed ^ seedFrom('multi')));
		expect(visibleQuestions()).toEqual(['multi']);
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 3');
		expect(text(part('[data-score]'))).toBe('');
		expect(part('[data-results]').hidden).toBe(true);
		expect(question('multi').querySelectorAll('input:checked')).toHaveLength(0);
		expect(question('single').querySelector<HTMLInputElement>('input[value="b"]')!.checked).toBe(true);
		choose('multi', 'a', 'd');
		check('multi');
		click('[data-next]');
		expect(visibleQuestions()).toEqual(['match']);
		select('match', { x: 'x', y: 'y', z: 'z' });
		check('match');
		click('[data-next]');
		type('num', '13');
		check('num');
		click('[data-next]');
		expect(text(part('[data-score]'))).toBe(scoreText(2, 3));
		expect(reviewLinks()).toEqual([['Read the lesson again', '/lessons/sample/']]);
		expect(root().querySelectorAll('[data-review-list] li')).toHaveLength(3);
		// Only whole attempts count as the quiz's score.
		expect(storedRecord()).toMatchObject({ attempts: 1 });
		click('[data-retry-missed]');
		expect(visibleQuestions()).toEqual(['num']);
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 1');
	});

	test('a good score is celebrated; all right, in other words', () => {
		answerAll(['num']);
		for (const q of quiz.questions) check(q.id);
		click('[data-next]');
		expect(part('[data-celebration]').hidden).toBe(false);
		expect(text(part('[data-celebration]'))).toBe(`★ ${english['ogoh.quiz.celebrateGood']}`);
		expect(part('[data-to-review]').hidden).toBe(true);
		click('[data-retry]');
		expect(visibleQuestions()).toEqual(['single']);
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 8');
		answerAll();
		for (const q of quiz.questions) check(q.id);
		click('[data-next]');
		expect(text(part('[data-celebration]'))).toBe(`★ ${english['ogoh.quiz.celebratePerfect']}`);
		expect(part('[data-retry-missed]').hidden).toBe(true);
		expect(storedRecord()).toMatchObject({ best: 7, attempts: 2 });
	});
});

describe('after a reload (a phone closes the tab, the learner comes back)', () => {
	beforeEach(() => {
		setViewport({ width: 360, height: 740 });
		show(lessonHtml);
	});
	afterEach(() => setViewport({ width: 1024, height: 768 }));
	const verdict = (id: string) => text(question(id).querySelector('[data-verdict]'));

	test('the questions checked keep their feedback, and the quiz opens at the first one not checked', () => {
		choose('single', 'b');
		check('single');
		click('[data-next]');
		choose('multi', 'a');
		check('multi');
		click('[data-next]');
		choose('tf', 'true');
		show(lessonHtml);
		expect(visibleQuestions()).toEqual(['tf']);
		expect(text(part('[data-step-count]'))).toBe('Question 3 of 8');
		expect(question('tf').querySelector<HTMLInputElement>('input[value="true"]')!.checked).toBe(true);
		expect(verdict('tf')).toBe('');
		expect([verdict('single'), verdict('multi')]).toEqual([english['ogoh.quiz.correct'], english['ogoh.quiz.partial']]);
		expect(question('multi').querySelector<HTMLInputElement>('input')!.disabled).toBe(true);
		expect(question('multi').querySelector<HTMLElement>('[data-actions]')!.hidden).toBe(true);
		click('[data-previous]');
		expect(visibleQuestions()).toEqual(['multi']);
	});

	test('a round of the missed ones stays that round, and finishing it records no attempt of the whole quiz', () => {
		answerAll(['tf', 'num']);
		for (const q of quiz.questions) check(q.id);
		click('[data-next]');
		expect(storedRecord()).toMatchObject({ best: 5, attempts: 1 });
		click('[data-retry-missed]');
		choose('tf', 'false');
		check('tf');
		show(lessonHtml);
		expect(visibleQuestions()).toEqual(['num']);
		expect(text(part('[data-step-count]'))).toBe('Question 2 of 2');
		expect(verdict('tf')).toBe(english['ogoh.quiz.correct']);
		type('num', '112');
		check('num');
		click('[data-next]');
		expect(text(part('[data-score]'))).toBe(scoreText(2, 2));
		expect(storedRecord()).toMatchObject({ best: 5, attempts: 1 });
		click('[data-retry]');
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 8');
		show(lessonHtml);
		expect(text(part('[data-step-count]'))).toBe('Question 1 of 8');
		expect(verdict('single')).toBe('');
	});
});

describe('on a wide screen', () => {
	beforeEach(() => show(lessonHtml));

	test('every question at once; the results as soon as the last is checked; a retry of the missed shows only those', () => {
		expect(root().dataset.mode).toBe('page');
		expect(visibleQuestions()).toHaveLength(8);
		expect(part('[data-stepper]').hidden).toBe(true);
		answerAll(['tf']);
		for (const q of quiz.questions) check(q.id);
		expect(part('[data-results]').hidden).toBe(false);
		expect(document.activeElement).toBe(part('[data-results]'));
		expect(text(part('[data-score]'))).toBe(scoreText(6, 7));
		expect(reviewLinks()).toEqual([['If you clicked', '/lessons/sample/#clicked']]);
		click('[data-retry-missed]');
		expect(visibleQuestions()).toEqual(['tf']);
		expect(part('[data-results]').hidden).toBe(true);
		expect(part('[data-retry-missed]').hidden).toBe(true);
		choose('tf', 'false');
		check('tf');
		expect(text(part('[data-score]'))).toBe(scoreText(1, 1));
		expect(text(part('[data-celebration]'))).toBe(`★ ${english['ogoh.quiz.celebratePerfect']}`);
		click('[data-retry]');
		expect(visibleQuestions()).toHaveLength(8);
	});

	test('a window narrowed to a phone\'s width switches to one question per screen, and back', () => {
		setViewport({ width: 360, height: 740 });
		expect(root().dataset.mode).toBe('step');
		expect(visibleQuestions()).toEqual(['single']);
		click('[data-next]');
		expect(visibleQuestions()).toEqual(['multi']);
		choose('multi', 'b');
		check('multi');
		const hiddenFeedback = () => [...question('multi').querySelectorAll<HTMLElement>('[data-feedback], [data-feedback-text]')].filter((f) => f.hidden).length;
		// c: neither feedback nor its text; a and d (right, not chosen): the mark without the text.
		expect(hiddenFeedback()).toBe(4);
		setViewport({ width: 1024, height: 768 });
		expect(root().dataset.mode).toBe('page');
		expect(hiddenFeedback()).toBe(0);
		expect(visibleQuestions()).toHaveLength(8);
		expect(part('[data-stepper]').hidden).toBe(true);
		expect(part('[data-step-nav]').hidden).toBe(true);
	});
});

describe('review my mistakes (review-schedule.ts)', () => {
	const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
	const key = () => root().dataset.key!;
	const today = () => localDay(new Date());
	const stored = () => loadProgress(browserStorage()).review;
	afterEach(() => setURL('https://ogoh.test/quizzes/dom-quiz/'));
	beforeEach(async () => {
		// Notes of the tests before, saved when the review part had loaded, are not this test's.
		await new Promise((resolve) => setTimeout(resolve, 300));
		localStorage.clear();
		show(html);
	});

	test('questions missed come back tomorrow, and the results say when', async () => {
		answerAll(['tf', 'num']);
		// "How sure are you?" (the confidence question's markup): not sure, for a right answer.
		question('single').insertAdjacentHTML('beforeend', '<fieldset data-confidence><input type="radio" name="c" value="sure"><input type="radio" name="c" value="unsure" checked></fieldset>');
		question('multi').insertAdjacentHTML('beforeend', '<fieldset data-confidence><input type="radio" name="d" value="sure" checked><input type="radio" name="d" value="unsure"></fieldset>');
		for (const q of quiz.questions) check(q.id);
		const tomorrow = addDays(today(), 1);
		// The review part of the quiz loads when first needed.
		await vi.waitFor(() => expect(part('[data-comes-back]').hidden).toBe(false));
		expect(stored()).toEqual(['single', 'tf', 'num'].map((question) => ({ quiz: QUIZ_ID, key: key(), question, stage: 0, due: tomorrow })));
		const comesBack = part('[data-comes-back]');
		expect(comesBack.hidden).toBe(false);
		expect(text(comesBack.querySelector('[data-comes-back-text]'))).toBe(`Questions to practise again on ${formatLongDate(tomorrow, 'en')}: 3.`);
		expect(comesBack.querySelector('a')!.getAttribute('href')).toBe('/review/');
	});

	test('all right and sure: nothing comes back', async () => {
		answerAll();
		for (const q of quiz.questions) check(q.id);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(stored()).toEqual([]);
		expect(part('[data-comes-back]').hidden).toBe(true);
	});

	test('?review= opens a round of those questions; right when due moves the item to 3 days', async () => {
		const due = { quiz: QUIZ_ID, key: key(), stage: 0, due: today() };
		saveProgress(browserStorage(), { ...emptyProgress(), review: [{ ...due, question: 'tf' }, { ...due, question: 'num' }] });
		setURL('https://ogoh.test/quizzes/dom-quiz/?review=num,tf,gone');
		show(html);
		await vi.waitFor(() => expect(visibleQuestions()).toEqual(['tf', 'num']));
		answerAll(['num']);
		check('tf');
		check('num');
		await vi.waitFor(() => expect(stored()).toHaveLength(2));
		await vi.waitFor(() => expect(stored()[0]!.stage).toBe(1));
		expect(stored()).toEqual([
			{ ...due, question: 'tf', stage: 1, due: addDays(today(), 3) },
			{ ...due, question: 'num', due: addDays(today(), 1) },
		]);
		expect(text(part('[data-score]'))).toBe(scoreText(1, 2));
		// A review round is not an attempt at the whole quiz.
		expect(storedRecord()).toMatchObject({ attempts: 0, current: { round: ['tf', 'num'] } });
	});
});

describe('"How sure are you?"', () => {
	beforeEach(() => show(lessonHtml));
	const sure = (id: string, value: 'sure' | 'unsure') => {
		question(id).querySelector<HTMLInputElement>(`[data-confidence] input[value="${value}"]`)!.checked = true;
		question(id).dispatchEvent(new Event('change', { bubbles: true }));
	};
	const note = (id: string) => question(id).querySelector<HTMLElement>('[data-confidence-note]')!;
	const notes = () => quiz.questions.map((q) => (note(q.id).hidden ? '' : text(note(q.id))));
	const shownOptionText = (id: string, option: string) => `${'ABCDEF'[shownOptions(id).indexOf(option)]}. Option ${option.toUpperCase()}`;
	const confidenceChosen = (id: string) => question(id).querySelector<HTMLInputElement>('[data-confidence] input:checked')?.value;

	test('asked under every graded question, labelled, and not under a scenario', () => {
		const asked = quiz.questions.filter((q) => question(q.id).querySelector('[data-confidence]')).map((q) => q.id);
		expect(asked).toEqual(['single', 'multi', 'tf', 'match', 'order', 'short', 'num']);
		const field = question('single').querySelector('[data-confidence]')!;
		expect(text(field.querySelector('legend'))).toBe(english['ogoh.quiz.howSure']);
		expect([...field.querySelectorAll('label')].map(text)).toEqual([english['ogoh.quiz.sure'], english['ogoh.quiz.notSure']]);
	});

	test('four cases of feedback; the results count the confident mistakes and list them first; the record keeps the unsure ones', () => {
		answerAll(['single', 'multi', 'tf']);
		choose('multi', 'a');
		sure('single', 'sure');
		sure('multi', 'sure');
		sure('tf', 'unsure');
		sure('match', 'unsure');
		sure('order', 'sure');
		for (const q of quiz.questions) check(q.id);
		expect(notes()).toEqual([
			english['ogoh.quiz.wrongSure'],
			english['ogoh.quiz.wrongSure'],
			english['ogoh.quiz.wrongUnsure'],
			english['ogoh.quiz.rightUnsure'],
			english['ogoh.quiz.rightSure'],
			'',
			'',
			'',
		]);
		// The note comes before the answer and explanation it introduces.
		expect(question('match').querySelector('[data-reveal]')!.firstElementChild).toBe(note('match'));
		expect(question('single').querySelector<HTMLInputElement>('[data-confidence] input')!.disabled).toBe(true);
		expect(part('[data-to-review]').hidden).toBe(false);
		expect(part('[data-confident]').hidden).toBe(false);
		expect(text(part('[data-confident-count]'))).toBe(english['ogoh.quiz.confidentCount']!.replace('{{count}}', '2'));
		const mistakes = [...root().querySelectorAll<HTMLElement>('[data-confident-mistake]')];
		expect(mistakes.map((item) => [item.dataset.confidentMistake, text(item)])).toEqual([
			['single', 'Which one?'],
			['multi', 'Which ones?'],
		]);
		// Before the sections to review.
		const firstSection = root().querySelector('[data-review-for]:not([hidden])')!;
		expect(mistakes[0]!.compareDocumentPosition(firstSection) & 4).toBe(4); // DOCUMENT_POSITION_FOLLOWING
		// The review says what was answered, not how sure.
		expect(text(root().querySelector('[data-review-list] .review-yours'))).toBe(`✗ ${english['ogoh.quiz.yourAnswerLabel']}: ${shownOptionText('single', 'a')}`);
		expect(storedRecord()).toEqual({ best: 4.5, total: 7, attempts: 1, key: expect.any(String), updated: expect.any(String), unsure: ['tf', 'match'] });
	});

	test('kept with the attempt: after a reload the choices and the feedback are as they were', () => {
		choose('single', 'a');
		sure('single', 'sure');
		check('single');
		choose('tf', 'true');
		sure('tf', 'unsure');
		expect(storedRecord()?.current).toMatchObject({ checked: ['single'], sure: ['single'], unsure: ['tf'] });
		show(lessonHtml);
		expect([confidenceChosen('single'), confidenceChosen('tf'), confidenceChosen('multi')]).toEqual(['sure', 'unsure', undefined]);
		expect(text(note('single'))).toBe(english['ogoh.quiz.wrongSure']);
		expect(note('tf').hidden).toBe(true);
		// The answer's state is the answer alone.
		expect(storedRecord()?.current?.answers.tf).toEqual(['true']);
	});

	test('optional: a question checked without it has no note; without an answer, it does not count as one', () => {
		sure('single', 'sure');
		check('single');
		expect(text(question('single').querySelector('[data-verdict]'))).toBe(english['ogoh.quiz.chooseFirst']);
		expect(note('single').hidden).toBe(true);
		choose('tf', 'false');
		check('tf');
		expect(text(question('tf').querySelector('[data-verdict]'))).toBe(english['ogoh.quiz.correct']);
		expect(note('tf').hidden).toBe(true);
	});

	test('a new try asks again: choices and notes cleared; with no confident mistake the list is hidden', () => {
		answerAll(['single']);
		sure('single', 'sure');
		for (const q of quiz.questions) check(q.id);
		click('[data-retry-missed]');
		expect(confidenceChosen('single')).toBeUndefined();
		expect(note('single').hidden).toBe(true);
		expect(question('single').querySelector<HTMLInputElement>('[data-confidence] input')!.disabled).toBe(false);
		choose('single', 'b');
		check('single');
		expect(part('[data-confident]').hidden).toBe(true);
		expect(part('[data-to-review]').hidden).toBe(true);
	});
});
