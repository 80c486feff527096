import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertData, convertLesson, converterFor, fillGeneratedTexts, GENERATED_LANGUAGES, relink, writeGeneratedLanguages } from '../../src/lib/generated-language.ts';
import { language } from '../../src/lib/languages.ts';

const root = join(import.meta.dirname, '../..');
const cyr = converterFor(language('uz-cyrl'), root);

describe('Uzbek Cyrillic generated from Uzbek Latin', () => {
	test('is the one generated language', () => {
		expect(GENERATED_LANGUAGES.map(({ code, lang, label, generatedFrom }) => ({ code, lang, label, generatedFrom }))).toEqual([
			{ code: 'uz-cyrl', lang: 'uz-Cyrl', label: 'Ўзбекча', generatedFrom: 'uz' },
		]);
		expect(() => converterFor(language('ru'), root)).toThrow('src/lib/languages.ts: no converter for the generated language "ru"');
	});

	test('the strings file keeps every placeholder a program fills in ([SEARCH_TERM], {count}) as the source writes it', () => {
		const source = JSON.parse(readFileSync(join(root, 'src/content/i18n/uz.json'), 'utf8')) as Record<string, string>;
		const generated = convertData(source, cyr) as Record<string, string>;
		const placeholders = (text: string) => (text.match(/\[[A-Z_]+\]|\{[A-Za-z_.]+\}/g) ?? []).sort();
		const withPlaceholders = Object.keys(source).filter((key) => placeholders(source[key]!).length > 0);
		expect(withPlaceholders.length).toBeGreaterThan(20);
		for (const key of withPlaceholders) expect(placeholders(generated[key]!), key).toEqual(placeholders(source[key]!));
	});

	test('converts text, keeps ids, answers, sources and URLs; short-text answers and search terms in both scripts', () => {
		const quiz = {
			title: 'Oʻzingizni tekshiring',
			lesson: 'alcohol',
			searchTerms: ['aroq'],
			questions: [
				{ id: 'q1', type: 'single', prompt: 'Nima qilasiz?', answer: 'a', options: [{ id: 'a', text: 'Yoʻq', feedback: 'Toʻgʻri' }] },
				{ id: 'q2', type: 'short-text', prompt: 'Yozing', answers: ['ikki', 'IKKI'] },
				{ id: 'q3', type: 'numeric', prompt: 'Nechta?', answer: 112, unit: 'ta' },
			],
			sources: [{ title: 'Yoshlar', url: 'https://example.uz/yoshlar' }],
			keyTerms: ['peer-pressure'],
			topic: 'drugs',
			audience: { ages: ['12-14'], roles: ['student'], summary: 'Yoshlar' },
			lastReviewed: '2026-12-01',
			flag: true,
			nothing: null,
		};
		expect(convertData(quiz, cyr)).toEqual({
			title: 'Ўзингизни текширинг',
			lesson: 'alcohol',
			searchTerms: ['ароқ', 'aroq'],
			questions: [
				{ id: 'q1', type: 'single', prompt: 'Нима қиласиз?', answer: 'a', options: [{ id: 'a', text: 'Йўқ', feedback: 'Тўғри' }] },
				{ id: 'q2', type: 'short-text', prompt: 'Ёзинг', answers: ['ikki', 'IKKI', 'икки', 'ИККИ'] },
				{ id: 'q3', type: 'numeric', prompt: 'Нечта?', answer: 112, unit: 'та' },
			],
			sources: [{ title: 'Yoshlar', url: 'https://example.uz/yoshlar' }],
			keyTerms: ['peer-pressure'],
			topic: 'drugs',
			audience: { ages: ['12-14'], roles: ['student'], summary: 'Ёшлар' },
			lastReviewed: '2026-12-01',
			flag: true,
			nothing: null,
		});
	});

	test('myth-or-fact cards: claims and explanations converted, ids and verdicts kept', () => {
		const cards = { mythsAndFacts: [{ id: 'beer', claim: '«Pivo yengil»', verdict: 'myth', explanation: 'Afsona' }, { id: 'fact', claim: 'Ha', verdict: 'fact', explanation: 'Toʻgʻri' }] };
		expect(convertData(cards, cyr)).toEqual({ mythsAndFacts: [{ id: 'beer', claim: '«Пиво енгил»', verdict: 'myth', explanation: 'Афсона' }, { id: 'fact', claim: 'Ҳа', verdict: 'fact', explanation: 'Тўғри' }] });
	});

	test('links to the source language point to the generated one', () => {
		expect(relink('[Dars](/uz/lessons/x/) <a href="/uz/quizzes/y/"> /uz/z [e](/uzbek/)', 'uz', 'uz-cyrl')).toBe(
			'[Dars](/uz-cyrl/lessons/x/) <a href="/uz-cyrl/quizzes/y/"> /uz/z [e](/uzbek/)'
		);
	});

	test('a lesson: front matter and body', () => {
		const lesson = '---\ntitle: Salom\nquiz: alcohol\n---\n\nMatn [dars](/uz/lessons/x/).\n';
		expect(convertLesson(lesson, cyr, 'uz', 'uz-cyrl')).toBe('---\ntitle: Салом\nquiz: alcohol\n---\n\nМатн [дарс](/uz-cyrl/lessons/x/).\n');
		expect(convertLesson('Salom [a](/uz/b/)', cyr, 'uz', 'uz-cyrl')).toBe('Салом [а](/uz-cyrl/b/)');
	});

	test('helpline texts get the generated language from the source one, unless written', () => {
		expect(fillGeneratedTexts({ en: 'Police', uz: 'Politsiya' }, root)).toEqual({ en: 'Police', uz: 'Politsiya', 'uz-cyrl': 'Полиция' });
		expect(fillGeneratedTexts({ en: 'Police', uz: 'Politsiya', 'uz-cyrl': 'Милиция' }, root)['uz-cyrl']).toBe('Милиция');
		expect(fillGeneratedTexts({ en: 'Police' }, root)).toEqual({ en: 'Police' });
	});

	test('writes the content folders and the strings file, removing stale files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'generated-'));
		mkdirSync(join(dir, 'content/lessons/uz'), { recursive: true });
		mkdirSync(join(dir, 'content/glossary/uz'), { recursive: true });
		mkdirSync(join(dir, 'content/quizzes/uz-cyrl'), { recursive: true });
		mkdirSync(join(dir, 'src/content/i18n'), { recursive: true });
		writeFileSync(join(dir, 'content/lessons/uz/a.mdx'), '---\ntitle: Yoʻl\n---\nYoʻl\n');
		writeFileSync(join(dir, 'content/glossary/uz/b.yaml'), 'term: Xavf\ndefinition: Xavfli narsa\n');
		writeFileSync(join(dir, 'content/quizzes/uz-cyrl/stale.yaml'), 'title: x\n');
		mkdirSync(join(dir, 'content/lessons/uz-cyrl'));
		writeFileSync(join(dir, 'content/lessons/uz-cyrl/stale.mdx'), 'x');
		writeFileSync(join(dir, 'src/content/i18n/uz.json'), '{"search.label": "Qidiruv", "ogoh.quiz.score": "{{score}} ta"}');
		const long = 'Xavfli narsa '.repeat(10).trim();
		writeFileSync(join(dir, 'content/glossary/uz/long.yaml'), `term: Xavf\ndefinition: ${long}\n`);
		writeGeneratedLanguages(dir, dir);
		// Long texts stay on one line (no folding).
		expect(readFileSync(join(dir, 'content/glossary/uz-cyrl/long.yaml'), 'utf8')).toBe(`term: Хавф\ndefinition: ${'Хавфли нарса '.repeat(10).trim()}\n`);
		expect(readFileSync(join(dir, 'src/content/i18n/uz-Cyrl.json'), 'utf8')).toBe('{\n\t"search.label": "Қидирув",\n\t"ogoh.quiz.score": "{{score}} та"\n}\n');
		expect(readFileSync(join(dir, 'content/lessons/uz-cyrl/a.mdx'), 'utf8')).toBe('---\ntitle: Йўл\n---\nЙўл\n');
		expect(readFileSync(join(dir, 'content/glossary/uz-cyrl/b.yaml'), 'utf8')).toBe('term: Хавф\ndefinition: Хавфли нарса\n');
		expect(existsSync(join(dir, 'content/quizzes/uz-cyrl'))).toBe(false);
		expect(readdirSync(join(dir, 'content/lessons/uz-cyrl'))).toEqual(['a.mdx']);
		expect(existsSync(join(dir, 'content/courses/uz-cyrl'))).toBe(false);
		expect(JSON.parse(readFileSync(join(dir, 'src/content/i18n/uz-Cyrl.json'), 'utf8'))).toEqual({ 'search.label': 'Қидирув', 'ogoh.quiz.score': '{{score}} та' });
		// No Uzbek home page in the project: no generated one.
		expect(existsSync(join(dir, 'src/content/docs/uz-cyrl'))).toBe(false);
	});

	test('writes the home page (src/content/docs/uz-cyrl/) from the Uzbek one: text converted, layout, imports, tags and links kept', () => {
		const dir = mkdtempSync(join(tmpdir(), 'generated-'));
		mkdirSync(join(dir, 'src/content/docs/uz/nested'), { recursive: true });
		mkdirSync(join(dir, 'src/content/docs/uz-cyrl'), { recursive: true });
		const home = [
			'---',
			'title: Salom',
			'template: splash',
			'hero: {}',
			'---',
			'',
			"import HomeAudience from '../../../components/home/HomeAudience.astro';",
			'',
			'## Kimlar uchun',
			'',
			'<HomeAudience icon="students">',
			'',
			'- [Lugʻat](/uz/glossary/)',
			'',
			'</HomeAudience>',
			'',
		].join('\n');
		writeFileSync(join(dir, 'src/content/docs/uz/index.mdx'), home);
		writeFileSync(join(dir, 'src/content/docs/uz/about.md'), '---\ntitle: Biz haqimizda\n---\nYoʻl\n');
		writeFileSync(join(dir, 'src/content/docs/uz/nested/skip.mdx'), 'Yoʻl\n');
		writeFileSync(join(dir, 'src/content/docs/uz-cyrl/stale.mdx'), 'x');
		mkdirSync(join(dir, 'src/content/docs/uz-cyrl/stale-folder'));
		writeFileSync(join(dir, 'src/content/docs/uz-cyrl/stale-folder/old.mdx'), 'x');
		writeGeneratedLanguages(dir, dir);
		expect(readdirSync(join(dir, 'src/content/docs/uz-cyrl')).sort()).toEqual(['about.md', 'index.mdx']);
		expect(readFileSync(join(dir, 'src/content/docs/uz-cyrl/about.md'), 'utf8')).toBe('---\ntitle: Биз ҳақимизда\n---\nЙўл\n');
		expect(readFileSync(join(dir, 'src/content/docs/uz-cyrl/index.mdx'), 'utf8')).toBe(
			[
				'---',
				'title: Салом',
				'template: splash',
				'hero: {}',
				'---',
				'',
				"import HomeAudience from '../../../components/home/HomeAudience.astro';",
				'',
				'## Кимлар учун',
				'',
				'<HomeAudience icon="students">',
				'',
				'- [Луғат](/uz-cyrl/glossary/)',
				'',
				'</HomeAudience>',
				'',
			].join('\n')
		);
		// Run again with nothing changed: the files are left alone (a build reading them meanwhile is not disturbed).
		const generated = join(dir, 'src/content/docs/uz-cyrl/index.mdx');
		const then = new Date('2020-01-01T00:00:00Z');
		utimesSync(generated, then, then);
		writeGeneratedLanguages(dir, dir);
		expect(statSync(generated).mtime).toEqual(then);
		// A changed source is written again.
		writeFileSync(join(dir, 'src/content/docs/uz/index.mdx'), home.replace('Salom', 'Xayr'));
		writeGeneratedLanguages(dir, dir);
		expect(readFileSync(generated, 'utf8')).toContain('title: Хайр\n');
		// The Uzbek home page gone: the generated one goes too.
		rmSync(join(dir, 'src/content/docs/uz'), { recursive: true });
		writeGeneratedLanguages(dir, dir);
		expect(existsSync(join(dir, 'src/content/docs/uz-cyrl'))).toBe(false);
	});

	test('keeps a layout name as it is', () => {
		expect(convertData({ template: 'splash', title: 'Yoʻl' }, (text) => text.toUpperCase())).toEqual({ template: 'splash', title: 'YOʻL' });
	});
});
