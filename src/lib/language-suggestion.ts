/**
 * Which language to suggest on the English home page: the first of the browser's preferred
 * languages (navigator.languages) that the site has. Only a suggestion: the page never redirects.
 */
import { localeOfTag, type Locale } from './locales.ts';

export const SUGGESTION_DISMISSED_KEY = 'ogoh:language-suggestion-dismissed';

/**
 * The site language matching the visitor's first preferred language the site offers, when it is
 * not the page's own. `['ru-RU', 'en']` → 'ru'; `['en-US', 'ru']` → undefined (English comes first).
 */
export function suggestedLocale(preferred: readonly string[], pageLocale: Locale): Locale | undefined {
	// Longest code first: a browser set to uz-Cyrl-UZ gets Uzbek Cyrillic when the site has it.
	for (const tag of preferred) {
		const match = localeOfTag(tag);
		if (match) return match === pageLocale ? undefined : match;
	}
	return undefined;
}

/** Whether the visitor already dismissed the suggestion on this device (blocked storage: no). */
export function suggestionDismissed(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		return storage?.getItem(SUGGESTION_DISMISSED_KEY) === '1';
	} catch {
		return false;
	}
}

export function dismissSuggestion(storage: Pick<Storage, 'setItem'> | undefined): void {
	try {
		storage?.setItem(SUGGESTION_DISMISSED_KEY, '1');
	} catch {
		// Storage blocked or full: the banner simply comes back next time.
	}
}
