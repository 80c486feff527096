/**
 * HTTP headers for static hosts, written next to the built site in each host's own format
 * (Netlify and Cloudflare Pages `_headers`, Apache `.htaccess`, an nginx include). The CSP is the
 * one Astro puts in every page's <meta>, plus what only a header can say (frame-ancestors).
 */
export interface HeaderRule {
	/** A path prefix under the base path: `/` for every page, `/_astro/` for hashed assets. */
	prefix: string;
	headers: Record<string, string>;
}

export function securityHeaders(pageCsp: string): Record<string, string> {
	return {
		'Content-Security-Policy': `${pageCsp.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
		// Lessons link to their sources on other sites: those sites learn nothing about the reader.
		'Referrer-Policy': 'no-referrer',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
		'X-Content-Type-Options': 'nosniff',
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

export interface SiteHeaders {
	/** The deployment base path without a trailing slash ('' at the root). */
	base: string;
	/** Headers for every response. */
	security: Record<string, string>;
	/** Extra headers for some paths: caching of hashed assets and service workers. */
	rules: HeaderRule[];
	/** The "page not found" page per language prefix, most specific first: `/uz/` → `/uz/404.html`. */
	notFound: { prefix: string; page: string }[];
}

/** @param serviceWorkers site paths of the service worker scripts, which browsers must revalidate */
/** @param notFound each language's prefix and 404 page (site paths); the root one may come anywhere */
export function siteHeaders(base: string, pageCsp: string, serviceWorkers: string[], notFound: { prefix: string; page: string }[] = []): SiteHeaders {
	return {
		base,
		// Longest prefix first, so /uz/ wins over /.
		notFound: [...notFound].sort((a, b) => b.prefix.length - a.prefix.length).map(({ prefix, page }) => ({ prefix: `${base}${prefix}`, page: `${base}${page}` })),
		security: securityHeaders(pageCsp),
		rules: [
			// File names carry a content hash: cache them for a year.
			{ prefix: `${base}/_astro/`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
			// A cached worker would delay every update: always ask the server.
			...serviceWorkers.map((path) => ({ prefix: `${base}${path}`, headers: { 'Cache-Control': 'no-cache' } })),
		],
	};
}

const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;

/**
 * Netlify and Cloudflare Pages: `_headers` in the published folder. Both merge every rule that
 * matches a path (and join repeated names with commas), so each header is written once.
 */
export function netlifyHeaders({ base, security, rules }: SiteHeaders): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [block(`${base}/*`, security), ...rules.map(({ prefix, headers }) => block(prefix.endsWith('/') ? `${prefix}*` : prefix, headers))]
		.join('\n\n')
		.concat('\n');
}

/**
 * Netlify: `_redirects`, a 404 status rule per language so /uz/… misses show the Uzbek 404 page
 * (Cloudflare Pages already serves the nearest 404.html up the path).
 */
export function netlifyRedirects({ notFound }: SiteHeaders): string {
	return notFound
		.map(({ prefix, page }) => `${prefix}* ${page} 404`)
		.join('\n')
		.concat('\n');
}

/** Apache 2.4 with mod_headers: `.htaccess` in the published folder. */
export function apacheHtaccess({ security, rules, notFound }: SiteHeaders): string {
	const lines = ['# Security and cache headers for Ogoh (generated at build time).'];
	// Each language's "page not found" page (needs AllowOverride FileInfo, like the headers).
	for (const { prefix, page } of notFound) {
		if (prefix.length > 1) lines.push(`<If "%{REQUEST_URI} =~ m#^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#">`, `  ErrorDocument 404 ${page}`, '</If>');
		else lines.push(`ErrorDocument 404 ${page}`);
	}
	lines.push('<IfModule mod_headers.c>');
	for (const [name, value] of Object.entries(security)) lines.push(`  Header always set ${name} ${quoted(value)}`);
	for (const { prefix, headers } of rules) {
		const pattern = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		lines.push(`  <If "%{REQUEST_URI} =~ m#^${pattern}${prefix.endsWith('/') ? '' : '$'}#">`);
		for (const [name, value] of Object.entries(headers)) lines.push(`    Header always set ${name} ${quoted(value)}`);
		lines.push('  </If>');
	}
	lines.push('</IfModule>', '');
	return lines.join('\n');
}

/**
 * nginx: `include` this file inside the `server` block (instead of your own `location /`). Each
 * location repeats the security headers because nginx drops inherited add_header lines in a
 * block that has its own.
 */
export function nginxInclude({ base, security, rules, notFound }: SiteHeaders): string {
	const lines = ['# Security and cache headers for Ogoh (generated at build time).'];
	const notFoundFor = new Map(notFound.map(({ prefix, page }) => [prefix, page]));
	const languages: HeaderRule[] = notFound.filter(({ prefix }) => prefix !== `${base}/`).map(({ prefix }) => ({ prefix, headers: {} }));
	for (const { prefix, headers } of [{ prefix: `${base}/`, headers: {} }, ...languages, ...rules] as HeaderRule[]) {
		lines.push(`location ${prefix.endsWith('/') ? '^~ ' : '= '}${prefix} {`);
		// Each language's "page not found" page.
		if (notFoundFor.has(prefix)) lines.push(`    error_page 404 ${notFoundFor.get(prefix)};`);
		for (const [name, value] of Object.entries({ ...security, ...headers })) lines.push(`    add_header ${name} ${quoted(value)} always;`);
		lines.push('}');
	}
	lines.push('');
	return lines.join('\n');
}
