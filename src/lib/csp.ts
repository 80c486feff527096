/**
 * Content Security Policy checks over built HTML. Astro hashes the scripts it bundles, but
 * Starlight's `is:inline` scripts need their hashes listed in src/csp-hashes.json; when an upgrade
 * changes one of them, the build must fail instead of shipping a page whose script is blocked.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export function sha256(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The policy in the page's CSP <meta>, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
	return CSP_META.exec(html)?.[1];
}

/** Hashes of inline scripts (and inline <style> blocks) that the page's own policy does not allow. */
export function missingHashes(html: string): { scripts: string[]; styles: string[] } {
	const policy = pagePolicy(html) ?? '';
	const allowed = (hash: string) => policy.includes(`'${hash}'`);
	const collect = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => sha256(m[1] ?? '')).filter((h) => !allowed(h));
	return { scripts: [...new Set(collect(INLINE_SCRIPT))], styles: [...new Set(collect(INLINE_STYLE))] };
}
