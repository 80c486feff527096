/**
 * The colour theme the student chose (Starlight's `starlight-theme` key), read and written so that
 * blocked storage (reading throws), full storage (writing throws) or a stored value that is not a
 * theme name never break a page.
 */
export type Theme = 'auto' | 'dark' | 'light';
export const THEME_KEY = 'starlight-theme';

/** Any value to a theme name; anything else is 'auto'. */
export function parseTheme(value: unknown): Theme {
	return value === 'auto' || value === 'dark' || value === 'light' ? value : 'auto';
}

/** The stored choice, or 'auto' when there is none, storage is blocked or the value is not a theme. */
export function loadTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
	try {
		return parseTheme(storage?.getItem(THEME_KEY));
	} catch {
		return 'auto';
	}
}

/** Stores the choice ('' for auto, as Starlight does); false when the browser refused. */
export function storeTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): boolean {
	try {
		if (!storage) return false;
		storage.setItem(THEME_KEY, theme === 'light' || theme === 'dark' ? theme : '');
		return true;
	} catch {
		return false;
	}
}
