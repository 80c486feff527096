/**
 * Builds the small fixture site, which has English and Uzbek but no Russian: every Russian page
 * must show the English text with Starlight's "not translated" notice and stay out of the Russian
 * search index, while the Uzbek pages are real translations that are indexed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../astro-build.ts';
import { fixtureTree } from '../fixture-tree.ts';
let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a site with a missing translation', () => {
	beforeAll(() => {
		const root = fixtureTree();
		dist = join(root, 'dist');
		const { status, output } = astroBuild(root, dist);
		expect(status, output).toBe(0);
	}, 200_000);

	test('the Russian lesson page shows the English lesson with the notice', () => {
		const html = page('ru/lessons/sample');
		expect(html).toContain('<html lang="ru"');
		expect(html).toContain('Этот текст пока не переведён на твой язык.');
		expect(html).toContain('Sample lesson');
		expect(html).toMatch(/<div lang="en"/);
	});

	test('the Russian glossary shows the English terms with the notice, out of search', () => {
		const html = page('ru/glossary');
		expect(html).toContain('<html lang="ru"');
		expect(html).toContain('Этот текст пока не переведён на твой язык.');
		expect(html).toMatch(/<div id="peer-pressure" lang="en"/);
		// A term is a search result on its own page (the list page never is), only where it is translated.
		expect(html).not.toContain('data-pagefind-body');
		expect(page('uz/glossary')).not.toContain('data-pagefind-body');
		expect(page('ru/glossary/peer-pressure')).not.toContain('data-pagefind-body');
		expect(page('uz/glossary/peer-pressure')).toContain('data-pagefind-body');
		expect(page('uz/glossary/peer-pressure')).not.toContain('Bu sahifa hali oʻzbek tiliga tarjima qilinmagan.');
	});

	test('fallback pages are not indexed for search; translated pages are', () => {
		expect(page('ru/lessons/sample')).not.toContain('data-pagefind-body');
		expect(page('ru/quizzes/sample')).not.toContain('data-pagefind-body');
		expect(page('uz/lessons/sample')).toContain('data-pagefind-body');
		expect(page('uz/lessons/sample')).not.toContain('Bu sahifa hali oʻzbek tiliga tarjima qilinmagan.');
	});

	test('each language gets its own search index, holding only its indexed pages', () => {
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexedPages = (prefix: string) =>
			readdirSync(join(dist, prefix), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.html'))
				.filter((file) => readFileSync(join(dist, prefix, file), 'utf8').includes('data-pagefind-body')).length;
		// Russian has no translated page, so no index at all: a Russian search cannot return English fallbacks.
		expect(indexedPages('ru')).toBe(0);
		expect(entry.languages.ru).toBeUndefined();
		expect(entry.languages.uz!.page_count).toBe(indexedPages('uz'));
		expect(entry.languages.uz!.page_count).toBeGreaterThan(2);
	});
});
