/**
 * <ogoh-offline-status>: registers the service worker of the page's language (after the page has
 * loaded, so it never slows the first view), says whether the language is saved for offline use,
 * offers "Update now" when a new version is waiting, and an install button when the browser
 * allows one. A new version only takes over when the student asks (or closes every tab), so open
 * pages never mix two versions.
 */
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { offerReloadOnControllerChange } from '../../lib/update-notice.ts';

type State = 'idle' | 'saving' | 'ready' | 'saveData' | 'failed';
const STRING_KEYS = ['saving', 'ready', 'offlineNow', 'saveDataHint', 'failed', 'updateReady'] as const;
const isStrings = hasStrings(STRING_KEYS);
type Strings = Record<(typeof STRING_KEYS)[number], string>;

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
}

class OgohOfflineStatus extends HTMLElement {
	#state: State = 'idle';
	#strings!: Strings;
	/** Set when "Update now" was pressed in this page, which then reloads itself. */
	#updatingHere = false;
	/** Set when another tab's update put a new version in charge of this page: reload to use it. */
	#reloadNeeded = false;

	connectedCallback(): void {
		// A page opened from the offline zip (file://) cannot have a service worker.
		if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
		this.#strings = readData(this, 'data-strings', isStrings);
		this.hidden = false;
		addEventListener('online', () => this.#render());
		addEventListener('offline', () => this.#render());
		this.#offerInstall();
		this.#followUpdatesFromOtherTabs();
		if (document.readyState === 'complete') void this.#start();
		else addEventListener('load', () => void this.#start(), { once: true });
	}

	async #start(): Promise<void> {
		const scope = new URL(this.dataset.scope!, location.href).href;
		const registrations = await navigator.serviceWorker.getRegistrations();
		const existing = registrations.find((registration) => registration.scope === scope);
		const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
		if (existing) this.#track(existing);
		else if (!navigator.onLine) {
			// Offline (an offline page of a language not saved yet): registering could only fail. Later.
			addEventListener('online', () => void this.#start(), { once: true });
			this.#render();
			return;
		} else if (connection?.saveData) {
			// On a data-saving connection nothing is downloaded until the student asks.
			this.#state = 'saveData';
			const save = this.#button('save');
			save.hidden = false;
			save.addEventListener('click', () => {
				save.hidden = true;
				void this.#register(scope);
			});
		} else await this.#register(scope);
		this.#render();
	}

	async #register(scope: string): Promise<void> {
		try {
			this.#track(await navigator.serviceWorker.register(this.dataset.script!, { scope }));
		} catch {
			this.#state = 'failed';
			this.#render();
		}
	}

	#track(registration: ServiceWorkerRegistration): void {
		const watched = new WeakSet<ServiceWorker>();
		const update = () => {
			// Follow each new worker through installing, installed, activating and activated (or redundant).
			for (const worker of [registration.installing, registration.waiting]) {
				if (worker && !watched.has(worker)) {
					watched.add(worker);
					worker.addEventListener('statechange', update);
				}
			}
			if (registration.active) this.#state = 'ready';
			else this.#state = registration.installing || registration.waiting ? 'saving' : 'failed';
			// A waiting worker next to an active one is a new version of the site.
			this.#showUpdate(registration.active ? registration.waiting : null);
			this.#render();
		};
		registration.addEventListener('updatefound', update);
		update();
	}

	#showUpdate(waiting: ServiceWorker | null): void {
		const banner = this.querySelector<HTMLElement>('[data-update]')!;
		banner.hidden = !waiting && !this.#reloadNeeded;
		if (!waiting) {
			if (this.#reloadNeeded) this.#button('update').onclick = () => location.reload();
			return;
		}
		this.#button('update').onclick = () => {
			this.#updatingHere = true;
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting.postMessage({ type: 'SKIP_WAITING' });
		};
	}

	/**
	 * "Update now" in another tab puts the new worker in charge of this page too, while it still
	 * shows the old build: offer the same notice, whose button then simply reloads.
	 */
	#followUpdatesFromOtherTabs(): void {
		let before = navigator.serviceWorker.controller?.scriptURL ?? null;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			const after = navigator.serviceWorker.controller?.scriptURL ?? null;
			if (offerReloadOnControllerChange(before, after, this.#updatingHere)) {
				this.#reloadNeeded = true;
				this.#showUpdate(null);
			}
			before = after;
		});
	}

	#offerInstall(): void {
		const install = this.#button('install');
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			install.hidden = false;
			install.onclick = () => {
				install.hidden = true;
				void (event as InstallPromptEvent).prompt();
			};
		});
		addEventListener('appinstalled', () => (install.hidden = true));
	}

	#button(action: string): HTMLButtonElement {
		return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
	}

	#render(): void {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const stateText = this.#state === 'idle' ? '' : this.#state === 'saveData' ? this.#strings.saveDataHint : this.#strings[this.#state];
		status.textContent = [navigator.onLine ? '' : this.#strings.offlineNow, stateText].filter(Boolean).join(' ');
		this.dataset.state = this.#state;
	}
}

if (!customElements.get('ogoh-offline-status')) customElements.define('ogoh-offline-status', OgohOfflineStatus);
