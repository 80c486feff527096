/**
 * <ogoh-classroom> in a DOM (happy-dom): slides one at a time, reveal, tally of raised hands and
 * the summary chart, from the strings and data the page passes in.
 */
import { Window } from 'happy-dom';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

const slide = (id: string, graded: boolean, options: [string, boolean][]) => `
<li class="classroom-slide" data-slide="${id}" data-graded="${graded}">
	<h2>${id}</h2>
	<ul>${options.map(([option, right]) => `<li data-option="${option}" data-right="${right}"><input data-tally="${option}" /></li>`).join('')}</ul>
	<div data-answer>answer ${id}</div>
</li>`;
const page = (strings: string) => `
<ogoh-classroom data-quiz-id="q" data-strings='${strings}'>
	<p data-enhanced hidden><select data-timer><option value="0">none</option><option value="30">30</option></select><button data-start>start</button></p>
	<div data-stage>
		<p data-counter></p><p data-timer-display hidden></p>
		<ol>
			${slide('one', true, [['a', false], ['b', true]])}
			${slide('scene', false, [['a', false], ['b', false]])}
			${slide('two', true, [['right', true], ['wrong', false]])}
			<li class="classroom-slide" data-summary-slide hidden><div data-chart></div><table><tbody data-summary-rows></tbody></table></li>
		</ol>
		<div data-controls hidden><button data-previous>prev</button><button data-reveal>reveal</button><button data-next>next</button></div>
	</div>
</ogoh-classroom>`;
const STRINGS = JSON.stringify({ counter: 'Question {n} of {total}', timeUp: 'Time is up', noTally: 'not counted' });

const root = () => document.querySelector<HTMLElement>('ogoh-classroom')!;
const click = (selector: string) => root().querySelector<HTMLButtonElement>(selector)!.click();
const visible = () => [...root().querySelectorAll<HTMLElement>('.classroom-slide')].filter((s) => !s.hidden).map((s) => s.dataset.slide ?? 'summary');
function show(markup: string) {
	const template = document.createElement('template');
	template.innerHTML = markup;
	document.body.replaceChildren(template.content);
}
function tally(slideId: string, counts: Record<string, string>) {
	for (const [option, count] of Object.entries(counts)) root().querySelector<HTMLInputElement>(`[data-slide="${slideId}"] [data-tally="${option}"]`)!.value = count;
}

beforeAll(async () => {
	const window = new Window({ url: 'https://ogoh.test/quizzes/q/classroom/' });
	for (const name of ['window', 'document', 'customElements', 'HTMLElement', 'Element', 'Event', 'KeyboardEvent']) {
		Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name as keyof Window], configurable: true, writable: true });
	}
	await import('../../src/components/quiz/classroom-element.ts');
});

beforeEach(() => show(page(STRINGS)));

describe('<ogoh-classroom> in the DOM', () => {
	test('one slide at a time, answers hidden until revealed, counter from the page\'s strings', () => {
		expect(visible()).toEqual(['one']);
		expect(root().querySelector('[data-counter]')!.textContent).toBe('Question 1 of 3');
		expect(root().querySelector<HTMLElement>('[data-answer]')!.hidden).toBe(true);
		click('[data-reveal]');
		expect(root().hasAttribute('data-revealed')).toBe(true);
		expect(root().querySelector<HTMLElement>('[data-answer]')!.hidden).toBe(false);
		click('[data-next]');
		expect(visible()).toEqual(['scene']);
		expect(root().hasAttribute('data-revealed')).toBe(false);
	});

	test('the summary charts the share of hands on right answers, graded questions only', () => {
		tally('one', { a: '3', b: '1' });
		tally('two', { right: '2', wrong: 'x' });
		for (let i = 0; i < 3; i++) click('[data-next]');
		expect(visible()).toEqual(['summary']);
		const rows = [...root().querySelectorAll('[data-summary-rows] tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
		expect(rows).toEqual([
			['1', '1 (25%)', '4'],
			['3', '2 (100%)', '2'],
		]);
		const bars = [...root().querySelectorAll<HTMLElement>('.classroom-bar-fill')].map((bar) => bar.style.width);
		expect(bars).toEqual(['25%', '100%']);
		expect(root().querySelector<HTMLButtonElement>('[data-next]')!.disabled).toBe(true);
	});

	test('no hands counted: the row says so', () => {
		for (let i = 0; i < 3; i++) click('[data-next]');
		const first = [...root().querySelectorAll('[data-summary-rows] tr')][0]!;
		expect([...first.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['1', 'not counted', '0']);
	});

	test('strings of the wrong shape fail with a message naming the element and attribute', () => {
		const errors: unknown[] = [];
		const onError = (event: { error?: unknown; message?: string }) => errors.push(event.error ?? event.message);
		window.addEventListener('error', onError as never);
		const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args[0]));
		try {
			show(page(JSON.stringify({ counter: 'x' })));
		} catch (error) {
			errors.push(error);
		}
		spy.mockRestore();
		expect(String(errors[0])).toContain('<ogoh-classroom data-strings>: the data does not have the expected shape');
	});
});
