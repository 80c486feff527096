import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, contentRoot } from '../lib/check-content.ts';

/**
 * Fails the build before anything is rendered when the curriculum has a mistake, with Astro's
 * AstroError (the problems as its message, the fix as its hint).
 * `OGOH_CONTENT_ROOT` points the check at another tree (the bad-input fixtures in tests/).
 * Vitest loads this config too (OGOH_SKIP_CONTENT_CHECK=1): there the content is checked by
 * tests/unit/validate-content.test.ts instead, so one bad lesson does not stop every unit test.
 */
export function validateContentIntegration(): AstroIntegration {
	return {
		name: 'ogoh:validate-content',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				// `astro preview` serves what was already built and checked.
				if (command === 'preview' || process.env.OGOH_SKIP_CONTENT_CHECK === '1') return;
				checkContent(contentRoot(fileURLToPath(config.root)));
				logger.info('content check passed');
			},
		},
	};
}
