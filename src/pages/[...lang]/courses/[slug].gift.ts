import type { APIRoute } from 'astro';
import { quizzesToGift } from '../../../lib/export-gift.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getCourses, localizedStaticPaths, type Localized } from '../../../site/content.ts';
import { courseQuizzes } from '../../../site/course-bank.ts';

export const getStaticPaths = () => localizedStaticPaths(getCourses);

export const GET: APIRoute = async ({ props }) => {
	const { locale, item } = props as { locale: Locale; item: Localized<'courses'> };
	const body = quizzesToGift(await courseQuizzes(item.entry.data, locale), locale);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
