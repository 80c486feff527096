/**
 * The built site (dist/, when present), language by language: a finished language (no `partial`
 * in src/lib/languages.ts; Kazakh and the generated Uzbek Cyrillic among them) has every page the
 * English site has, and none of them falls back to English: no "not translated" notice, no content
 * marked lang="en". The fixture build (fixture-build.test.ts) shows what a fallback looks like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, SOURCE_LOCALE } from '../../src/lib/languages.ts';

const dist = join(process.cwd(), 'dist');
const files = (() => {
	try {
		return readdirSync(dist, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.html'))
			.map((file) => file.replace(/\\/g, '/'));
	} catch {
		return [];
	}
})();
const finished = LANGUAGES.filter((language) => language.code !== SOURCE_LOCALE && !language.partial);
const prefixes = LANGUAGES.filter((language) => language.code !== SOURCE_LOCALE).map((language) => `${language.code}/`);
const english = files.filter((file) => !prefixes.some((prefix) => file.startsWith(prefix))).sort();
/** The notice, as the language's strings file words it (uz-Cyrl.json is generated from uz.json). */
const notice = (lang: string) => (JSON.parse(readFileSync(join('src/content/i18n', `${lang}.json`), 'utf8')) as Record<string, string>)['i18n.untranslatedContent']!;
/** How a fallback page wraps the English text it shows (LessonView, QuizToolPage, the glossary). */
const ENGLISH_CONTENT = /<(?:div|section|article)\b[^>]*\blang="en"/;

describe.skipIf(files.length === 0)('built site: finished languages fall back nowhere', () => {
	test('Kazakh and Uzbek Cyrillic are finished languages', () => {
		expect(finished.map((language) => language.code)).toEqual(expect.arrayContaining(['kk', 'uz-cyrl']));
		expect(english.length).toBeGreaterThan(250);
	});

	for (const { code, lang } of finished) {
		test(`${code}: every English page exists, and none shows the notice or English content`, () => {
			const own = files.filter((file) => file.startsWith(`${code}/`)).map((file) => file.slice(code.length + 1)).sort();
			expect(own).toEqual(english);
			const text = notice(lang);
			expect(text.length).toBeGreaterThan(10);
			const fallbacks = own.filter((file) => {
				const html = readFileSync(join(dist, code, file), 'utf8');
				return html.includes(text) || ENGLISH_CONTENT.test(html);
			});
			expect(fallbacks).toEqual([]);
		});
	}
});
