/**
 * <ogoh-language-suggestion>: on the English home page, shows the banner (already in the page, in
 * its own language) for the first of the browser's languages the site has, until dismissed.
 */
import { browserStorage } from '../../lib/browser-storage.ts';
import { dismissSuggestion, suggestedLocale, suggestionDismissed } from '../../lib/language-suggestion.ts';
import { isLocale } from '../../lib/locales.ts';

class OgohLanguageSuggestion extends HTMLElement {
	connectedCallback(): void {
		const page = this.dataset.locale;
		if (!isLocale(page) || suggestionDismissed(browserStorage())) return;
		const locale = suggestedLocale(navigator.languages ?? [navigator.language], page);
		const banner = locale && this.querySelector<HTMLElement>(`[data-ogoh-language-suggestion="${locale}"]`);
		if (!banner) return;
		banner.hidden = false;
		const remember = () => dismissSuggestion(browserStorage());
		banner.querySelector('a')?.addEventListener('click', remember);
		banner.querySelector('button')?.addEventListener('click', () => {
			remember();
			banner.hidden = true;
		});
	}
}

if (!customElements.get('ogoh-language-suggestion')) customElements.define('ogoh-language-suggestion', OgohLanguageSuggestion);
