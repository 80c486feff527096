/**
 * After the build: what static hosts read. Each language's "page not found" page where hosts look
 * for it, and the security-header files (Netlify/Cloudflare `_headers` and `_redirects`, Apache
 * `.htaccess`, an nginx include) carrying the pages' CSP.
 */
import { existsSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuildIntegration } from './after-build.ts';
import { apacheHtaccess, netlifyHeaders, netlifyRedirects, nginxInclude, siteHeaders } from '../lib/headers.ts';
import { LOCALES } from '../lib/locales.ts';
import { notFoundPage } from '../lib/offline.ts';
import { paths } from '../lib/routes.ts';

export function hostFilesIntegration(): AstroIntegration {
	return afterBuildIntegration('ogoh:host-files', ({ dist, base }) => {
		// Astro writes /uz/404 as uz/404/index.html; static hosts and the header files look for uz/404.html.
		for (const locale of LOCALES) {
			const folder = join(dist, paths.home(locale), '404');
			if (existsSync(join(folder, 'index.html'))) {
				renameSync(join(folder, 'index.html'), join(dist, notFoundPage(locale)));
				rmdirSync(folder);
			}
		}
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
		if (!csp) throw new Error('dist/index.html has no content-security-policy <meta>: check security.csp in astro.config.mjs.');
		const notFound = LOCALES.map((locale) => ({ prefix: paths.home(locale), page: notFoundPage(locale) }));
		const headers = siteHeaders(
			base,
			csp,
			LOCALES.map((locale) => paths.serviceWorker(locale)),
			notFound,
		);
		writeFileSync(join(dist, '_headers'), netlifyHeaders(headers));
		writeFileSync(join(dist, '_redirects'), netlifyRedirects(headers));
		writeFileSync(join(dist, '.htaccess'), apacheHtaccess(headers));
		writeFileSync(join(dist, 'nginx-headers.conf'), nginxInclude(headers));
	});
}
