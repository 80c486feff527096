/**
 * The browser's storage and its keys, and the "not saved" notice, for the scripts every page or
 * every lesson runs (theme, assignment link, language suggestion, lesson done): their own module,
 * so those pages do not download the progress format (progress.ts) with them.
 */

/** The browser's localStorage, or undefined where it is blocked (some private modes throw). */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The localStorage key of the learner's progress (progress.ts, lesson-marks.ts). */
export const PROGRESS_KEY = 'ogoh:progress';

/** The localStorage key of assignment-store.ts, here so that pages can check it before loading more. */
export const ASSIGNMENTS_KEY = 'ogoh:assignments';

/**
 * Tells the learner, once per page, that this browser is not saving their progress (storage full,
 * blocked or switched off). Each feature that saves renders an empty polite status region
 * `<p role="status" data-not-saved="message in the page's language">`; the first failed save on
 * the page fills the one next to it, and the page keeps working.
 */
export function reportNotSaved(near: Element): void {
	if (document.querySelector('[data-not-saved]:not(:empty)')) return;
	const region = near.querySelector<HTMLElement>('[data-not-saved]');
	if (region) region.textContent = region.dataset.notSaved ?? '';
}
