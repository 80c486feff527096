/**
 * <ogoh-sim-class>: plays the server-rendered storyboard (SimClassroom.astro) on a projector, one
 * step at a time. The chat so far is copied into a log above the current step; the teacher types
 * the hands per letter, reveals where each choice leads (the hands drawn as bars), and follows the
 * choice the class picks. Keys as in quiz classroom mode (tally.ts): Space or → reveal, then follow
 * the choice with most hands; 1–9 follow that choice; ← one step back. Announced politely; focus
 * moves to the new step. At an ending: the path with the hands per step, and the debrief.
 */
import { fill } from '../../lib/fill.ts';
import { digitChoice, follow, handBars, leadingChoice, newRun, runSummary, stepBack, type ClassRun } from '../../lib/sim-class.ts';
import { storyboardNumbers, walk, type SimulatorGraph } from '../../lib/simulator.ts';
import { classroomMove } from '../../lib/tally.ts';
import { tallyBar } from '../tally-bar.ts';
import { readSimulator } from './simulator-data.ts';

const STRING_KEYS = ['follow', 'classChose', 'nowAt', 'revealed', 'noHands', 'notMajority'] as const;

class OgohSimClass extends HTMLElement {
	#strings = {} as Record<(typeof STRING_KEYS)[number], string>;
	#graph: SimulatorGraph = { start: '', steps: {} };
	#numbers = new Map<string, number>();
	#run = newRun();
	#revealed = false;

	connectedCallback(): void {
		const data = readSimulator(this, STRING_KEYS);
		if (!data) return; // The storyboard stays readable.
		({ strings: this.#strings, graph: this.#graph } = data);
		this.#numbers = storyboardNumbers(this.#graph);
		this.#el('[data-enhanced]').hidden = false;
		this.#el('[data-controls]').hidden = false;
		this.#el('[data-start]').addEventListener('click', () => this.#start());
		this.#el('[data-reveal]').addEventListener('click', () => this.#reveal());
		this.#el('[data-back]').addEventListener('click', () => this.#go(stepBack(this.#run)));
		this.#el('[data-restart]').addEventListener('click', () => this.#restart());
		this.addEventListener('keydown', (event) => this.#onKey(event));
		this.addEventListener('input', () => this.#drawBars());
		// On the projector a step's arrows are revealed, not followed: the class's choice moves on.
		for (const link of this.querySelectorAll('[data-dest]')) link.addEventListener('click', (event) => event.preventDefault());
		this.toggleAttribute('data-playing', true);
		this.#render(false);
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
		return root.querySelector<T>(selector)!;
	}

	#current(): HTMLElement {
		return this.#el(`[data-step="${CSS.escape(walk(this.#graph, this.#run.choices).current)}"]`);
	}

	#choicesOf(step: Element): HTMLElement[] {
		return [...step.querySelectorAll<HTMLElement>('[data-choice]')];
	}

	#typed(step: Element): string[] {
		return this.#choicesOf(step).map((choice) => this.#el<HTMLInputElement>('[data-tally]', choice).value);
	}

	#start(): void {
		const stage = this.#el('[data-stage]');
		// Full screen is a nicety: some browsers or kiosk settings refuse it.
		stage.requestFullscreen?.().catch(() => undefined);
		this.#go(newRun());
	}

