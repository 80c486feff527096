/** The site shell's pure logic: numbers, source languages, anchor labels, theme, language suggestion, 404 and offline routing. */
import { matchesGlob } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { relabelHeadingAnchors } from '../../src/lib/anchor-labels.ts';
import { apacheHtaccess, netlifyRedirects, nginxInclude, siteHeaders } from '../../src/lib/headers.ts';
import { dismissSuggestion, suggestedLocale, suggestionDismissed, SUGGESTION_DISMISSED_KEY } from '../../src/lib/language-suggestion.ts';
import { formatNumber } from '../../src/lib/numbers.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { isNotFoundPath, notFoundPage, offlinePlan } from '../../src/lib/offline.ts';
import { paths } from '../../src/lib/routes.ts';
import { foreignSourceLanguage, sourceLanguage } from '../../src/lib/sources.ts';
import { loadTheme, parseTheme, storeTheme, THEME_KEY } from '../../src/lib/theme.ts';
import { offerReloadOnControllerChange } from '../../src/lib/update-notice.ts';
import { megabytes, withZipSize } from '../../src/lib/zip-size.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}
const throwing = {
	getItem: (): string | null => {
		throw new DOMException('blocked', 'SecurityError');
	},
	setItem: (): void => {
		throw new DOMException('full', 'QuotaExceededError');
	},
};

describe('formatNumber', () => {
	it('uses each language\'s decimal separator', () => {
		expect(formatNumber(2.5, 'en')).toBe('2.5');
		expect(formatNumber(2.5, 'ru')).toBe('2,5');
		expect(formatNumber(2.5, 'uz')).toBe('2,5');
	});
	it('shows whole numbers without decimals and keeps at most two', () => {
		expect(formatNumber(18, 'ru')).toBe('18');
		expect(formatNumber(0.25, 'ru')).toBe('0,25');
		expect(formatNumber(1.125, 'en')).toBe('1.13');
	});
	// The formats are cached per module: a fresh one builds each format in this test, so a wrong
	// format cannot hide behind one an earlier test built (mutation testing runs one test at a time).
	it('builds one format per language and digit count, from a fresh module', async () => {
		vi.resetModules();
		const fresh = await import('../../src/lib/numbers.ts');
		expect(fresh.formatNumber(1.125, 'en')).toBe('1.13');
		expect(fresh.formatNumber(12, 'ru', 1)).toBe('12,0');
		expect(fresh.formatNumber(12, 'ru', 2)).toBe('12,00');
		expect(fresh.formatNumber(12, 'ru')).toBe('12');
		expect(fresh.formatNumber(2.345, 'en')).toBe('2.35');
	});
});

describe('the zip size on the teachers pages', () => {
	const page = (text: string) => `<p><a download>Zip</a> <span data-ogoh-zip-size hidden>${text}</span></p>`;
	it('is the built size in megabytes, one decimal, in the page language', () => {
		expect(megabytes(1_258_291, 'en')).toBe('1.2');
		expect(megabytes(1_258_291, 'ru')).toBe('1,2');
		expect(megabytes(1_258_291, 'uz')).toBe('1,2');
		expect(megabytes(12 * 1024 * 1024, 'ru')).toBe('12,0');
		expect(megabytes(1536 * 1024 * 1024, 'en')).toBe('1,536.0');
	});
	it('fills the slot and shows it', () => {
		expect(withZipSize(page('(zip, {size} МБ)'), 3 * 1024 * 1024 + 400_000, 'ru')).toBe('<p><a download>Zip</a> <span data-ogoh-zip-size>(zip, 3,4 МБ)</span></p>');
		expect(withZipSize(page('(zip, {size} MB)'), 0, 'en')).toContain('>(zip, 0.0 MB)<');
	});
	it('reports a page without the slot', () => {
		expect(withZipSize('<p>no size</p>', 1, 'en')).toBeUndefined();
		expect(withZipSize(page('(zip)'), 1, 'en')).toBeUndefined();
	});
});

