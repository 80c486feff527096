/** <starlight-theme-select>: Starlight's element, with the storage guarded (src/lib/theme.ts). */
import { browserStorage } from '../../lib/browser-storage.ts';
import { loadTheme, parseTheme, storeTheme, type Theme } from '../../lib/theme.ts';

declare global {
	interface Window {
		StarlightThemeProvider: { updatePickers(theme?: Theme): void };
	}
}

const preferred = (): 'light' | 'dark' => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

function onThemeChange(theme: Theme): void {
	window.StarlightThemeProvider.updatePickers(theme);
	document.documentElement.dataset.theme = theme === 'auto' ? preferred() : theme;
	storeTheme(browserStorage(), theme);
}

matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
	if (loadTheme(browserStorage()) === 'auto') onThemeChange('auto');
});

class OgohThemeSelect extends HTMLElement {
	constructor() {
		super();
		onThemeChange(loadTheme(browserStorage()));
		this.querySelector('select')?.addEventListener('change', (event) => {
			if (event.currentTarget instanceof HTMLSelectElement) onThemeChange(parseTheme(event.currentTarget.value));
		});
	}
}

if (!customElements.get('starlight-theme-select')) customElements.define('starlight-theme-select', OgohThemeSelect);
