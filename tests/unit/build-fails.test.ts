/**
 * The real `astro build` stops on every bad-input fixture, and its output names the file and the
 * field. (validate-content.test.ts checks the messages in detail, fast.)
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../astro-build.ts';
import { BAD_FIXTURES, fixtureTree } from '../fixture-tree.ts';

describe('npm run build on bad content', () => {
	test.concurrent.each(BAD_FIXTURES)('$name fails the build', async ({ name, file, field }) => {
		const { status, output } = astroBuild(fixtureTree(name), join(fixtureTree(), 'dist'), {}, 120_000);
		expect(status, output).not.toBe(0);
		expect(output).toContain('Ogoh content check found');
		expect(output).toContain(file);
		expect(output).toContain(`${field}:`);
	});
});
