/**
 * The real `astro build` stops on bad content with Astro's AstroError: its output names the file
 * (and line), the field, the rule's code and the fix as the hint. One fixture per rule family that
 * a build sees differently (schema, YAML, MDX, links, style); validate-content.test.ts checks every
 * rule in detail, fast.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuild } from '../astro-build.ts';
import { BAD_FIXTURES, fixtureTree } from '../fixture-tree.ts';

describe('npm run build on bad content', () => {
	test.concurrent.each(BAD_FIXTURES.filter((f) => f.build))('$name fails the build', async ({ name, problems }) => {
		const { status, output } = astroBuild(fixtureTree(name), join(fixtureTree(), 'dist'), {}, 200_000);
		expect(status, output).not.toBe(0);
		expect(output).toContain('Ogoh content check found');
		expect(output).toContain('Hint:');
		for (const [code, file, field, line] of problems) {
			// with a line, Astro's "Location:" names the source file and line too
			expect(output).toContain(line === undefined ? file : `${file}:${line}:1`);
			expect(output).toContain(`${field}:`);
			expect(output).toContain(`[${code}]`);
		}
	}, 240_000);
});
