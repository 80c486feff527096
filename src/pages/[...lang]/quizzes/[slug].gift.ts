import type { APIRoute } from 'astro';
import { quizToGift } from '../../../lib/export-gift.ts';
import type { Locale } from '../../../lib/locales.ts';
import { getQuizzes, localizedStaticPaths, type Localized } from '../../../site/content.ts';

export const getStaticPaths = () => localizedStaticPaths(getQuizzes);

export const GET: APIRoute = ({ props }) => {
	const { locale, item } = props as { locale: Locale; item: Localized<'quizzes'> };
	return new Response(quizToGift(item.entry.data, item.slug, locale), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
