/** The web app manifest of one language: what a phone shows when Ogoh is installed as an app. */
import { language, type Locale } from './languages.ts';
import { paths } from './routes.ts';

export const THEME_COLOR = '#0b7a75';

/** Icon files (built from src/assets/logo.svg by src/pages/icons/[icon].png.ts). */
export const ICONS = {
	'icon-192': { size: 192, maskable: false },
	'icon-512': { size: 512, maskable: false },
	'maskable-512': { size: 512, maskable: true },
	'apple-touch-icon': { size: 180, maskable: true },
} as const;

/** @param base the deployment base path without a trailing slash ('' at the root) */
export function webManifest(locale: Locale, base: string, description: string) {
	return {
		// One app for every language: the id and scope are the site root; it opens in the language it was installed from.
		id: `${base}/`,
		name: 'Ogoh',
		short_name: 'Ogoh',
		description,
		lang: language(locale).lang,
		dir: language(locale).dir ?? 'ltr',
		start_url: `${base}${paths.home(locale)}`,
		scope: `${base}/`,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: THEME_COLOR,
		icons: (['icon-192', 'icon-512', 'maskable-512'] as const).map((name) => ({
			src: `${base}/icons/${name}.png`,
			sizes: `${ICONS[name].size}x${ICONS[name].size}`,
			type: 'image/png',
			purpose: ICONS[name].maskable ? 'maskable' : 'any',
		})),
	};
}
