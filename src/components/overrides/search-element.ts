/**
 * `<site-search>`: Starlight's search dialog, with Pagefind's UI reading queries the way people
 * type them (src/lib/search-text.ts). Before Pagefind's UI searches (it waits 300 ms after the
 * last key), the element plans the query with the same Pagefind instance: the normalised query
 * (Uzbek apostrophes, Uzbek Cyrillic → Latin), or, when that finds nothing, a corrected or shorter
 * one, announced as "Showing results for …". When even that finds nothing, the dialog shows the
 * topic pages and where to get help instead of an empty box.
 */
import { hasStrings, isRecord, isStringRecord } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import type { Locale } from '../../lib/locales.ts';
import type { SearchPlan } from '../../lib/search-text.ts';
import type * as SearchText from '../../lib/search-text.ts';
// @ts-expect-error Starlight's virtual module has no types outside Starlight.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

interface PagefindApi {
	options(options: object): Promise<void>;
	search(query: string, options?: object): Promise<{ results: unknown[] } | null>;
}

type PagefindUIInstance = { triggerSearch(term: string): void };

/** `showingFor` and `nothing` are ours; `pagefind` is the table of Pagefind UI's own strings. */
interface Strings {
	showingFor: string;
	nothing: string;
	pagefind: Record<string, string>;
}
const hasOwnStrings = hasStrings(['showingFor', 'nothing']);
const isStrings = (value: unknown): value is Strings => isRecord(value) && isStringRecord(value.pagefind) && hasOwnStrings(value);

const one = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

class OgohSiteSearch extends HTMLElement {
	#plans = new Map<string, Promise<SearchPlan>>();
	#settled = new Map<string, SearchPlan>();
	#pagefind: Promise<PagefindApi> | null = null;
	#words: Promise<readonly string[]> | null = null;
	#ui: PagefindUIInstance | null = null;
	#searched = new Map<string, string>();
	/** Set when the query logic loads: the language list stays out of every page's first download. */
	#locale: Locale = 'en';
	#strings: Strings = { showingFor: '', nothing: '', pagefind: {} };
	/** The query logic, loaded with Pagefind's UI, not with the page. */
	#lib: typeof SearchText | null = null;
	#libLoading: Promise<typeof SearchText> | null = null;
	#uiStarting: Promise<void> | null = null;
	#bundlePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;

