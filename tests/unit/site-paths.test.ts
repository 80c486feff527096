import { describe, expect, test } from 'vitest';
import { formatLongDate } from '../../src/lib/dates.ts';
import { wholePageFallback, withFallback } from '../../src/lib/fallback.ts';
import { localeOfTag, localizedPath, splitLocale } from '../../src/lib/locales.ts';
import { paths, sitePaths } from '../../src/lib/routes.ts';
import { buildSidebar, SIDEBAR_LESSONS_PER_TOPIC } from '../../src/lib/sidebar.ts';
import { internalLinks } from '../../src/lib/validate-content.ts';

describe('paths', () => {
	test('English lives at the root, other languages under a prefix', () => {
		expect(localizedPath('en', 'lessons', 'x')).toBe('/lessons/x/');
		expect(localizedPath('uz')).toBe('/uz/');
		expect(paths.quiz('ru', 'phishing-links')).toBe('/ru/quizzes/phishing-links/');
		expect(paths.familyCard('kk', 'alcohol')).toBe('/kk/lessons/alcohol/family/');
		expect(paths.glossaryTerm('uz', 'phishing')).toBe('/uz/glossary/#phishing');
	});
	test('localeOfTag reads a page lang or browser language, the whole tag first', () => {
		// The search dialog read `uz-Cyrl` as Uzbek (Latin) when it took the first two letters.
		expect(localeOfTag('uz-Cyrl')).toBe('uz-cyrl');
		expect(localeOfTag('UZ-cyrl-UZ')).toBe('uz-cyrl');
		expect(localeOfTag('uz_Cyrl')).toBe('uz-cyrl');
		expect(localeOfTag('uz')).toBe('uz');
		expect(localeOfTag('uz-Latn-UZ')).toBe('uz');
		expect(localeOfTag(' kk ')).toBe('kk');
		expect(localeOfTag('ru-RU')).toBe('ru');
		expect(localeOfTag('en-GB')).toBe('en');
		expect(localeOfTag('en')).toBe('en');
		expect(localeOfTag('de')).toBeUndefined();
		expect(localeOfTag('uzb')).toBeUndefined();
		expect(localeOfTag('')).toBeUndefined();
	});
	test('splitLocale finds the language of a path', () => {
		expect(splitLocale('/uz/lessons/x/')).toEqual({ locale: 'uz', rest: '/lessons/x/' });
		expect(splitLocale('/ru')).toEqual({ locale: 'ru', rest: '/' });
		expect(splitLocale('/uzbek-history/')).toEqual({ locale: 'en', rest: '/uzbek-history/' });
	});
	test('sitePaths lists the pages the routes build', () => {
		const all = sitePaths({ lessons: ['a'], quizzes: ['q'], courses: ['c'] });
		expect(all).toContain('/lessons/a/');
		expect(all).toContain('/lessons/a/teacher/');
		expect(all).toContain('/lessons/a/family/');
		expect(all).toContain('/quizzes/q/');
		expect(all).toContain('/courses/c/');
		expect(all).toContain('/audience/12-14/');
		expect(all).not.toContain('/lessons/b/');
		expect(all).toContain('/simulators/');
		expect(all).not.toContain('/simulators/s/');
		const simulators = sitePaths({ lessons: [], quizzes: [], courses: [], simulators: ['s'] });
		for (const path of ['/simulators/s/', '/simulators/s/classroom/', '/simulators/s/storyboard/']) expect(simulators).toContain(path);
		expect(paths.simulatorClassroom('ru', 's')).toBe('/ru/simulators/s/classroom/');
		expect(paths.simulatorStoryboard('uz', 's')).toBe('/uz/simulators/s/storyboard/');
	});
});

describe('internal links in MDX', () => {
	test('finds markdown links and href attributes, not external links', () => {
		const body = '[a](/lessons/x/) [b](https://example.org/) <a href="/ru/quizzes/y/">c</a> [d](/glossary/#term "title")';
		expect(internalLinks(body)).toEqual(['/lessons/x/', '/ru/quizzes/y/', '/glossary/#term']);
	});
});

