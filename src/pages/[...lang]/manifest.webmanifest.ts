import type { APIRoute } from 'astro';
import { SOURCE_LOCALE, type Locale } from '../../lib/languages.ts';
import { webManifest } from '../../lib/web-manifest.ts';
import { localeStaticPaths } from '../../site/content.ts';

export const getStaticPaths = localeStaticPaths;

/** Every language's UI strings (src/content/i18n/<code>.json); a language without the description uses English's. */
const strings = import.meta.glob<Record<string, string>>('../../content/i18n/*.json', { eager: true, import: 'default' });
const description = (locale: Locale) =>
	strings[`../../content/i18n/${locale}.json`]?.['ogoh.app.description'] || strings[`../../content/i18n/${SOURCE_LOCALE}.json`]!['ogoh.app.description']!;

export const GET: APIRoute = ({ props }) => {
	const { locale } = props as { locale: Locale };
	const manifest = webManifest(locale, import.meta.env.BASE_URL.replace(/\/$/, ''), description(locale));
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'Content-Type': 'application/manifest+json' } });
};