describe('sourceLanguage', () => {
	it('reads the script of the title', () => {
		expect(sourceLanguage('International Standards on Drug Use Prevention')).toBe('en');
		expect(sourceLanguage('Статистика мошенничества')).toBe('ru');
		expect(sourceLanguage('Есірткі заттарының айналымы туралы')).toBe('kk');
		expect(sourceLanguage('ҚР Ішкі істер министрлігі')).toBe('kk');
		expect(sourceLanguage('Ички ишлар вазирлиги ҳузуридаги ғазна')).toBe('ru');
		expect(sourceLanguage('Oʻzbekiston Respublikasi Ichki ishlar vazirligi')).toBe('uz');
		expect(sourceLanguage("Jinoyat to'g'risida")).toBe('uz');
	});
	it('does not take an English apostrophe for Uzbek', () => {
		expect(sourceLanguage("Prosecutor General's Office")).toBe('en');
		expect(sourceLanguage("Don't go")).toBe('en');
	});
});

describe('foreignSourceLanguage', () => {
	it('names a source language the page does not share', () => {
		expect(foreignSourceLanguage('en', 'ru')).toBe('en');
		expect(foreignSourceLanguage('ru', 'kk')).toBe('ru');
		expect(foreignSourceLanguage('uz-cyrl', 'uz')).toBe('uz-cyrl');
	});
	it('names nothing on a page in the same language, in either Uzbek script', () => {
		expect(foreignSourceLanguage('ru', 'ru')).toBeUndefined();
		expect(foreignSourceLanguage('uz', 'uz-cyrl')).toBeUndefined();
	});
});

describe('relabelHeadingAnchors', () => {
	const en = 'Section titled “{{title}}”';
	const ru = 'Заголовок раздела «{{title}}»';
	const anchor = (label: string) =>
		`<h2 id="a">A &amp; B</h2><a class="sl-anchor-link" href="#a"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only" data-pagefind-ignore="true">${label}</span></a>`;

	it('rewrites every anchor label, keeping the escaped title', () => {
		const html = anchor('Section titled “A &amp; B”') + '<p>x</p>' + anchor('Section titled “C”');
		const out = relabelHeadingAnchors(html, en, ru);
		expect(out).toBe(anchor('Заголовок раздела «A &amp; B»') + '<p>x</p>' + anchor('Заголовок раздела «C»'));
	});
	it('leaves the same words in the text alone', () => {
		const text = '<p>Section titled “C” is a phrase.</p>';
		expect(relabelHeadingAnchors(text, en, ru)).toBe(text);
	});
	it('changes nothing when the labels are the same', () => {
		const html = anchor('Section titled “C”');
		expect(relabelHeadingAnchors(html, en, en)).toBe(html);
	});
	it('refuses a label without a title', () => {
		expect(() => relabelHeadingAnchors('', en, 'Section')).toThrow(/\{\{title\}\}/);
	});
	it('accepts a template that starts with its title', () => {
		expect(relabelHeadingAnchors(anchor('C, section'), '{{title}}, section', 'Bo‘lim: {{title}}')).toBe(anchor('Bo‘lim: C'));
	});
	it('matches and writes labels with HTML and pattern characters escaped as the page has them', () => {
		const from = 'Q&A <{{title}}> (1+1)?';
		const to = '<S&R> {{title}} [*]';
		expect(relabelHeadingAnchors(anchor('Q&amp;A &lt;C&gt; (1+1)?'), from, to)).toBe(anchor('&lt;S&amp;R&gt; C [*]'));
		// Unescaped, the template would not be the one on the page.
		expect(relabelHeadingAnchors(anchor('Q&A <C> (1+1)?'), from, to)).toBe(anchor('Q&A <C> (1+1)?'));
	});
});

describe('theme storage', () => {
	it('accepts only theme names', () => {
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('x y]')).toBe('auto');
		expect(parseTheme(null)).toBe('auto');
		expect(parseTheme('')).toBe('auto');
	});
	it('reads and writes, with auto stored as an empty string', () => {
		const storage = memoryStorage({ [THEME_KEY]: 'dark' });
		expect(loadTheme(storage)).toBe('dark');
		expect(storeTheme(storage, 'auto')).toBe(true);
		expect(storage.data.get(THEME_KEY)).toBe('');
		expect(loadTheme(storage)).toBe('auto');
		storeTheme(storage, 'light');
		expect(loadTheme(storage)).toBe('light');
	});
	it('never throws with blocked, full or missing storage', () => {
		expect(loadTheme(throwing)).toBe('auto');
		expect(storeTheme(throwing, 'light')).toBe(false);
		expect(loadTheme(undefined)).toBe('auto');
		expect(storeTheme(undefined, 'dark')).toBe(false);
	});
});

