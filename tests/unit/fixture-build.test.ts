/**
 * The small fixture site, built once (each build takes about 25 s of the unit run):
 * - deploying under a sub-path: built with BASE_PATH=/ogoh/ and a SITE_URL, it must link only
 *   inside /ogoh/, and its service workers, app manifest, sitemap, robots.txt, header files and
 *   offline zip must all agree with that path;
 * - a missing translation: the fixture has English and Uzbek but no Russian, so every Russian page
 *   must show the English text with Starlight's "not translated" notice and stay out of the Russian
 *   search index, while the Uzbek pages are real translations that are indexed (the base path
 *   changes links, not which page holds what).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../astro-build.ts';
import { fixtureTree } from '../fixture-tree.ts';
const BASE = '/ogoh';
let dist = '';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));
const htmlFiles = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** Whether a site URL (with the base) names a file the host would serve. */
function servedFile(url: string): boolean {
	const path = decodeURI(url.replace(/[?#].*$/, '').slice(BASE.length + 1));
	const file = join(dist, path);
	if (path === '' || path.endsWith('/')) return existsSync(join(file, 'index.html'));
	return existsSync(file) && statSync(file).isFile();
}

beforeAll(() => {
	const root = fixtureTree();
	dist = join(root, 'dist');
	const { status, output } = astroBuild(root, dist, { BASE_PATH: `${BASE}/`, SITE_URL: 'https://example.org' });
	expect(status, output).toBe(0);
}, 260_000);

describe('a build under a sub-path', () => {
	test('every page links, loads scripts and submits forms only inside the base path, to files that exist', () => {
		const outside: string[] = [];
		const missing: string[] = [];
		for (const file of htmlFiles()) {
			for (const [, attribute, url] of read(file).matchAll(/\b(href|src|action|value)="(\/[^"]*)"/g)) {
				if (url!.startsWith('//')) continue;
				if (!url!.startsWith(`${BASE}/`)) outside.push(`${file}: ${attribute}="${url}"`);
				else if (attribute !== 'value' && !servedFile(url!)) missing.push(`${file}: ${url}`);
			}
		}
		expect(outside).toEqual([]);
		expect(missing).toEqual([]);
		expect(htmlFiles().length).toBeGreaterThan(50);
	});

	test('each language has a service worker whose saved files all exist under the base path', () => {
		for (const [worker, own, other] of [
			['sw.js', `${BASE}/lessons/sample/index.html`, `${BASE}/uz/`],
			['uz/sw.js', `${BASE}/uz/lessons/sample/index.html`, `${BASE}/lessons/`],
		] as const) {
			const urls = [...read(worker).matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
			expect(urls.length).toBeGreaterThan(20);
			expect(urls.filter((url) => !url.startsWith(`${BASE}/`) || !servedFile(url))).toEqual([]);
			expect(urls).toContain(own);
			// Other languages' pages are not saved, except their offline pages in the root worker
			// (its scope covers /uz/ and /ru/ until their own worker is installed).
			expect(urls.some((url) => url.startsWith(other) && !url.endsWith('/offline/index.html'))).toBe(false);
			if (worker === 'sw.js') expect(urls).toContain(`${BASE}/uz/offline/index.html`);
			expect(urls.some((url) => /\/pagefind\/(fragment|index)\//.test(url))).toBe(true);
		}
	});

	test('the app manifest starts and scopes the app at the base path', () => {
		const manifest = JSON.parse(read('uz/manifest.webmanifest'));
		expect(manifest).toMatchObject({ start_url: `${BASE}/uz/`, scope: `${BASE}/`, lang: 'uz' });
		for (const icon of manifest.icons as { src: string }[]) expect(servedFile(icon.src), icon.src).toBe(true);
		expect(read('index.html')).toContain(`<link rel="manifest" href="${BASE}/manifest.webmanifest">`);
	});

	test('the sitemap lists every page at its full address, and robots.txt points to it', () => {
		const parser = new XMLParser();
		const index = parser.parse(read('sitemap-index.xml'));
		expect(index.sitemapindex.sitemap.loc).toBe(`https://example.org${BASE}/sitemap-0.xml`);
		const urls = ([] as { loc: string }[]).concat(parser.parse(read('sitemap-0.xml')).urlset.url).map((url) => url.loc);
		expect(urls).toContain(`https://example.org${BASE}/uz/lessons/sample/`);
		expect(urls.filter((url) => !url.startsWith(`https://example.org${BASE}/`))).toEqual([]);
		expect(read('robots.txt')).toContain(`Sitemap: https://example.org${BASE}/sitemap-index.xml`);
	});

	test('header files for static hosts carry the pages’ CSP and the privacy headers', () => {
		const pageCsp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read('index.html'))![1]!;
		const netlify = read('_headers');
		expect(netlify).toContain(`${BASE}/*\n  Content-Security-Policy: ${pageCsp.replace(/;\s*$/, '')}; frame-ancestors 'none'\n`);
		expect(netlify).toContain('Referrer-Policy: no-referrer');
		expect(netlify).toMatch(new RegExp(`${BASE}/uz/sw.js\\n  Cache-Control: no-cache`));
		expect(read('.htaccess')).toContain('Header always set Referrer-Policy "no-referrer"');
		expect(read('nginx-headers.conf')).toContain(`location ^~ ${BASE}/_astro/ {`);
	});

	test("the teachers pages give the zip's size as built, in their language", () => {
		const megabytes = statSync(join(dist, 'downloads/ogoh-offline.zip')).size / 1024 / 1024;
		const size = (decimal: string) => megabytes.toFixed(1).replace('.', decimal);
		const shown = (path: string) => /<span data-ogoh-zip-size[^>]*>([^<]*)<\/span>/.exec(read(`${path}index.html`))?.[1];
		expect(megabytes).toBeGreaterThan(0.1);
		expect(shown('teachers/')).toBe(`(zip, ${size('.')} MB)`);
		expect(shown('uz/teachers/')).toBe(`(zip, ${size(',')} MB)`);
		expect(shown('ru/teachers/')).toBe(`(zip, ${size(',')} МБ)`);
		expect(read('ru/teachers/index.html')).not.toMatch(/<span data-ogoh-zip-size[^>]*hidden/);
	});

	test('the offline zip holds the site with relative links that resolve inside the zip and classic scripts', () => {
		const zip = unzipSync(readFileSync(join(dist, 'downloads/ogoh-offline.zip')));
		const names = new Set(Object.keys(zip));
		expect(names).toContain('ogoh/index.html');
		expect(names).toContain('ogoh/uz/lessons/sample/index.html');
		expect([...names].filter((name) => /\/(pagefind|downloads)\/|\/sw\.js$/.test(name))).toEqual([]);
		const broken: string[] = [];
		for (const name of [...names].filter((file) => file.endsWith('.html'))) {
			const html = new TextDecoder().decode(zip[name]);
			expect(html, name).not.toMatch(/<script type="module" src=/);
			// Only the link to the zip itself stays absolute: the zip is not inside the zip.
			expect(html.replace(`href="${BASE}/downloads/ogoh-offline.zip"`, ''), name).not.toMatch(/\b(href|src)="\/(?!\/)/);
			for (const [, url] of html.matchAll(/\b(?:href|src)="((?!#|[a-z]+:|\/ogoh\/downloads\/)[^"#?]+)/g)) {
				if (!names.has(posix.join(posix.dirname(name), url!))) broken.push(`${name}: ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('a site with a missing translation', () => {
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
		const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexedPages = (prefix: string) =>
			readdirSync(join(dist, prefix), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.html'))
				.filter((file) => read(join(prefix, file)).includes('data-pagefind-body')).length;
		// Russian has no translated page, so no index at all: a Russian search cannot return English fallbacks.
		expect(indexedPages('ru')).toBe(0);
		expect(entry.languages.ru).toBeUndefined();
		expect(entry.languages.uz!.page_count).toBe(indexedPages('uz'));
		expect(entry.languages.uz!.page_count).toBeGreaterThan(2);
	});
});
