/**
 * <ogoh-classroom> in a DOM (happy-dom): slides one at a time, reveal, tally of raised hands and
 * the summary chart, from the strings and data the page passes in.
 */
import { Window } from 'happy-dom';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

const slide = (id: string, graded: boolean, options: [string, boolean][]) => `
<li class="classroom-slide" data-slide="${id}" data-graded="${graded}">
	<h2>${id}</h2>
	<ul>${options.map(([option, right]) => `<li data-option="${option}" data-right="${right}"><input data-tally="${option}" />${graded && !right ? `<label data-sure-field hidden><input data-sure-tally="${option}" /></label>` : ''}</li>`).join('')}</ul>
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
			<li class="classroom-slide" data-summary-slide hidden><div data-chart></div><table><tbody data-summary-rows></tbody></table>
				<p data-no-sure hidden>none sure</p><div data-sure-chart></div><table data-sure-table hidden><tbody data-sure-rows></tbody></table></li>
		</ol>
		<p data-sure-hint hidden>hint</p>
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
function tally(slideId: string, counts: Record<string, string>, field = 'data-tally') {
	for (const [option, count] of Object.entries(counts)) root().querySelector<HTMLInputElement>(`[data-slide="${slideId}"] [${field}="${option}"]`)!.value = count;
}
const cells = (selector: string) => [...root().querySelectorAll(`${selector} tr`)].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
const shown = (selector: string) => [...root().querySelectorAll<HTMLElement>(selector)].map((element) => !element.hidden);
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

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
		expect(shown('[data-no-sure], [data-sure-table]')).toEqual([true, false]);
		expect(root().querySelectorAll('[data-sure-chart] .classroom-bar')).toHaveLength(0);
	});

	test('"sure" hands on wrong answers: asked after the reveal, with the keys explained', () => {
		expect(shown('[data-sure-field]')).toEqual([false, false]);
		expect(shown('[data-sure-hint]')).toEqual([false]);
		click('[data-reveal]');
		expect(shown('[data-sure-field]')).toEqual([true, true]);
		expect(shown('[data-sure-hint]')).toEqual([true]);
		click('[data-next]');
		expect(shown('[data-sure-field], [data-sure-hint]')).toEqual([false, false, false]);
	});

	test('Enter in a tally field goes back to the slides, so Space moves on again; other keys there do not move', () => {
		const stage = root().querySelector<HTMLElement>('[data-stage]')!;
		stage.tabIndex = -1;
		const field = root().querySelector<HTMLInputElement>('[data-slide="one"] [data-tally="a"]')!;
		field.focus();
		key(field, ' ');
		expect(root().hasAttribute('data-revealed')).toBe(false);
		key(field, 'Escape');
		expect(document.activeElement).toBe(field);
		key(field, 'Enter');
		expect(document.activeElement).toBe(stage);
		key(stage, ' ');
		expect(root().hasAttribute('data-revealed')).toBe(true);
		const sure = root().querySelector<HTMLInputElement>('[data-slide="one"] [data-sure-tally="a"]')!;
		sure.focus();
		key(sure, 'Enter');
		expect(document.activeElement).toBe(stage);
	});

	test('the summary maps the hands that were sure but wrong, highest first, with bars as a share of the highest', () => {
		tally('one', { a: '5', b: '10' });
		tally('one', { a: '2' }, 'data-sure-tally');
		tally('two', { right: '4', wrong: '6' });
		tally('two', { wrong: '4' }, 'data-sure-tally');
		for (let i = 0; i < 3; i++) click('[data-next]');
		expect(cells('[data-sure-rows]')).toEqual([
			['3', '4', '6'],
			['1', '2', '5'],
		]);
		const bars = [...root().querySelectorAll<HTMLElement>('[data-sure-chart] .classroom-bar')].map((bar) => [bar.firstElementChild!.textContent, bar.querySelector<HTMLElement>('.classroom-bar-fill')!.style.width, bar.lastElementChild!.textContent]);
		expect(bars).toEqual([
			['3', '100%', '4'],
			['1', '50%', '2'],
		]);
		expect(shown('[data-no-sure], [data-sure-table]')).toEqual([false, true]);
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
