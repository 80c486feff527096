/**
 * Curriculum entries for a page in a given language, falling back to English where a
 * translation is missing. This is the only place pages read collections from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../lib/locales.ts';
import { withFallback, type WithFallback } from '../lib/fallback.ts';
import { buildSidebar, type SidebarItem } from '../lib/sidebar.ts';
import { paths } from '../lib/routes.ts';
import type { Audience, Topic } from '../lib/schemas.ts';
import { href } from './url.ts';

type CurriculumCollection = 'lessons' | 'quizzes' | 'courses' | 'glossary' | 'simulators';

export type Localized<C extends CurriculumCollection> = WithFallback<CollectionEntry<C>>;

async function localized<C extends CurriculumCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
	return withFallback((await getCollection(collection)) as CollectionEntry<C>[], locale);
}

const buildCache = new Map<string, Promise<unknown>>();

/**
 * In a build, each list is made once per language instead of once per page: every page carries
 * the sidebar, so per-page work over all lessons would grow with pages x lessons. (In dev the
 * content can change between requests, so nothing is kept.) Callers must not mutate the lists.
 */
function oncePerBuild<T>(key: string, make: () => Promise<T>): Promise<T> {
	if (!import.meta.env.PROD) return make();
	let value = buildCache.get(key) as Promise<T> | undefined;
	if (!value) buildCache.set(key, (value = make()));
	return value;
}

const byOrderThenTitle = (a: { entry: { data: { order?: number; title: string } } }, b: typeof a) =>
	(a.entry.data.order ?? 100) - (b.entry.data.order ?? 100) || a.entry.data.title.localeCompare(b.entry.data.title);

export const getLessons = (locale: Locale) =>
	oncePerBuild(`lessons:${locale}`, async () => (await localized('lessons', locale)).sort(byOrderThenTitle));
export const getQuizzes = (locale: Locale) => oncePerBuild(`quizzes:${locale}`, () => localized('quizzes', locale));
export const getSimulators = (locale: Locale) =>
	oncePerBuild(`simulators:${locale}`, async () => (await localized('simulators', locale)).sort(byOrderThenTitle));

/** The simulators that practise a lesson, in list order. */
export async function simulatorsForLesson(locale: Locale, lesson: string): Promise<Localized<'simulators'>[]> {
	return (await getSimulators(locale)).filter((simulator) => simulator.entry.data.lessons.includes(lesson));
}
/** The lessons a simulator belongs to, with their links (its debrief links them). */
export async function simulatorLessons(locale: Locale, lessons: readonly string[]): Promise<{ href: string; title: string; topic: Topic; audience: Audience }[]> {
	const found = await Promise.all(lessons.map((lesson) => bySlug(getLessons(locale), lesson)));
	return found
		.filter((lesson) => lesson !== undefined)
		.map((lesson) => ({ href: href(paths.lesson(locale, lesson.slug)), title: lesson.entry.data.title, topic: lesson.entry.data.topic, audience: lesson.entry.data.audience }));
}
export const getCourses = (locale: Locale) =>
	oncePerBuild(`courses:${locale}`, async () => (await localized('courses', locale)).sort(byOrderThenTitle));
export const getGlossary = (locale: Locale) =>
	oncePerBuild(`glossary:${locale}`, async () =>
		(await localized('glossary', locale)).sort((a, b) => a.entry.data.term.localeCompare(b.entry.data.term, locale))
	);

const indexes = new WeakMap<object, Map<string, unknown>>();

/**
 * The item with this slug. A page looking up its lesson or quiz must not search every item: with
 * N pages doing so the build grows with N². The index is made once per list, and the lists are
 * made once per build.
 */
export async function bySlug<T extends { slug: string }>(items: Promise<T[]>, slug: string | undefined): Promise<T | undefined> {
	const list = await items;
	let index = indexes.get(list) as Map<string, T> | undefined;
	if (!index) indexes.set(list, (index = new Map(list.map((item) => [item.slug, item]))));
	return slug === undefined ? undefined : index.get(slug);
}

/** Each glossary word's text by its id, in a language. */
export const getTermNames = (locale: Locale) =>
	oncePerBuild(`term-names:${locale}`, async () => new Map((await getGlossary(locale)).map((term) => [term.slug, term.entry.data.term])));

const TERM_TAG = /<Term id="([^"]+)"/g;

/** The lessons that use a glossary word, as a key term or in a <Term> in the text, in lesson order. */
export async function lessonsUsingTerm(locale: Locale, term: string): Promise<Localized<'lessons'>[]> {
	const index = await oncePerBuild(`term-lessons:${locale}`, async () => {
		const byTerm = new Map<string, Localized<'lessons'>[]>();
		for (const lesson of await getLessons(locale)) {
			const terms = new Set([...lesson.entry.data.keyTerms, ...[...(lesson.entry.body ?? '').matchAll(TERM_TAG)].map((m) => m[1]!)]);
			for (const id of terms) byTerm.set(id, [...(byTerm.get(id) ?? []), lesson]);
		}
		return byTerm;
	});
	return index.get(term) ?? [];
}

/** The `lang` route parameter: undefined for English at the root. */
export function langParam(locale: Locale): string | undefined {
	return locale === SOURCE_LOCALE ? undefined : locale;
}

/** getStaticPaths for a page that exists once per locale. */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** One static path per locale and item, for pages such as /uz/lessons/<slug>/. */
export async function localizedStaticPaths<C extends CurriculumCollection>(
	load: (locale: Locale) => Promise<Localized<C>[]>
) {
	const all = await Promise.all(
		LOCALES.map(async (locale) =>
			(await load(locale)).map((item) => ({ params: { lang: langParam(locale), slug: item.slug }, props: { locale, item } }))
		)
	);
	return all.flat();
}

type Translate = App.Locals['t'];

export function sidebarFor(locale: Locale, t: Translate): Promise<SidebarItem[]> {
	return oncePerBuild(`sidebar:${locale}`, async () => makeSidebar(locale, t));
}

async function makeSidebar(locale: Locale, t: Translate): Promise<SidebarItem[]> {
	const lessons = await getLessons(locale);
	return buildSidebar(
		lessons.map(({ slug, entry }) => ({ slug, title: entry.data.title, topic: entry.data.topic })),
		{
			lessons: t('ogoh.nav.lessons'),
			quizzes: t('ogoh.nav.quizzes'),
			simulators: t('ogoh.nav.simulators'),
			courses: t('ogoh.nav.courses'),
			glossary: t('ogoh.nav.glossary'),
			teachers: t('ogoh.nav.teachers'),
			assignments: t('ogoh.nav.assignments'),
			topics: { drugs: t('ogoh.topic.drugs'), cyber: t('ogoh.topic.cyber') },
		}
	);
}
