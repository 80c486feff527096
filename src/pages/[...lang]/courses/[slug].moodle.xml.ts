import type { APIRoute } from 'astro';
import { quizzesToMoodleXml } from '../../../lib/export-moodle-xml.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getCourses, localizedStaticPaths, type Localized } from '../../../site/content.ts';
import { courseQuizzes } from '../../../site/course-bank.ts';

export const getStaticPaths = () => localizedStaticPaths(getCourses);

export const GET: APIRoute = async ({ props }) => {
	const { locale, item } = props as { locale: Locale; item: Localized<'courses'> };
	const body = quizzesToMoodleXml(await courseQuizzes(item.entry.data, locale), locale);
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
