import { defineConfig, devices } from '@playwright/test';

/** OGOH_PORT lets two checkouts run their browser tests side by side. */
const PORT = Number(process.env.OGOH_PORT ?? 4321);
/** The journeys' site (dist-journey, see tests/e2e/journeys/site.ts) is served beside the real one; astro preview allows one server per project unless told --ignore-lock. */
const JOURNEY_PORT = PORT + 50;

// Lets offline.spec.ts cut off the service workers' own requests too (context.route), not only the pages'.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Debian's chromium (installed by .ci/run); Playwright's own browser download is not reachable. */
const chromium = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: chromium,
		trace: 'off',
		// A service worker saves a whole language per new browser context: only offline.spec.ts allows it.
		serviceWorkers: 'block',
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
		{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium }, testIgnore: /all-pages/ },
	],
	webServer: [
		{
			// The tests run against the built site (npm test builds first).
			command: `npm run preview -- --host localhost --port ${PORT} --ignore-lock`,
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `npm run preview -- --host localhost --port ${JOURNEY_PORT} --outDir dist-journey --ignore-lock`,
			url: `http://localhost:${JOURNEY_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
