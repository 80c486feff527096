/** Offline plans, header files, base-path links and the app manifest, as pure functions. */
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { apacheHtaccess, netlifyHeaders, nginxInclude, siteHeaders, type SiteHeaders } from '../../src/lib/headers.ts';
import { offlinePlan } from '../../src/lib/offline.ts';
import { prefixLinks, rehypeBaseLinks, withBase } from '../../src/lib/rehype-base-links.ts';
import { webManifest } from '../../src/lib/web-manifest.ts';
import { ZipWriter } from '../../src/lib/zip-writer.ts';

describe('what each language saves offline', () => {
	test('English saves root pages but never another language’s', () => {
		const plan = offlinePlan('en', 'en');
		expect(plan).toMatchObject({ serviceWorker: '/sw.js', scope: '/', fallback: '/offline/index.html' });
		expect(plan.globPatterns).toContain('**/*.html');
		expect(plan.globIgnores).toEqual(expect.arrayContaining(['uz/**', 'ru/**', '404.html', 'downloads/**', 'lessons/*/teacher/**']));
		expect(plan.globPatterns).toContain('pagefind/{index,fragment,filter}/en_*');
		expect(plan.globPatterns).toContain('pagefind/wasm.en.pagefind');
	});
	test('Uzbek saves its own folder and Pagefind’s language-neutral bundle', () => {
		const plan = offlinePlan('uz', null);
		expect(plan).toMatchObject({ serviceWorker: '/uz/sw.js', scope: '/uz/', fallback: '/uz/offline/index.html' });
		expect(plan.globPatterns).toContain('uz/**/*.html');
		expect(plan.globPatterns).not.toContain('**/*.html');
		expect(plan.globPatterns).toContain('pagefind/wasm.unknown.pagefind');
		expect(plan.globPatterns).toContain('_astro/**/*');
		expect(plan.globIgnores).toContain('uz/quizzes/*/answer-key/**');
	});
});

