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

/** Sources a policy may list: this origin, nothing, data: images, hashes, and the keywords the site needs. */
const OWN_SOURCE = /^(?:'self'|'none'|data:|'sha(?:256|384|512)-[A-Za-z0-9+/=]+'|'unsafe-inline'|'wasm-unsafe-eval')$/;
/** Elements that load what their attribute names (an <a> is only read; a <link> only with a loading rel). */
const LOADING = /<(script|img|iframe|source|video|audio|embed|object|track|input|form|link)\b[^>]*>/gi;
const LOADED_URL = /\s(?:src|href|srcset|poster|data|action|formaction)="([^"]*)"/gi;
const LOADED_LINK = /\srel="(?:[^"]*\s)?(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest)(?:\s[^"]*)?"/i;

/**
 * Everything in a page that names another origin for the browser to load from: a source in its
 * policy other than its own (a host, a scheme, a wildcard), and every URL with a scheme or `//` in
 * an element that loads it. Empty for a page that can reach only its own origin.
 */
export function otherOrigins(html: string): string[] {
	const policy = pagePolicy(html) ?? '';
	const sources = policy
		.split(';')
		.flatMap((directive) => directive.trim().split(/\s+/).slice(1))
		.filter((source) => source && !OWN_SOURCE.test(source));
	const urls = [...html.matchAll(LOADING)]
		.filter(([tag]) => !tag.toLowerCase().startsWith('<link') || LOADED_LINK.test(tag))
		.flatMap(([tag]) => [...tag.matchAll(LOADED_URL)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)))
		.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url));
	return [...sources, ...urls];
}
