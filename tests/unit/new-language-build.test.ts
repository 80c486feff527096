/**
 * The "add a language" experiment, automated: a copy of the project with ONE entry added to
 * src/lib/languages.ts (a throw-away fifth language, Tajik, marked partial) and an EMPTY strings
 * file (src/content/i18n/tg.json = {}), built from the small fixture curriculum with the content
 * check on. Every page must exist in that language, fall
 * back to English with the notice, carry the right lang attribute, stay out of search, and get its
 * own service worker and manifest.
 *
 * The entry is written into the copy's languages.ts rather than passed as OGOH_EXTRA_LANGUAGE: the
 * variable reaches only the build's Node side, while the entry also reaches the browser scripts
 * (the language suggestion), as a real new language does.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../astro-build.ts';
import { FIXTURES, TAJIK } from '../fixture-tree.ts';

let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const NOTICE = 'This content is not available in your language yet.';

/**
 * The project without its curriculum and tests, plus the fixture curriculum, in a folder inside
 * the checkout (.tmp/, git-ignored): there it finds node_modules as a project would (a symlinked
 * node_modules confuses Astro's compiler cache).
 */
function projectWithNewLanguage(): string {
	mkdirSync('.tmp', { recursive: true });
	const root = mkdtempSync(join(process.cwd(), '.tmp/new-language-'));
	for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(name, join(root, name), { recursive: true });
	cpSync(join(FIXTURES, 'valid/content'), join(root, 'content'), { recursive: true });
	const languages = join(root, 'src/lib/languages.ts');
	const source = readFileSync(languages, 'utf8');
	const end = '] as const satisfies readonly LanguageDefinition[];';
	expect(source).toContain(end);
	writeFileSync(languages, source.replace(end, `\t${JSON.stringify(TAJIK)},\n${end}`));
	writeFileSync(join(root, 'src/content/i18n/tg.json'), '{}\n');
	return root;
}

describe('a fifth language from one entry and an empty strings file', () => {
	let root = '';
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	beforeAll(() => {
		root = projectWithNewLanguage();
		dist = join(root, 'dist');
		const { status, output } = astroBuild(root, dist, {}, 240_000, root);
		expect(status, output).toBe(0);
		// The content check ran and let the missing UI strings, glossary terms and helpline texts fall back.
		expect(output).toContain('content check passed');
	}, 300_000);

	test('the home page exists in it, and every home page links to it', () => {
		expect(page('tg')).toContain('<html lang="tg"');
		expect(page('')).toMatch(/<a href="\/tg\/" lang="tg" hreflang="tg"[^>]*>\s*Тоҷикӣ\s*<\/a>/);
	});

	test('lessons and quizzes fall back to English, with the notice, out of search', () => {
		for (const path of ['tg/lessons/sample', 'tg/quizzes/sample']) {
			const html = page(path);
			expect(html, path).toContain('<html lang="tg"');
			expect(html, path).toContain(NOTICE);
			expect(html, path).toMatch(/<div lang="en"/);
			expect(html, path).not.toContain('data-pagefind-body');
		}
		expect(page('tg/lessons/sample')).toContain('Sample lesson');
	});

	test('the glossary falls back too, with the notice, out of search', () => {
		const html = page('tg/glossary');
		expect(html).toContain('<html lang="tg"');
		expect(html).toContain(NOTICE);
		expect(html).toMatch(/<div id="peer-pressure" lang="en"/);
		expect(html).not.toContain('data-pagefind-body');
	});

	test('links inside a fallback lesson stay in the language', () => {
		expect(page('tg/lessons/sample')).toContain('href="/tg/glossary/#peer-pressure"');
	});

	test('the help block: country names from the English strings, helpline texts in English marked lang="en"', () => {
		const html = page('tg/lessons/sample');
		expect(html).toMatch(/<h3[^>]*>Kazakhstan<\/h3>/);
		expect(html).toMatch(/<strong lang="en"[^>]*>Single emergency number<\/strong>\. <span lang="en"[^>]*>Any emergency\.<\/span>/);
		expect(page('uz/lessons/sample')).toMatch(/<h3[^>]*>Qozogʻiston<\/h3>/);
		expect(page('uz/lessons/sample')).toMatch(/<strong[^>]*>Yagona favqulodda raqam<\/strong>\. <span[^>]*>Har qanday favqulodda holat\.<\/span>/);
		expect(page('uz/lessons/sample')).not.toMatch(/<strong lang=/);
	});

	test('the browser scripts know it too (the language suggestion offers it)', () => {
		const scripts = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.js'));
		// Minified as {code:`tg`,lang:`tg`,…}.
		expect(scripts.filter((name) => readFileSync(join(dist, '_astro', name), 'utf8').match(/code:["'`]tg["'`]/)).length).toBeGreaterThan(0);
	});

	test('its own service worker, offline page, manifest and 404 page', () => {
		expect(existsSync(join(dist, 'tg/sw.js'))).toBe(true);
		expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('/tg/offline/index.html');
		expect(JSON.parse(readFileSync(join(dist, 'tg/manifest.webmanifest'), 'utf8'))).toMatchObject({ lang: 'tg', start_url: '/tg/' });
		expect(existsSync(join(dist, 'tg/404.html'))).toBe(true);
		expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain('/tg/*');
	});

	test('the other languages are unchanged', () => {
		expect(page('uz/lessons/sample')).not.toContain('Bu sahifa hali oʻzbek tiliga tarjima qilinmagan.');
		expect(page('uz/lessons/sample')).toContain('data-pagefind-body');
	});
});
