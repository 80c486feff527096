/**
 * The real `astro build` stops on every bad-input fixture, and its output names the file and the
 * field. (validate-content.test.ts checks the messages in detail, fast.)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BAD_FIXTURES, fixtureTree } from '../fixture-tree.ts';

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

describe('npm run build on bad content', () => {
	test.concurrent.each(BAD_FIXTURES)('$name fails the build', async ({ name, file, field }) => {
		const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(fixtureTree(), 'dist')], {
			env: { ...process.env, OGOH_CONTENT_ROOT: fixtureTree(name), ASTRO_TELEMETRY_DISABLED: '1', OGOH_SKIP_CONTENT_CHECK: '' },
			encoding: 'utf8',
			timeout: 120_000,
		});
		const output = result.stdout + result.stderr;
		expect(result.status, output).not.toBe(0);
		expect(output).toContain('Ogoh content check found');
		expect(output).toContain(file);
		expect(output).toContain(`${field}:`);
	});
});
