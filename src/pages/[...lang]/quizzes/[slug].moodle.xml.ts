import type { APIRoute } from 'astro';
import { quizToMoodleXml } from '../../../lib/export-moodle-xml.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getQuizzes, localizedStaticPaths, type Localized } from '../../../site/content.ts';

export const getStaticPaths = () => localizedStaticPaths(getQuizzes);

export const GET: APIRoute = ({ props }) => {
	const { locale, item } = props as { locale: Locale; item: Localized<'quizzes'> };
	return new Response(quizToMoodleXml(item.entry.data, item.slug, locale), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
