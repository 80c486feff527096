/**
 * <ogoh-simulator>: plays the server-rendered storyboard (Simulator.astro) as a chat. The
 * messages of each step are copied into one conversation log (role="log", so screen readers
 * announce new messages politely); the step's choices become buttons; a choice adds the learner's
 * reply (or what they did) to the chat, then the next step's messages. At an ending the outcome
 * and the debrief are shown and focused. The walk and the endings found are saved in this browser
 * (progress.ts). Without JavaScript the storyboard stays as it is: every step, its choices and
 * links to where each leads.
 */
import { fill } from '../lib/fill.ts';
import { browserStorage, loadProgress, reportNotSaved, saveProgress, saveSimulatorWalk, simulatorRecord } from '../lib/progress.ts';
import { choose, walk, type SimulatorGraph } from '../lib/simulator.ts';
import { readSimulator } from './simulator/simulator-data.ts';

const STRING_KEYS = ['you', 'youChose', 'found'] as const;
type Strings = Record<(typeof STRING_KEYS)[number], string>;

class OgohSimulator extends HTMLElement {
	#strings = {} as Strings;
	#graph: SimulatorGraph = { start: '', steps: {} };
	#choices: string[] = [];
	#log!: HTMLOListElement;
	#prompt!: HTMLElement;
	#buttons!: HTMLElement;
	#end!: HTMLElement;

	connectedCallback(): void {
		const data = readSimulator(this, STRING_KEYS);
		if (!data) return; // The storyboard stays readable.
		({ strings: this.#strings, graph: this.#graph } = data);
		const player = this.querySelector<HTMLElement>('[data-player]')!;
		this.#log = player.querySelector('[data-log]')!;
		this.#prompt = player.querySelector('[data-prompt]')!;
		this.#buttons = player.querySelector('[data-buttons]')!;
		this.#end = player.querySelector('[data-end]')!;
		player.querySelector('[data-restart]')!.addEventListener('click', () => this.#restart());
		for (const element of this.querySelectorAll<HTMLElement>('[data-storyboard-only]')) element.hidden = true;
		player.hidden = false;
		this.#choices = walk(this.#graph, simulatorRecord(loadProgress(browserStorage()), this.dataset.id!).choices).choices;
		this.#render(false);
	}

	#step(id: string): HTMLElement {
		return this.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`)!;
	}

	/** Copies a step's messages into the log. */
	#appendMessages(stepId: string): void {
		for (const message of this.#step(stepId).querySelectorAll('[data-message]')) this.#log.append(message.cloneNode(true));
	}

	/** The learner's bubble: the reply they send, or what they did. */
	#appendChoice(stepId: string, choiceId: string): void {
		const choice = this.#step(stepId).querySelector<HTMLElement>(`[data-choice="${CSS.escape(choiceId)}"]`)!;
		const reply = choice.dataset.reply;
		const item = document.createElement('li');
		item.className = reply ? 'sim-msg' : 'sim-action';
		item.dataset.from = reply ? 'you' : 'system';
		const text = choice.querySelector('[data-choice-text]')!.textContent ?? '';
		if (reply) {
			const sender = document.createElement('span');
			sender.className = 'sim-sender';
			sender.textContent = this.#strings.you;
			const body = document.createElement('p');
			body.textContent = reply;
			item.append(sender, body);
		} else item.textContent = fill(this.#strings.youChose, { choice: text });
		this.#log.append(item);
	}

	/** Shows the walk so far; `announce` moves focus to what is new (after a choice, not on page load). */
	#render(announce: boolean): void {
		const state = walk(this.#graph, this.#choices);
		this.#log.replaceChildren();
		state.steps.forEach((stepId, index) => {
			this.#appendMessages(stepId);
			const choice = state.choices[index];
			if (choice) this.#appendChoice(stepId, choice);
		});
		const step = this.#step(state.current);
		this.#buttons.replaceChildren(
			...[...step.querySelectorAll<HTMLElement>('[data-choice]')].map((choice) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'ogoh-button sim-choice';
				button.textContent = choice.querySelector('[data-choice-text]')!.textContent;
				button.addEventListener('click', () => this.#choose(choice.dataset.choice!));
				return button;
			})
		);
		this.#prompt.hidden = Boolean(state.outcome);
		const outcome = step.querySelector('[data-outcome]');
		this.#end.hidden = !outcome;
		this.querySelector<HTMLElement>('[data-debrief]')!.hidden = !outcome;
		const slot = this.#end.querySelector('[data-outcome-slot]')!;
		slot.replaceChildren(...(outcome ? [this.#endCard(outcome)] : []));
		this.#showFound();
		if (!announce) return;
		const target = outcome ? this.#end.querySelector<HTMLElement>('[data-outcome-title]') : this.#prompt.querySelector<HTMLElement>('[data-prompt-title]');
		target?.setAttribute('tabindex', '-1');
		target?.focus();
	}

	/** The outcome as the chat's ending: its title is a level-2 heading there (a level-4 one in the storyboard). */
	#endCard(outcome: Element): Node {
		const card = outcome.cloneNode(true) as HTMLElement;
		const title = card.querySelector('[data-outcome-title]')!;
		const heading = document.createElement('h2');
		heading.className = title.className;
		heading.dataset.outcomeTitle = '';
		heading.textContent = title.textContent;
		title.replaceWith(heading);
		return card;
	}

	#choose(choiceId: string): void {
		const next = choose(this.#graph, this.#choices, choiceId);
		if (!next) return;
		this.#choices = next;
		const state = walk(this.#graph, next);
		this.#save(state.outcome ? state.current : undefined);
		this.#render(true);
	}

	#restart(): void {
		this.#choices = [];
		this.#save(undefined);
		this.#render(true);
	}

	#save(ending: string | undefined): void {
		const storage = browserStorage();
		const progress = saveSimulatorWalk(loadProgress(storage), this.dataset.id!, { choices: this.#choices, ending }, new Date());
		if (!saveProgress(storage, progress)) reportNotSaved(this);
	}

	#showFound(): void {
		const endings = Object.entries(this.#graph.steps).filter(([, step]) => step.outcome).map(([id]) => id);
		const found = simulatorRecord(loadProgress(browserStorage()), this.dataset.id!).endings.filter((id) => endings.includes(id)).length;
		const line = this.querySelector<HTMLElement>('[data-found]')!;
		line.textContent = found > 0 ? fill(this.#strings.found, { found, total: endings.length }) : '';
	}
}

customElements.define('ogoh-simulator', OgohSimulator);
