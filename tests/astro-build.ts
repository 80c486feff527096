/** Runs a real `astro build` of a content tree, as `npm run build` would, for tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Vitest puts its own import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test…);
 * a child build must not inherit them, or it would ignore BASE_PATH and build in test mode.
 */
const VITEST_ENV = /^(TEST|VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** @param cwd the project to build (another copy of it, for tests/unit/new-language-build.test.ts) */
export function astroBuild(contentRoot: string, outDir: string, env: Record<string, string> = {}, timeout = 240_000, cwd = process.cwd()) {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
	const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
		env: { ...inherited, OGOH_CONTENT_ROOT: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', OGOH_SKIP_CONTENT_CHECK: '', ...env },
		encoding: 'utf8',
		timeout,
		cwd,
	});
	return { status: result.status, output: result.stdout + result.stderr };
}
