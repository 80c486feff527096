/**
 * The browser sweep's plan (tests/e2e/page-sample.ts): on which pages axe reads `<main>`, and on
 * which the page is only opened because axe read one like it.
 */
import { describe, expect, test } from 'vitest';
import { markupSignatures, sweepPlan } from '../e2e/page-sample.ts';

const page = (main: string) => `<!doctype html><html lang="en"><body><header class="head"><a class="x">Home</a></header><main class="m">${main}</main></body></html>`;
const signatures = (main: string) => [...markupSignatures(page(main))].sort();

describe('markupSignatures', () => {
	test('each element in <main> as tag and classes under its parent, attribute names, inline styles; nothing outside <main>', () => {
		expect(signatures('<p class="b a" data-state="wrong">Hi <mark>you</mark></p><span style="color: red">x</span>')).toEqual(
			['body > main.m', 'main.m > p.a.b', 'main.m > span', 'p.a.b > mark', '@class', '@data-state', '@style="color: red"'].sort()
		);
	});
	test('words, ids, references and labels do not count', () => {
		expect(signatures('<p id="q1" class="a" aria-labelledby="t1">Other words</p><a href="/x/" aria-label="More">Go</a>')).toEqual(
			signatures('<p id="q2" class="a" aria-labelledby="t2">Hi</p><a href="/y/" aria-label="Less">Come</a>')
		);
	});
	test('values that change what axe says count: lang, role, type, aria states, an empty alt', () => {
		for (const [one, other] of [
			['<p lang="ru">a</p>', '<p lang="uz">a</p>'],
			['<div role="list">a</div>', '<div role="group">a</div>'],
			['<input type="text">', '<input type="radio">'],
			['<div aria-hidden="true">a</div>', '<div aria-hidden="false">a</div>'],
			['<img alt="">', '<img alt="A chart">'],
		]) {
			expect(signatures(one!), `${one} against ${other}`).not.toEqual(signatures(other!));
		}
		expect(signatures('<img alt="A chart">')).toEqual(signatures('<img alt="A map">'));
	});
	test('a link, button or heading without words, and each jump between heading levels', () => {
		expect(signatures('<a href="/"><span></span></a>')).toContain('a without words');
		expect(signatures('<a href="/"><span>Home</span></a>')).not.toContain('a without words');
		expect(signatures('<button aria-label="Close"></button>')).not.toContain('button without words');
		expect(signatures('<h2>a</h2><h4>b</h4>')).toEqual(expect.arrayContaining(['h0 → h2', 'h2 → h4']));
		expect(signatures('<h2>a</h2><h3>b</h3>')).not.toContain('h2 → h4');
	});
	test("a template's content counts too", () => {
		expect(signatures('<template><em class="t">x</em></template>')).toContain('template > em.t');
	});
});

describe('sweepPlan', () => {
	const lessons = ['alcohol', 'cannabis', 'inhalants', 'vapes', 'tobacco'].map((slug) => `/lessons/${slug}/`);
	const mains: Record<string, string> = { '/lessons/alcohol/': '<p>a</p>', '/lessons/cannabis/': '<p>b</p>', '/lessons/inhalants/': '<p>c</p><aside class="caution">!</aside>', '/lessons/vapes/': '<p>d</p>', '/lessons/tobacco/': '<table><tr><td>1</td></tr></table>' };
	const signaturesOf = (path: string) => markupSignatures(page(mains[path]!));
	test('axe reads the first page whole, then each page whose <main> has something new; a page that only repeats is opened alone', () => {
		expect(sweepPlan(lessons, {}, signaturesOf).map(({ path, axe }) => [path, axe])).toEqual([
			['/lessons/alcohol/', 'page'],
			['/lessons/cannabis/', 'none'],
			['/lessons/inhalants/', 'main'],
			['/lessons/vapes/', 'none'],
			['/lessons/tobacco/', 'main'],
		]);
	});
	test('without signatures every <main> is read, and every page whole when asked', () => {
		expect(sweepPlan(lessons).map((step) => step.axe)).toEqual(['page', 'main', 'main', 'main', 'main']);
		expect(sweepPlan(lessons, { whole: true }, signaturesOf).every((step) => step.axe === 'page')).toBe(true);
	});
	test('a page in another language is read whole first, whatever it repeats', () => {
		const plan = sweepPlan(['/lessons/alcohol/', '/ru/lessons/alcohol/'], {}, () => markupSignatures(page('<p>a</p>')));
		expect(plan.map((step) => step.axe)).toEqual(['page', 'page']);
	});
});