describe('language suggestion', () => {
	it('suggests the first preferred language the site has, unless it is the page\'s', () => {
		expect(suggestedLocale(['ru-RU', 'en'], 'en')).toBe('ru');
		expect(suggestedLocale(['uz-Latn-UZ'], 'en')).toBe('uz');
		expect(suggestedLocale(['kk-KZ', 'ru'], 'en')).toBe('kk');
		expect(suggestedLocale(['ky-KG', 'ru'], 'en')).toBe('ru');
		expect(suggestedLocale(['kk'], 'kk')).toBeUndefined();
		expect(suggestedLocale(['en-US', 'ru'], 'en')).toBeUndefined();
		expect(suggestedLocale(['de', 'fr'], 'en')).toBeUndefined();
		expect(suggestedLocale([], 'en')).toBeUndefined();
		expect(suggestedLocale(['RU_ru'], 'en')).toBe('ru');
		expect(suggestedLocale(['ru'], 'ru')).toBeUndefined();
	});
	it('remembers a dismissal, and survives blocked storage', () => {
		const storage = memoryStorage();
		expect(suggestionDismissed(storage)).toBe(false);
		dismissSuggestion(storage);
		expect(storage.data.get(SUGGESTION_DISMISSED_KEY)).toBe('1');
		expect(suggestionDismissed(storage)).toBe(true);
		expect(suggestionDismissed(throwing)).toBe(false);
		expect(() => dismissSuggestion(throwing)).not.toThrow();
	});
});

describe('update notice in other tabs', () => {
	it('is offered only to a page the same worker script controlled, when it did not ask for the update', () => {
		const ru = 'https://x/ru/sw.js';
		expect(offerReloadOnControllerChange(ru, ru, false)).toBe(true);
		expect(offerReloadOnControllerChange(ru, ru, true)).toBe(false);
		// First install: nothing controlled the page before.
		expect(offerReloadOnControllerChange(null, ru, false)).toBe(false);
		// The Uzbek worker taking an Uzbek page over from the English one is not an update.
		expect(offerReloadOnControllerChange('https://x/sw.js', 'https://x/uz/sw.js', false)).toBe(false);
		expect(offerReloadOnControllerChange(ru, null, false)).toBe(false);
	});
});

