/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Mutation testing (npm run mutation) runs the unit tests once per mutant: the tests that run real
// `astro build`s take minutes each and test the build, not src/lib, so they are left out here.
process.env.OGOH_SKIP_CONTENT_CHECK = '1';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		exclude: ['tests/unit/*-build.test.ts', 'tests/unit/build-fails.test.ts'],
		testTimeout: 60_000,
	},
});