describe('translations with fallback', () => {
	const entries = [{ id: 'en/a' }, { id: 'en/b' }, { id: 'uz/a' }, { id: 'uz/orphan' }];
	test('uses the translation when there is one, else English marked as fallback', () => {
		expect(withFallback(entries, 'uz')).toEqual([
			{ slug: 'a', entry: { id: 'uz/a' }, isFallback: false },
			{ slug: 'b', entry: { id: 'en/b' }, isFallback: true },
		]);
	});
	test('English is never a fallback', () => {
		expect(withFallback(entries, 'en').every((e) => !e.isFallback)).toBe(true);
	});
	test('a glossary is a fallback page only when no term is translated', () => {
		expect(wholePageFallback(withFallback(entries, 'ru'))).toBe(true);
		expect(wholePageFallback(withFallback(entries, 'uz'))).toBe(false);
		expect(wholePageFallback(withFallback(entries, 'en'))).toBe(false);
		expect(wholePageFallback([])).toBe(false);
	});
});

describe('sidebar', () => {
	test('groups lessons by topic with locale-less links', () => {
		const sidebar = buildSidebar(
			[
				{ slug: 'p', title: 'Phishing', topic: 'cyber' },
				{ slug: 'r', title: 'Refusal', topic: 'drugs' },
			],
			{ lessons: 'L', quizzes: 'Q', courses: 'C', glossary: 'G', teachers: 'T', assignments: 'A', topics: { drugs: 'Drugs', cyber: 'Cyber' } }
		);
		expect(sidebar).toEqual([
			{ label: 'L', link: '/lessons/' },
			{ label: 'Drugs', items: [{ label: 'Refusal', link: '/lessons/r/' }] },
			{ label: 'Cyber', items: [{ label: 'Phishing', link: '/lessons/p/' }] },
			{ label: 'Q', link: '/quizzes/' },
			{ label: 'C', link: '/courses/' },
			{ label: 'G', link: '/glossary/' },
			{ label: 'T', link: '/teachers/' },
			{ label: 'A', link: '/assignments/new/' },
		]);
	});
	test('a topic with many lessons links to its topic page instead of listing them all', () => {
		const many = Array.from({ length: SIDEBAR_LESSONS_PER_TOPIC + 1 }, (_, i) => ({ slug: `c${i}`, title: `C${i}`, topic: 'cyber' as const }));
		const labels = { lessons: 'L', quizzes: 'Q', courses: 'C', glossary: 'G', teachers: 'T', assignments: 'A', topics: { drugs: 'Drugs', cyber: 'Cyber' } };
		const sidebar = buildSidebar([...many, { slug: 'r', title: 'Refusal', topic: 'drugs' }], labels);
		expect(sidebar[1]).toEqual({ label: 'Drugs', items: [{ label: 'Refusal', link: '/lessons/r/' }] });
		expect(sidebar[2]).toEqual({ label: 'Cyber', link: '/topics/cyber/' });
	});
});

describe('long dates', () => {
	test('are written the same way in every browser', () => {
		expect(formatLongDate('2026-12-20', 'en')).toBe('December 20, 2026');
		expect(formatLongDate('2026-12-20', 'ru')).toBe('20 декабря 2026 г.');
		expect(formatLongDate('2026-12-20', 'uz')).toBe('20-dekabr, 2026');
		expect(formatLongDate(new Date('2026-01-01T00:00:00Z'), 'uz')).toBe('1-yanvar, 2026');
	});
});

describe('fill', () => {
	test('fills known placeholders and leaves unknown ones', async () => {
		const { fill } = await import('../../src/lib/fill.ts');
		expect(fill('You scored {score} out of {total}.', { score: 4.5, total: 6 })).toBe('You scored 4.5 out of 6.');
		expect(fill('{a} {b}', { a: '<b>' })).toBe('<b> {b}');
	});
});