describe('404 and offline routing', () => {
	it('names each language\'s 404 file and recognises 404 paths', () => {
		expect(notFoundPage('en')).toBe('/404.html');
		expect(notFoundPage('uz')).toBe('/uz/404.html');
		for (const path of ['/404.html', '/404/', '/uz/404/', '/ru/404.html', '/404']) expect(isNotFoundPath(path), path).toBe(true);
		for (const path of ['/lessons/404/', '/uz/', '/4040/', '/uz/lessons/x/']) expect(isNotFoundPath(path), path).toBe(false);
	});
	it('the root worker shows each language its own offline page, and saves them', () => {
		const root = offlinePlan('en', null);
		expect(root.fallbacks).toEqual([
			{ prefix: '/uz/', page: '/uz/offline/index.html' },
			{ prefix: '/ru/', page: '/ru/offline/index.html' },
			{ prefix: '/kk/', page: '/kk/offline/index.html' },
			{ prefix: '/uz-cyrl/', page: '/uz-cyrl/offline/index.html' },
			{ prefix: '/', page: '/offline/index.html' },
		]);
		expect(root.extraFiles).toEqual(['uz/offline/index.html', 'ru/offline/index.html', 'kk/offline/index.html', 'uz-cyrl/offline/index.html']);
		const uz = offlinePlan('uz', null);
		expect(uz.fallbacks).toEqual([{ prefix: '/uz/', page: '/uz/offline/index.html' }]);
		expect(uz.extraFiles).toEqual([]);
		// Search's word list (typo fallback) is saved with each language's pages.
		expect(uz.globPatterns).toContain('uz/search-words.json');
		expect(root.globPatterns).toContain('search-words.json');
	});
	it('each worker saves its language\'s pages, search files and the shared assets, and nothing of the teachers\' printouts', () => {
		const uz = offlinePlan('uz', null);
		expect(uz).toMatchObject({ locale: 'uz', serviceWorker: '/uz/sw.js', scope: '/uz/', fallback: '/uz/offline/index.html' });
		expect(uz.globPatterns).toEqual([
			'_astro/**/*',
			'favicon.svg',
			'icons/*.png',
			'uz/**/*.html',
			'uz/manifest.webmanifest',
			'uz/search-words.json',
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind.uz_*.pf_meta',
			'pagefind/wasm.unknown.pagefind',
			'pagefind/{index,fragment,filter}/uz_*',
		]);
		expect(uz.globIgnores).toEqual(['uz/404.html', 'downloads/**', 'uz/lessons/*/teacher/**', 'uz/quizzes/*/worksheet/**', 'uz/quizzes/*/answer-key/**']);
		const root = offlinePlan('en', 'en');
		expect(root.globPatterns).toContain('**/*.html');
		expect(root.globPatterns).toContain('pagefind/wasm.en.pagefind');
		expect(root.globIgnores).toEqual(['uz/**', 'ru/**', 'kk/**', 'uz-cyrl/**', '404.html', 'downloads/**', 'lessons/*/teacher/**', 'quizzes/*/worksheet/**', 'quizzes/*/answer-key/**']);
	});
	it('each language\'s worker saves its "review my mistakes" page (filled from this device, it must open offline)', () => {
		for (const locale of LOCALES) {
			const plan = offlinePlan(locale, null);
			const file = `${paths.review(locale).slice(1)}index.html`;
			expect(plan.globPatterns.some((glob) => matchesGlob(file, glob)), file).toBe(true);
			expect(plan.globIgnores.some((glob) => matchesGlob(file, glob)), file).toBe(false);
		}
		// The check itself can fail: a teacher's worksheet is left out.
		expect(offlinePlan('en', null).globIgnores.some((glob) => matchesGlob('quizzes/x/worksheet/index.html', glob))).toBe(true);
	});
	it('host files send each language prefix to its 404 page, longest prefix first', () => {
		const notFound = [
			{ prefix: '/', page: '/404.html' },
			{ prefix: '/uz/', page: '/uz/404.html' },
		];
		const headers = siteHeaders('/ogoh', "default-src 'self'", ['/sw.js'], notFound);
		expect(netlifyRedirects(headers)).toBe('/ogoh/uz/* /ogoh/uz/404.html 404\n/ogoh/* /ogoh/404.html 404\n');
		const htaccess = apacheHtaccess(headers);
		expect(htaccess).toContain('<If "%{REQUEST_URI} =~ m#^/ogoh/uz/#">\n  ErrorDocument 404 /ogoh/uz/404.html\n</If>');
		expect(htaccess).toContain('<If "%{REQUEST_URI} =~ m#^/ogoh/#">\n  ErrorDocument 404 /ogoh/404.html\n</If>');
		const atRoot = apacheHtaccess(siteHeaders('', "default-src 'self'", [], [{ prefix: '/', page: '/404.html' }, { prefix: '/ru/', page: '/ru/404.html' }]));
		expect(atRoot).toContain('\nErrorDocument 404 /404.html\n');
		expect(atRoot.indexOf('/ru/404.html')).toBeLessThan(atRoot.indexOf('ErrorDocument 404 /404.html'));
		const nginx = nginxInclude(headers);
		expect(nginx).toMatch(/location \^~ \/ogoh\/uz\/ \{\n {4}error_page 404 \/ogoh\/uz\/404\.html;\n {4}add_header Content-Security-Policy/);
		expect(nginx).toMatch(/location \^~ \/ogoh\/ \{\n {4}error_page 404 \/ogoh\/404\.html;/);
	});
});
