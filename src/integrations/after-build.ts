/** The shape every "after the build" step shares: the built folder, the base path and the site's address. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

export interface BuiltSite {
	/** The output folder (dist/), as a path. */
	dist: string;
	/** The deployment base path without a trailing slash ('' at the root). */
	base: string;
	/** SITE_URL, when given. */
	site: string | undefined;
	logger: AstroIntegrationLogger;
}

export function afterBuildIntegration(
	name: string,
	run: (site: BuiltSite) => void | Promise<void>,
	setup?: NonNullable<AstroIntegration['hooks']['astro:config:setup']>,
): AstroIntegration {
	let base = '';
	let site: string | undefined;
	return {
		name,
		hooks: {
			...(setup ? { 'astro:config:setup': setup } : {}),
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/$/, '');
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => run({ dist: fileURLToPath(dir), base, site, logger }),
		},
	};
}