	#onKey(event: KeyboardEvent): void {
		const target = event.target as HTMLElement;
		// A focused button or link does what it says on Space and Enter.
		if (target.matches('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
		const inField = target.matches('input, select, textarea');
		const move = classroomMove(event.key, inField);
		const state = walk(this.#graph, this.#run.choices);
		if (move === 'back') {
			event.preventDefault();
			this.#go(stepBack(this.#run));
		} else if (move === 'forward') {
			event.preventDefault();
			if (state.outcome) return;
			if (!this.#revealed) return this.#reveal();
			const lead = leadingChoice(this.#typed(this.#current()));
			if (lead === undefined) this.#announce(this.#strings.noHands);
			else this.#follow(lead);
		} else if (!inField && this.#revealed) {
			const index = digitChoice(event.key, this.#choicesOf(this.#current()).length);
			if (index === undefined) return;
			event.preventDefault();
			this.#follow(index);
		}
	}

	#announce(text: string): void {
		this.#el('[data-class-status]').textContent = text;
	}

	#follow(index: number): void {
		const next = follow(this.#graph, this.#run, index, this.#typed(this.#current()));
		if (next !== this.#run) this.#go(next);
	}

	#restart(): void {
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-tally]')) input.value = '';
		this.#go(newRun());
	}

	#go(run: ClassRun): void {
		this.#run = run;
		this.#render(true);
	}

	/** Shows the current step after the chat so far; `announce` moves focus to it (after a move, not on page load). */
	#render(announce: boolean): void {
		const state = walk(this.#graph, this.#run.choices);
		for (const step of this.querySelectorAll<HTMLElement>('[data-step]')) step.hidden = step.dataset.step !== state.current;
		const log = this.#el('[data-log]');
		log.replaceChildren();
		state.choices.forEach((choiceId, i) => {
			const step = this.#el(`[data-step="${CSS.escape(state.steps[i]!)}"]`);
			for (const message of step.querySelectorAll('[data-message]')) log.append(message.cloneNode(true));
			const choice = this.#el(`[data-choice="${CSS.escape(choiceId)}"]`, step);
			const line = document.createElement('li');
			line.className = 'sim-action';
			line.textContent = fill(this.#strings.classChose, { letter: choice.dataset.letter!, choice: this.#el('[data-choice-text]', choice).textContent ?? '' });
			log.append(line);
		});
		log.hidden = state.choices.length === 0;
		this.#setRevealed(false);
		this.#el<HTMLButtonElement>('[data-back]').disabled = state.choices.length === 0;
		this.#el('[data-reveal]').hidden = Boolean(state.outcome);
		this.#el('[data-summary]').hidden = !state.outcome;
		this.#el('[data-debrief]').hidden = !state.outcome;
		if (state.outcome) this.#summarise();
		if (!announce) return;
		const title = state.outcome ? this.#el('[data-summary-title]') : this.#el('[data-step-title]', this.#current());
		const outcome = this.#current().querySelector('[data-outcome-title]');
		this.#announce(outcome ? outcome.textContent ?? '' : fill(this.#strings.nowAt, { number: this.#numbers.get(state.current) ?? '' }));
		title.tabIndex = -1;
		title.focus();
	}

	#setRevealed(revealed: boolean): void {
		this.#revealed = revealed;
		this.toggleAttribute('data-revealed', revealed);
		for (const link of this.querySelectorAll<HTMLElement>('[data-dest]')) link.hidden = !revealed;
		const buttons = this.#el('[data-follow]');
		buttons.replaceChildren(
			...(revealed ? this.#choicesOf(this.#current()) : []).map((choice, index) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'ogoh-button';
				button.textContent = fill(this.#strings.follow, { letter: choice.dataset.letter! });
				button.addEventListener('click', () => this.#follow(index));
				return button;
			})
		);
		this.#drawBars();
	}

	#reveal(): void {
		const focused = document.activeElement === this.#el('[data-reveal]');
		this.#setRevealed(true);
		this.#el('[data-reveal]').hidden = true;
		this.#announce(this.#strings.revealed);
		// The Reveal button is gone: focus goes on to the first choice to follow.
		if (focused) this.#el<HTMLButtonElement>('[data-follow] button').focus();
	}

	/** The hands per letter as bars, once revealed (typed hands update them). */
	#drawBars(): void {
		for (const bar of this.querySelectorAll('[data-bar]')) bar.replaceChildren();
		if (!this.#revealed) return;
		const step = this.#current();
		const bars = handBars(this.#typed(step));
		this.#choicesOf(step).forEach((choice, i) => {
			this.#el('[data-bar]', choice).append(tallyBar(choice.dataset.letter!, bars[i]!.share, `${bars[i]!.count}`));
		});
	}

	#summarise(): void {
		const { rows } = runSummary(this.#graph, this.#numbers, this.#run);
		this.#el('[data-path-rows]').replaceChildren(
			...rows.map((row) => {
				const choices = this.#choicesOf(this.#el(`[data-step="${CSS.escape(row.step)}"]`));
				const chosen = choices[row.chosen]!;
				const tr = document.createElement('tr');
				tr.dataset.pathStep = row.step;
				const cells = [
					`${row.number}`,
					`${chosen.dataset.letter}. ${this.#el('[data-choice-text]', chosen).textContent}${row.majority ? '' : ` ${this.#strings.notMajority}`}`,
					choices.map((choice, i) => `${choice.dataset.letter} ${row.hands[i] ?? 0}`).join(' · '),
				];
				for (const text of cells) {
					const td = document.createElement('td');
					td.textContent = text;
					tr.append(td);
				}
				return tr;
			})
		);
	}
}

if (!customElements.get('ogoh-sim-class')) customElements.define('ogoh-sim-class', OgohSimClass);