	connectedCallback() {
		const openBtn = one<HTMLButtonElement>(this, 'button[data-open-modal]');
		const closeBtn = one<HTMLButtonElement>(this, 'button[data-close-modal]');
		const dialog = one<HTMLDialogElement>(this, 'dialog');
		const dialogFrame = one<HTMLElement>(this, '.dialog-frame');

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) closeModal();
		};
		const openModal = (event?: MouseEvent) => {
			// Load Pagefind with the UI's options before the first query starts it, and the word list.
			void this.#api();
			void this.#loadWords();
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			if (this.#ui) this.#searchBox()?.focus();
			else {
				// Pagefind's UI is still loading: the early box takes the focus (a phone opens its
				// keyboard only for a focus within the tap) and what is typed, until the UI takes over.
				const early = this.#earlyBox();
				if (early) {
					early.hidden = false;
					early.focus();
				}
				void this.#startUi();
			}
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};
		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				e.preventDefault();
			}
		});
		// Plan each query as it is typed, so the plan is ready when Pagefind's UI searches.
		this.addEventListener('input', (event) => {
			if (!(event.target instanceof HTMLInputElement)) return;
			if (event.target.value.trim()) void this.#plan(event.target.value);
			else this.#show(null, '');
		});

		this.#strings = readData(this, 'data-strings', isStrings);

		// Pagefind's UI (26 KB, and building it is a long task on a cheap phone) loads when the student
		// heads for search, not on every page: pointing at or focusing the button, or opening the dialog.
		for (const intent of ['pointerenter', 'pointerdown', 'focus'] as const) {
			openBtn.addEventListener(intent, () => void this.#startUi(), { once: true, passive: true });
		}
	}

	#searchBox() {
		return this.querySelector<HTMLInputElement>('#starlight__search input');
	}

	#earlyBox() {
		return this.querySelector<HTMLInputElement>('input[data-search-early]');
	}

	/** Pagefind's UI, once, on the first sign of search; then what the early box holds moves into it. */
	#startUi(): Promise<void> {
		this.#uiStarting ??= (async () => {
			// The query logic comes first: Pagefind's UI may search as soon as it exists.
			await this.#loadLib();
			// @ts-expect-error Missing types for @pagefind/default-ui package.
			const { PagefindUI } = await import('@pagefind/default-ui');
			this.#ui = new PagefindUI({
				...pagefindUserConfig,
				element: '#starlight__search',
				baseUrl: import.meta.env.BASE_URL,
				bundlePath: this.#bundlePath,
				showImages: false,
				translations: this.#strings.pagefind,
				showSubResults: true,
				// Time for the plan (a corrected or shorter query) to be ready before the UI searches.
				debounceTimeoutMs: 500,
				processTerm: (term: string) => this.#processTerm(term),
			}) as PagefindUIInstance;
			this.#handOver(this.#ui);
		})();
		return this.#uiStarting;
	}

	/** The early box's words and focus go to Pagefind's search box, and the early box goes. */
	#handOver(ui: PagefindUIInstance) {
		const early = this.#earlyBox();
		if (!early) return;
		const typed = early.value;
		const focused = document.activeElement === early;
		early.remove();
		if (typed) ui.triggerSearch(typed);
		if (focused) this.#searchBox()?.focus();
	}

	/** The same Pagefind module Pagefind's UI imports (one instance per URL), with the same options. */
	#api(): Promise<PagefindApi> {
		this.#pagefind ??= (async () => {
			const api = (await import(/* @vite-ignore */ `${this.#bundlePath}pagefind.js`)) as PagefindApi;
			// The same options as Pagefind's UI (noWorker included), set before either searches.
			await api.options({ ...pagefindUserConfig, baseUrl: import.meta.env.BASE_URL, excerptLength: 12 });
			return api;
		})();
		return this.#pagefind;
	}

	#loadLib() {
		this.#libLoading ??= import('../../lib/search-text.ts').then((lib) => {
			// The whole tag: `uz-Cyrl` is Uzbek Cyrillic, not Uzbek.
			this.#locale = lib.localeOfTag(document.documentElement.lang) ?? lib.SOURCE_LOCALE;
			return (this.#lib = lib);
		});
		return this.#libLoading;
	}

	/** The language's word list; its path needs the query logic's language list, so it waits for it. */
	#loadWords(): Promise<readonly string[]> {
		this.#words ??= this.#loadLib()
			.then((lib) => fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${lib.localePrefix(this.#locale)}/search-words.json`))
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.catch(() => []);
		return this.#words;
	}

	#plan(typed: string): Promise<SearchPlan> {
		const key = typed.trim();
		let plan = this.#plans.get(key);
		if (!plan) {
			const count = async (query: string) => {
				const api = await this.#api();
				// Pagefind answers null to a search overtaken by a newer one (the UI's): ask again.
				for (let tries = 0; tries < 20; tries++) {
					const found = await api.search(query);
					if (found) return found.results.length;
				}
				return 0;
			};
			plan = this.#loadLib().then((lib) => lib.planSearch(key, this.#locale, count, () => this.#loadWords()));
			this.#plans.set(key, plan);
			void plan.then((settled) => this.#onPlanned(settled));
		}
		return plan;
	}

	/** Pagefind's UI asks what to search for what was typed (synchronously). */
	#processTerm(term: string): string {
		const typed = term.trim();
		const plan = this.#settled.get(typed);
		// Before the plan: the query in the index's script (Latin typed on /uz-cyrl/ in Cyrillic), so the first search already loads the right index chunks.
		const lib = this.#lib;
		const query = plan ? plan.query : lib ? lib.indexQuery(lib.normalizeQuery(typed, this.#locale), [], this.#locale) : typed;
		this.#searched.set(typed, query);
		if (!plan) void this.#plan(typed);
		this.#show(plan ?? null, typed);
		return query;
	}

	#onPlanned(plan: SearchPlan) {
		this.#settled.set(plan.typed, plan);
		const input = this.#searchBox();
		if (!input || input.value.trim() !== plan.typed) return;
		const searched = this.#searched.get(plan.typed);
		if (searched !== undefined && searched !== plan.query && this.#ui) {
			// The UI searched before the plan was ready: search again (a changed term makes it run).
			const ui = this.#ui;
			ui.triggerSearch(`${input.value} `);
			setTimeout(() => ui.triggerSearch(input.value.trimEnd()), 0);
		} else if (searched !== undefined) {
			this.#show(plan, plan.typed);
		}
	}

	/** The help block, from its template, with ids of its own (a lesson page has one already). */
	#showHelp(nothing: HTMLElement) {
		const target = one<HTMLElement>(nothing, '[data-search-help-shown]');
		if (target.childElementCount) return;
		const help = one<HTMLTemplateElement>(nothing, 'template[data-search-help]').content.cloneNode(true) as DocumentFragment;
		for (const element of help.querySelectorAll('[id]')) element.id = `search-${element.id}`;
		for (const element of help.querySelectorAll('[aria-labelledby]')) element.setAttribute('aria-labelledby', `search-${element.getAttribute('aria-labelledby')}`);
		target.append(help);
	}

	/** The notice above the results and the help shown when nothing is found. */
	#show(plan: SearchPlan | null, typed: string) {
		const notice = one<HTMLElement>(this, '[data-search-notice]');
		const nothing = one<HTMLElement>(this, '[data-search-nothing]');
		const corrected = plan?.corrected === true;
		notice.hidden = !corrected;
		if (corrected) notice.textContent = fill(this.#strings.showingFor, { typed, query: plan.query });
		nothing.hidden = plan?.nothing !== true;
		if (plan?.nothing) {
			one<HTMLElement>(nothing, '[data-search-nothing-text]').textContent = fill(this.#strings.nothing, { typed });
			this.#showHelp(nothing);
		}
		// What the shown results are final for (tests and the benchmark wait for it).
		this.dataset.settled = plan ? typed : '';
	}
}

customElements.define('site-search', OgohSiteSearch);
