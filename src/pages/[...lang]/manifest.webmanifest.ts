import type { APIRoute } from 'astro';
import en from '../../content/i18n/en.json' with { type: 'json' };
import ru from '../../content/i18n/ru.json' with { type: 'json' };
import uz from '../../content/i18n/uz.json' with { type: 'json' };
import type { Locale } from '../../lib/locales.ts';
import { webManifest } from '../../lib/web-manifest.ts';
import { localeStaticPaths } from '../../site/content.ts';

export const getStaticPaths = localeStaticPaths;

const descriptions: Record<Locale, string> = {
	en: en['ogoh.app.description'],
	uz: uz['ogoh.app.description'],
	ru: ru['ogoh.app.description'],
};

export const GET: APIRoute = ({ props }) => {
	const { locale } = props as { locale: Locale };
	const manifest = webManifest(locale, import.meta.env.BASE_URL.replace(/\/$/, ''), descriptions[locale]);
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'Content-Type': 'application/manifest+json' } });
};
