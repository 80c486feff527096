/**
 * The browser's storage, for the scripts every page runs (theme, assignment link, language
 * suggestion): its own module, so those pages do not download the progress format with it.
 */

/** The browser's localStorage, or undefined where it is blocked (some private modes throw). */
export function browserStorage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The localStorage key of assignment-store.ts, here so that pages can check it before loading more. */
export const ASSIGNMENTS_KEY = 'ogoh:assignments';
