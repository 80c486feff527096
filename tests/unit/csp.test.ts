import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingHashes, otherOrigins, pagePolicy, sha256 } from '../../src/lib/csp.ts';

const script = 'console.log(1)';
const html = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('CSP check', () => {
	test('an inline script whose hash is in the policy passes', () => {
		expect(missingHashes(html(`script-src 'self' '${sha256(script)}'`, `<script>${script}</script>`))).toEqual({ scripts: [], styles: [] });
	});
	test('a changed inline script (hash drift) is reported', () => {
		const page = html(`script-src 'self' '${sha256(script)}'`, `<script>console.log(2)</script>`);
		expect(missingHashes(page).scripts).toEqual([sha256('console.log(2)')]);
	});
	test('external scripts need no hash; inline styles do', () => {
		const page = html(`script-src 'self'`, `<script type="module" src="/a.js"></script><style>p{}</style>`);
		expect(missingHashes(page)).toEqual({ scripts: [], styles: [sha256('p{}')] });
	});
	test('reads the policy from the meta element', () => {
		expect(pagePolicy(html("default-src 'self'", ''))).toBe("default-src 'self'");
		expect(pagePolicy('<html></html>')).toBeUndefined();
	});
});

describe('hashes', () => {
	test('are SHA-256 in base64 of the UTF-8 text', () => {
		expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(sha256('é')).toBe('sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw=');
	});
	test('cover inline scripts and styles with attributes and several lines', () => {
		const body = '<script type="application/json">{"a": 1}</script><script>\nlet a = 1;\n</script><style media="print">p { color: red }</style>';
		expect(missingHashes(html("script-src 'self'", body))).toEqual({
			scripts: [sha256('{"a": 1}'), sha256('\nlet a = 1;\n')],
			styles: [sha256('p { color: red }')],
		});
	});
});

describe('other origins', () => {
	test('a page without a policy or resources names none', () => {
		expect(otherOrigins('<html><body><p>x</p></body></html>')).toEqual([]);
	});
	test('a source is its own only as a whole word', () => {
		expect(otherOrigins(html("default-src x'self' 'self'y 'none'", ''))).toEqual(["x'self'", "'self'y"]);
	});
	test('a link loads with a loading rel, whatever else its rel says; other links and elements with rel are checked as elements', () => {
		const body = [
			'<link rel="alternate stylesheet" href="https://a.example/s.css">',
			'<link rel="apple-touch-icon" href="https://b.example/i.png">',
			'<link rel="me" href="https://c.example/">',
			'<link rel="canonical" href="https://d.example/">',
			'<img rel="alternate" src="https://e.example/p.png">',
			'<img src="/a//b.png"><script src="./x.js?u=https://f.example/"></script>',
		].join('');
		expect(otherOrigins(html("default-src 'self'", body))).toEqual(['https://a.example/s.css', 'https://b.example/i.png', 'https://e.example/p.png']);
	});

	const own = "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/=';style-src-attr 'unsafe-inline';";
	test('a page that loads only from its own origin has none, links to read elsewhere are fine', () => {
		const body = '<a href="https://unodc.org/x">source</a><link rel="alternate" hreflang="ru" href="https://ogoh.example/ru/"><link rel="canonical" href="https://ogoh.example/"><script src="/_astro/a.js"></script><img src="/icons/a.svg" srcset="/a.png 1x, /b.png 2x"><link rel="stylesheet" href="../a.css">';
		expect(otherOrigins(html(own, body))).toEqual([]);
	});
	test('names every source in the policy other than its own', () => {
		expect(otherOrigins(html("default-src 'self' https://cdn.example; img-src *; connect-src https: 'self'", ''))).toEqual(['https://cdn.example', '*', 'https:']);
	});
	test('names every loaded URL on another origin, with or without a scheme', () => {
		const body = '<script src="https://cdn.example/a.js"></script><img src="//img.example/a.png"><img srcset="/a.png 1x, https://x.example/b.png 2x"><iframe src="http://v.example/"></iframe><link rel="stylesheet" href="https://fonts.example/css"><link rel="preload icon" href="//f.example/i.png"><form action="https://post.example/"></form><video poster="https://p.example/p.jpg"></video>';
		expect(otherOrigins(html(own, body))).toEqual([
			'https://cdn.example/a.js',
			'//img.example/a.png',
			'https://x.example/b.png',
			'http://v.example/',
			'https://fonts.example/css',
			'//f.example/i.png',
			'https://post.example/',
			'https://p.example/p.jpg',
		]);
	});
});

// The build runs the same check (src/integrations/csp-guard.ts); this makes the guarantee visible
// in the test report whenever a built site is present.
const dist = join(process.cwd(), 'dist');
const builtPages = (() => {
	try {
		return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	} catch {
		return [];
	}
})();
describe.skipIf(builtPages.length === 0)('built site', () => {
	test('every page has a CSP that allows all its inline scripts and forbids other origins', () => {
		for (const file of builtPages) {
			const page = readFileSync(join(dist, file), 'utf8');
			expect(pagePolicy(page), file).toMatch(/default-src 'self'/);
			expect(missingHashes(page), file).toEqual({ scripts: [], styles: [] });
		}
	});
	test('no page of any language names another origin to load from (policy or element)', () => {
		const prefixes = new Set(builtPages.map((file) => file.split(/[\\/]/)[0]));
		for (const code of ['kk', 'uz-cyrl', 'uz', 'ru']) expect(prefixes, code).toContain(code);
		const offending = builtPages.map((file) => [file, otherOrigins(readFileSync(join(dist, file), 'utf8'))] as const).filter(([, found]) => found.length > 0);
		expect(offending).toEqual([]);
	});
});