describe('header files', () => {
	const headers = siteHeaders('/ogoh', "default-src 'self'; script-src 'self';", ['/sw.js', '/uz/sw.js']);
	test('the CSP gains frame-ancestors and referrers are never sent', () => {
		expect(headers.security['Content-Security-Policy']).toBe("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
		expect(headers.security['Referrer-Policy']).toBe('no-referrer');
	});
	test('Netlify/Cloudflare: each header written once, service workers revalidated', () => {
		const text = netlifyHeaders(headers);
		expect(text.startsWith('/ogoh/*\n  Content-Security-Policy: ')).toBe(true);
		expect(text).toContain('/ogoh/uz/sw.js\n  Cache-Control: no-cache\n');
		expect(text.match(/Referrer-Policy/g)).toHaveLength(1);
	});
	test('Apache and nginx quote values and match the right paths', () => {
		expect(apacheHtaccess(headers)).toContain('<If "%{REQUEST_URI} =~ m#^/ogoh/uz/sw\\.js$#">');
		const nginx = nginxInclude(headers);
		expect(nginx).toContain('location = /ogoh/sw.js {');
		// nginx drops inherited add_header lines: every location repeats the security headers.
		expect(nginx.match(/add_header Referrer-Policy "no-referrer" always;/g)).toHaveLength(4);
	});
});

describe('header files, whole (a site at the root, a quoted value, a folder rule and a file rule)', () => {
	const site: SiteHeaders = {
		base: '',
		security: { 'X-Note': 'say "hi"' },
		rules: [
			{ prefix: '/_astro/', headers: { 'Cache-Control': 'immutable' } },
			{ prefix: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
		],
		notFound: [
			{ prefix: '/uz/', page: '/uz/404.html' },
			{ prefix: '/', page: '/404.html' },
		],
	};
	test('Netlify and Cloudflare _headers', () => {
		expect(netlifyHeaders(site)).toBe('/*\n  X-Note: say "hi"\n\n/_astro/*\n  Cache-Control: immutable\n\n/sw.js\n  Cache-Control: no-cache\n');
	});
	test('Apache .htaccess', () => {
		expect(apacheHtaccess(site).split('\n')).toEqual([
			'# Security and cache headers for Ogoh (generated at build time).',
			'<If "%{REQUEST_URI} =~ m#^/uz/#">',
			'  ErrorDocument 404 /uz/404.html',
			'</If>',
			'ErrorDocument 404 /404.html',
			'<IfModule mod_headers.c>',
			'  Header always set X-Note "say \\"hi\\""',
			'  <If "%{REQUEST_URI} =~ m#^/_astro/#">',
			'    Header always set Cache-Control "immutable"',
			'  </If>',
			'  <If "%{REQUEST_URI} =~ m#^/sw\\.js$#">',
			'    Header always set Cache-Control "no-cache"',
			'  </If>',
			'</IfModule>',
			'',
		]);
	});
	test('nginx include', () => {
		expect(nginxInclude(site).split('\n')).toEqual([
			'# Security and cache headers for Ogoh (generated at build time).',
			'location ^~ / {',
			'    error_page 404 /404.html;',
			'    add_header X-Note "say \\"hi\\"" always;',
			'}',
			'location ^~ /uz/ {',
			'    error_page 404 /uz/404.html;',
			'    add_header X-Note "say \\"hi\\"" always;',
			'}',
			'location ^~ /_astro/ {',
			'    add_header X-Note "say \\"hi\\"" always;',
			'    add_header Cache-Control "immutable" always;',
			'}',
			'location = /sw.js {',
			'    add_header X-Note "say \\"hi\\"" always;',
			'    add_header Cache-Control "no-cache" always;',
			'}',
			'',
		]);
	});
});

describe('links under a base path', () => {
	test('root-relative links gain the base once; others are left alone', () => {
		expect(withBase('/lessons/x/', '/ogoh/')).toBe('/ogoh/lessons/x/');
		expect(withBase('/ogoh/lessons/x/', '/ogoh')).toBe('/ogoh/lessons/x/');
		expect(withBase('//cdn.example/x', '/ogoh')).toBe('//cdn.example/x');
		expect(withBase('https://example.org/', '/ogoh')).toBe('https://example.org/');
		expect(withBase('#part', '/ogoh')).toBe('#part');
		expect(withBase('/lessons/', '/')).toBe('/lessons/');
	});
	test('the rehype plugin rewrites <a href> and MDX component hrefs', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'a', properties: { href: '/quizzes/q/' }, children: [] },
				{ type: 'mdxJsxFlowElement', name: 'LinkCard', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/topics/cyber/' }], children: [] },
			],
		};
		prefixLinks(tree, '/ogoh/');
		expect(tree.children[0]!.properties!.href).toBe('/ogoh/quizzes/q/');
		expect(tree.children[1]!.attributes![0]!.value).toBe('/ogoh/topics/cyber/');
	});
	test('only link targets change: other tags, attributes and nested links as they should', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'img', properties: { href: '/x/', src: '/a.svg' }, children: [] },
				{ type: 'text', tagName: 'a', properties: { href: '/x/' } },
				{ type: 'element', tagName: 'a', properties: { href: 7 }, children: [] },
				{
					type: 'mdxJsxFlowElement',
					name: 'LinkCard',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link/' },
						{ type: 'mdxJsxExpressionAttribute', name: 'href', value: '/expression/' },
						{ type: 'mdxJsxAttribute', name: 'href', value: 3 },
					],
					children: [{ type: 'element', tagName: 'a', properties: { href: '/deep/' }, children: [] }],
				},
			],
		};
		prefixLinks(tree, '/ogoh');
		expect(tree).toEqual({
			type: 'root',
			children: [
				{ type: 'element', tagName: 'img', properties: { href: '/x/', src: '/a.svg' }, children: [] },
				{ type: 'text', tagName: 'a', properties: { href: '/x/' } },
				{ type: 'element', tagName: 'a', properties: { href: 7 }, children: [] },
				{
					type: 'mdxJsxFlowElement',
					name: 'LinkCard',
					attributes: [
						{ type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link/' },
						{ type: 'mdxJsxExpressionAttribute', name: 'href', value: '/expression/' },
						{ type: 'mdxJsxAttribute', name: 'href', value: 3 },
					],
					children: [{ type: 'element', tagName: 'a', properties: { href: '/ogoh/deep/' }, children: [] }],
				},
			],
		});
	});
	test('the base itself and a base with or without its slash', () => {
		expect(withBase('/ogoh', '/ogoh/')).toBe('/ogoh');
		expect(withBase('/lessons/', '/ogoh')).toBe('/ogoh/lessons/');
		expect(withBase('/ogohx/', '/ogoh')).toBe('/ogoh/ogohx/');
		expect(withBase('lessons/', '/ogoh')).toBe('lessons/');
		expect(withBase('/lessons/', '')).toBe('/lessons/');
	});
	test('the rehype plugin prefixes the tree it is given', () => {
		const tree = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/q/' }, children: [] }] };
		(rehypeBaseLinks as unknown as (options: { base: string }) => (tree: unknown) => void)({ base: '/ogoh/' })(tree);
		expect(tree.children[0]!.properties.href).toBe('/ogoh/q/');
	});
});

