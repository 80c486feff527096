/** After the build: robots.txt, pointing to the sitemap when SITE_URL gives the site's address. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { afterBuildIntegration } from './after-build.ts';

export function robotsTxt(base: string, site: string | undefined): string {
	const sitemap = site ? `Sitemap: ${new URL(`${base}/sitemap-index.xml`, site).href}\n` : '';
	return `User-agent: *\nAllow: /\n${sitemap}`;
}

export function robotsTxtIntegration(): AstroIntegration {
	return afterBuildIntegration('ogoh:robots-txt', ({ dist, base, site }) => writeFileSync(join(dist, 'robots.txt'), robotsTxt(base, site)));
}
