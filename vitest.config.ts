/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The content check runs as its own test (validate-content.test.ts), not at every Vitest start.
process.env.OGOH_SKIP_CONTENT_CHECK = '1';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