test('the Russian app manifest opens the Russian home and covers the whole site', () => {
	const manifest = webManifest('ru', '/ogoh', 'Описание');
	expect(manifest).toMatchObject({ lang: 'ru', start_url: '/ogoh/ru/', scope: '/ogoh/', id: '/ogoh/', display: 'standalone' });
	expect(manifest.icons.map((icon) => icon.purpose)).toEqual(['any', 'any', 'maskable']);
});

test('the app manifest, whole: name, writing direction, colours and icon files', () => {
	expect(webManifest('uz', '', 'Tavsif')).toEqual({
		id: '/',
		name: 'Ogoh',
		short_name: 'Ogoh',
		description: 'Tavsif',
		lang: 'uz',
		dir: 'ltr',
		start_url: '/uz/',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b7a75',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
	});
});

/** A fresh folder for one test's zip files. */
const zipFolder = () => mkdtempSync(join(tmpdir(), 'ogoh-zip-test-'));

test('the zip writer\'s headers, field by field: local header, central directory and end record (what strict unzip tools check)', async () => {
	const data = new TextEncoder().encode('Salom! '.repeat(50));
	const empty = new Uint8Array();
	const deflated = deflateRawSync(data, { level: 6 });
	const file = join(zipFolder(), 'fields.zip');
	const zip = new ZipWriter(file);
	await zip.addAll([
		{ name: 'oʻ.txt', data: () => data },
		{ name: 'e', data: () => empty },
	]);
	const size = zip.close();
	const bytes = readFileSync(file);
	expect(bytes.length).toBe(size);
	const name = Buffer.from('oʻ.txt');
	const emptyDeflated = deflateRawSync(empty, { level: 6 });
	// [offset, width, value] of each field.
	const fields = (at: number, list: [number, 2 | 4, number][]) => list.map(([offset, width]) => [offset, width, width === 2 ? bytes.readUInt16LE(at + offset) : bytes.readUInt32LE(at + offset)]);
	const local = (crc: number, compressed: number, length: number, nameLength: number): [number, 2 | 4, number][] => [
		[0, 4, 0x04034b50], [4, 2, 20], [6, 2, 0x0800], [8, 2, 8], [10, 2, 0], [12, 2, 0x21], [14, 4, crc], [18, 4, compressed], [22, 4, length], [26, 2, nameLength], [28, 2, 0],
	];
	const first = local(crc32(data), deflated.length, data.length, name.length);
	expect(fields(0, first)).toEqual(first);
	expect(bytes.subarray(30, 30 + name.length)).toEqual(name);
	const second = 30 + name.length + deflated.length;
	const secondFields = local(0, emptyDeflated.length, 0, 1);
	expect(fields(second, secondFields)).toEqual(secondFields);
	const directory = second + 31 + emptyDeflated.length;
	const central = (crc: number, compressed: number, length: number, nameLength: number, offset: number): [number, 2 | 4, number][] => [
		[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [8, 2, 0x0800], [10, 2, 8], [12, 2, 0], [14, 2, 0x21], [16, 4, crc], [20, 4, compressed], [24, 4, length], [28, 2, nameLength],
		[30, 2, 0], [32, 2, 0], [34, 2, 0], [36, 2, 0], [38, 4, 0], [42, 4, offset],
	];
	const firstCentral = central(crc32(data), deflated.length, data.length, name.length, 0);
	expect(fields(directory, firstCentral)).toEqual(firstCentral);
	const secondCentral = central(0, emptyDeflated.length, 0, 1, second);
	expect(fields(directory + 46 + name.length, secondCentral)).toEqual(secondCentral);
	const end = size - 22;
	const endFields: [number, 2 | 4, number][] = [[0, 4, 0x06054b50], [4, 2, 0], [6, 2, 0], [8, 2, 2], [10, 2, 2], [12, 4, end - directory], [16, 4, directory], [20, 2, 0]];
	expect(fields(end, endFields)).toEqual(endFields);
});

test('the zip writer makes an archive a separate unzip reads back byte for byte', () => {
	const file = join(zipFolder(), 'test.zip');
	const files: Record<string, Uint8Array> = {
		'ogoh/index.html': new TextEncoder().encode('<h1>Salom, dunyo! Привет!</h1>'.repeat(100)),
		'ogoh/uz/oʻquvchi.txt': new TextEncoder().encode('oʻ'),
		'ogoh/empty.txt': new Uint8Array(),
	};
	const zip = new ZipWriter(file);
	for (const [name, data] of Object.entries(files)) zip.add(name, data);
	const size = zip.close();
	expect(readFileSync(file).length).toBe(size);
	expect(unzipSync(readFileSync(file))).toEqual(files);
	// A small archive has only the classic end record: no zip64 locator before it.
	const bytes = readFileSync(file);
	const end = bytes.length - 22;
	expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
	expect(bytes.readUInt32LE(end - 20)).not.toBe(0x07064b50);
	expect(bytes.readUInt16LE(end + 10)).toBe(3);
	const directoryStart = bytes.readUInt32LE(end + 16);
	expect(bytes.readUInt32LE(directoryStart)).toBe(0x02014b50);
	expect(bytes.readUInt32LE(end + 12)).toBe(end - directoryStart);
});

test('the zip writer adding many files with deflating ahead writes the same bytes, in order, as adding them one by one', async () => {
	const dir = zipFolder();
	// More files than are deflated ahead at once, of different sizes, so they finish out of order.
	const files = Array.from({ length: 40 }, (_, i) => ({ name: `ogoh/page-${i}.html`, bytes: new TextEncoder().encode(`<p>${i}</p>`.repeat((i * 37) % 500)) }));
	const oneByOne = new ZipWriter(join(dir, 'one.zip'));
	for (const { name, bytes } of files) oneByOne.add(name, bytes);
	const oneSize = oneByOne.close();

	const prepared: string[] = [];
	const ahead = new ZipWriter(join(dir, 'ahead.zip'));
	await ahead.addAll(
		files.map(({ name, bytes }) => ({ name, data: () => (prepared.push(name), bytes) })),
		4
	);
	const aheadSize = ahead.close();
	expect(prepared).toEqual(files.map((f) => f.name));
	expect(aheadSize).toBe(oneSize);
	expect(readFileSync(join(dir, 'ahead.zip')).equals(readFileSync(join(dir, 'one.zip')))).toBe(true);
	expect(Object.keys(unzipSync(readFileSync(join(dir, 'ahead.zip'))))).toEqual(files.map((f) => f.name));
});

test('the zip writer writes more than 65,535 files (a large curriculum): a zip64 end record holds the count, and a separate unzip reads every file', () => {
	const file = join(zipFolder(), 'many.zip');
	const count = 0xffff + 3;
	const zip = new ZipWriter(file);
	for (let i = 0; i < count; i++) zip.add(`ogoh/${i}.txt`, new TextEncoder().encode(String(i)));
	const size = zip.close();
	const bytes = readFileSync(file);
	expect(bytes.length).toBe(size);
	// The classic end record says "see zip64" in its counts; the zip64 record has the real ones.
	const end = bytes.length - 22;
	const locator = end - 20;
	const record = locator - 56;
	expect(bytes.readUInt16LE(end + 8)).toBe(0xffff);
	expect(bytes.readUInt16LE(end + 10)).toBe(0xffff);
	expect(bytes.readUInt32LE(locator)).toBe(0x07064b50);
	expect(bytes.readBigUInt64LE(locator + 8)).toBe(BigInt(record));
	expect(bytes.readUInt32LE(locator + 16)).toBe(1);
	expect(bytes.readUInt32LE(record)).toBe(0x06064b50);
	expect(bytes.readBigUInt64LE(record + 4)).toBe(44n);
	expect([bytes.readUInt16LE(record + 12), bytes.readUInt16LE(record + 14)]).toEqual([45, 45]);
	expect(bytes.readBigUInt64LE(record + 24)).toBe(BigInt(count));
	expect(bytes.readBigUInt64LE(record + 32)).toBe(BigInt(count));
	// The directory starts where both records say and ends at the zip64 record.
	const directoryStart = Number(bytes.readBigUInt64LE(record + 48));
	expect(bytes.readUInt32LE(directoryStart)).toBe(0x02014b50);
	expect(bytes.readBigUInt64LE(record + 40)).toBe(BigInt(record - directoryStart));
	expect([bytes.readUInt32LE(end + 12), bytes.readUInt32LE(end + 16)]).toEqual([record - directoryStart, directoryStart]);
	const read = unzipSync(bytes);
	expect(Object.keys(read)).toHaveLength(count);
	expect(new TextDecoder().decode(read[`ogoh/${count - 1}.txt`])).toBe(String(count - 1));
});
