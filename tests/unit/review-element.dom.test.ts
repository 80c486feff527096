/**
 * <ogoh-review> (the "review my mistakes" page) in happy-dom, with the page's markup: what is due
 * by quiz with a link to a round of those questions, what comes later by day, and the empty state.
 */
import { Window } from 'happy-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyProgress, saveProgress, browserStorage } from '../../src/lib/progress.ts';
import type { ReviewItem } from '../../src/lib/review-schedule.ts';

const QUIZZES = [
	{ id: 'drugs', key: 'd1', title: 'Drugs quiz', href: '/ru/quizzes/drugs/' },
	{ id: 'scams', key: 'k1', title: 'Scams quiz', href: '/ru/quizzes/scams/' },
];
const STRINGS = { practise: 'Повтори эти вопросы ({count})', laterItem: '{date} — вопросов: {count}' };
const attr = (value: unknown) => JSON.stringify(value).replace(/"/g, '&quot;');
const PAGE = `<ogoh-review data-locale="ru" data-quizzes="${attr(QUIZZES)}" data-strings="${attr(STRINGS)}">
	<p data-empty hidden>Nothing today</p>
	<section data-due hidden><h2>Due</h2><ul data-due-list></ul></section>
	<section data-later hidden><h2>Later</h2><ul data-later-list></ul></section>
</ogoh-review>`;

beforeAll(async () => {
	const window = new Window({ url: 'https://ogoh.test/ru/review/' });
	for (const name of ['window', 'document', 'customElements', 'HTMLElement', 'localStorage']) {
		Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name as keyof Window], configurable: true, writable: true });
	}
	await import('../../src/components/review/review-element.ts');
});
beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2026, 11, 2, 9, 0));
});
afterEach(() => {
	vi.useRealTimers();
	document.body.innerHTML = '';
});

/** Parsed first, then connected with its children, as a browser does with a module script. */
function show() {
	const template = document.createElement('template');
	template.innerHTML = PAGE;
	document.body.replaceChildren(template.content);
}
const part = (selector: string) => document.querySelector<HTMLElement>(selector)!;
const item = (quiz: string, key: string, question: string, due: string): ReviewItem => ({ quiz, key, question, stage: 0, due });

describe('<ogoh-review>', () => {
	test('nothing stored: only "nothing to review today"', () => {
		show();
		expect([part('[data-empty]').hidden, part('[data-due]').hidden, part('[data-later]').hidden]).toEqual([false, true, true]);
	});

	test('due today by quiz in the site order, each with a round of its questions; later ones by day; other quizzes and keys left out', () => {
		const review = [
			item('scams', 'k1', 'q5', '2026-12-02'),
			item('drugs', 'd1', 'q1', '2026-12-01'),
			item('scams', 'k1', 'q2', '2026-11-30'),
			item('scams', 'k1', 'q3', '2026-12-05'),
			item('drugs', 'd1', 'q4', '2026-12-05'),
			item('drugs', 'd1', 'q6', '2026-12-03'),
			item('gone', 'g', 'q1', '2026-12-01'),
			item('scams', 'old', 'q9', '2026-12-01'),
		];
		saveProgress(browserStorage(), { ...emptyProgress(), review });
		show();
		const groups = [...document.querySelectorAll('[data-due-list] li')].map((li) => [li.querySelector('span')!.textContent, li.querySelector('a')!.textContent, li.querySelector('a')!.getAttribute('href')]);
		expect(groups).toEqual([
			['Drugs quiz', 'Повтори эти вопросы (1)', '/ru/quizzes/drugs/?review=q1'],
			['Scams quiz', 'Повтори эти вопросы (2)', '/ru/quizzes/scams/?review=q5,q2'],
		]);
		expect([...document.querySelectorAll('[data-later-list] li')].map((li) => li.textContent)).toEqual(['3 декабря 2026 г. — вопросов: 1', '5 декабря 2026 г. — вопросов: 2']);
		expect([part('[data-empty]').hidden, part('[data-due]').hidden, part('[data-later]').hidden]).toEqual([true, false, false]);
	});

	test('only later ones: "nothing today" and the later list', () => {
		saveProgress(browserStorage(), { ...emptyProgress(), review: [item('scams', 'k1', 'q5', '2026-12-03')] });
		show();
		expect([part('[data-empty]').hidden, part('[data-due]').hidden, part('[data-later]').hidden]).toEqual([false, true, false]);
		expect(document.querySelectorAll('[data-due-list] li')).toHaveLength(0);
	});
});
