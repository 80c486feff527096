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
	/** The project folder, as a path. */
	root: string;
	logger: AstroIntegrationLogger;
}

/**
 * Runs `run` once the site is built, then logs how long it took ("finished in 1.23s", read by the
 * scale benchmark, tests/bench/scale/log.ts).
 */
export function afterBuildIntegration(
	name: string,
	run: (site: BuiltSite) => void | Promise<void>,
	setup?: NonNullable<AstroIntegration['hooks']['astro:config:setup']>,
): AstroIntegration {
	let base = '';
	let site: string | undefined;
	let root = '';
	return {
		name,
		hooks: {
			...(setup ? { 'astro:config:setup': setup } : {}),
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/$/, '');
				site = config.site;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const start = performance.now();
				await run({ dist: fileURLToPath(dir), base, site, root, logger });
				logger.info(`finished in ${((performance.now() - start) / 1000).toFixed(2)}s`);
			},
		},
	};
}
