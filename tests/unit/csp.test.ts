import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingHashes, pagePolicy, sha256 } from '../../src/lib/csp.ts';

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
});
