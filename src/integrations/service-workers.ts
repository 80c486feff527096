/**
 * After the build: one service worker per language (workbox-build), each saving that language's
 * pages and search index for offline use (what each saves: src/lib/offline.ts). Runs after the
 * offline zip, so the zip holds no service worker (a file:// page cannot use one).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { LOCALES } from '../lib/locales.ts';
import { offlinePlan } from '../lib/offline.ts';
import { afterBuildIntegration } from './after-build.ts';

interface PagefindEntry {
	languages: Record<string, { wasm: string | null }>;
}

export function serviceWorkersIntegration(): AstroIntegration {
	return afterBuildIntegration(
		'ogoh:service-workers',
		async ({ dist, base, logger }) => {
			const entryFile = join(dist, 'pagefind/pagefind-entry.json');
			const pagefind: PagefindEntry = existsSync(entryFile) ? JSON.parse(readFileSync(entryFile, 'utf8')) : { languages: {} };
			// The languages' workers at once: each one's file hashing (I/O) overlaps the others' bundling.
			const workers = LOCALES.map(async (locale) => {
				const plan = offlinePlan(locale, pagefind.languages[locale]?.wasm ?? null);
				const { count, size, warnings } = await generateSW({
					globDirectory: dist,
					globPatterns: plan.globPatterns,
					globIgnores: plan.globIgnores,
					// The root worker also covers /uz/ and /ru/ until theirs is installed: their offline pages.
					additionalManifestEntries: plan.extraFiles.map((file) => ({
						url: `${base}/${file}`,
						revision: createHash('sha256')
							.update(readFileSync(join(dist, file)))
							.digest('hex')
							.slice(0, 16),
					})),
					swDest: join(dist, plan.serviceWorker),
					// Precache URLs are absolute, so the worker at /uz/sw.js finds /_astro/… too.
					modifyURLPrefix: { '': `${base}/` },
					directoryIndex: 'index.html',
					// Assignment and quiz links carry their data in the query: the saved page serves them all.
					ignoreURLParametersMatching: [/.*/],
					// Hashed file names change with their content: no revision query needed.
					dontCacheBustURLsMatching: /\/_astro\//,
					cacheId: `ogoh-${locale}`,
					// Workbox's cleanup deletes every precache whose name contains the worker's scope:
					// the root worker's scope (https://host/) is in the Uzbek and Russian cache names
					// too, so an English update would wipe them. Each worker already drops its own
					// outdated files when a new version activates.
					cleanupOutdatedCaches: false,
					clientsClaim: true,
					// A new version waits until the student reloads (the page offers it): no mix of old and new pages.
					skipWaiting: false,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
					// A page that is not saved: that language's offline page, by path prefix.
					runtimeCaching: plan.fallbacks.map(({ prefix, page }) => ({
						urlPattern: navigationUnder(`${base}${prefix}`),
						handler: 'NetworkOnly' as const,
						options: { precacheFallback: { fallbackURL: `${base}${page}` } },
					})),
				});
				return { plan, count, size, warnings };
			});
			// Reported in the languages' order, whichever finished first.
			for (const { plan, count, size, warnings } of await Promise.all(workers)) {
				for (const warning of warnings) logger.warn(warning);
				logger.info(`service worker ${plan.serviceWorker}: ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
			}
		},
		({ updateConfig }) => {
			updateConfig({ vite: { plugins: [pagefindOnMainThread()] } });
		},
	);
}

/**
 * A workbox route matcher for navigations under a path prefix. workbox-build copies the function's
 * source into the service worker, so the prefix must be written into that source, not captured.
 */
function navigationUnder(prefix: string): (options: { request: Request; url: URL }) => boolean {
	return new Function('{ request, url }', `return request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(prefix)});`) as (options: {
		request: Request;
		url: URL;
	}) => boolean;
}

/**
 * Pagefind searches in a web worker by default, and Chrome matches a worker to the service
 * worker whose scope covers the worker's own URL (/pagefind/…: the English one), not the page's.
 * On an Uzbek or Russian page offline, the worker could not read that language's saved index.
 * On the main thread, Pagefind's requests go through the page's own service worker. Starlight's
 * config schema has no such option, so this adds `noWorker` to the options it hands Pagefind.
 */
function pagefindOnMainThread() {
	return {
		name: 'ogoh-pagefind-main-thread',
		enforce: 'post' as const,
		transform(code: string, id: string) {
			if (id !== '\0virtual:starlight/pagefind-config') return;
			if (!code.includes('export const pagefindUserConfig'))
				throw new Error('Starlight changed virtual:starlight/pagefind-config: update pagefindOnMainThread in src/integrations/service-workers.ts.');
			return `${code}\npagefindUserConfig.noWorker = true;\n`;
		},
	};
}
