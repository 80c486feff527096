// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import cspHashes from './src/csp-hashes.json' with { type: 'json' };
import { cspGuardIntegration } from './src/integrations/csp-guard.ts';
import { hostFilesIntegration } from './src/integrations/host-files.ts';
import { robotsTxtIntegration } from './src/integrations/robots-txt.ts';
import { serviceWorkersIntegration } from './src/integrations/service-workers.ts';
import { siteZipIntegration } from './src/integrations/site-zip.ts';
import { starlightLocales } from './src/lib/languages.ts';
import { writeGeneratedLanguages } from './src/lib/generated-language.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';

// Deploying under a sub-path (https://example.org/ogoh/): BASE_PATH=/ogoh/. See README, "Deploying".
const base = process.env.BASE_PATH || '/';

// Uzbek Cyrillic is written from Uzbek Latin before the content is read (src/lib/generated-language.ts).
writeGeneratedLanguages(process.env.OGOH_CONTENT_ROOT ?? '.', '.');

export default defineConfig({
	// Set SITE_URL when deploying so that canonical links, robots.txt and the sitemap use the real address.
	site: process.env.SITE_URL || undefined,
	base,
	trailingSlash: 'always',
	// Starlight would prefetch every link on hover or tap: on paid mobile data that spends the
	// student's data on pages they may not open, and scanning all links is the page's longest task.
	prefetch: false,
	markdown: {
		syntaxHighlight: false,
		// Under a sub-path, lesson links (written from the site root) need the base: that takes a
		// rehype plugin, so the JavaScript (unified) processor. At the root, Astro's default
		// processor is about three times faster on MDX.
		...(base === '/' ? {} : { processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }) }),
	},
	vite: {
		resolve: {
			// Starlight's base styles, for the quiz tool pages' own slim layout (QuizToolPage.astro):
			// the package does not export them.
			alias: { 'starlight-styles': fileURLToPath(new URL('./style', import.meta.resolve('@astrojs/starlight'))) },
		},
	},
	build: {
		// Inline <style> blocks would each need a CSP hash, and Astro lists every page's hashes in
		// every page (26 hashes, 1.4 KB that does not compress, on each page); files are cached.
		inlineStylesheets: 'never',
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"manifest-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind runs its search index as WebAssembly.
				resources: ["'self'", "'wasm-unsafe-eval'"],
				// Starlight's own inline scripts; after an upgrade, `OGOH_UPDATE_CSP_HASHES=1 npm run build` updates them.
				hashes: /** @type {any} */ (cspHashes.scripts),
			},
			styleDirective: {
				// Starlight sets `style="--sl-icon-size: …"` on icons: allow style attributes only.
				resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
	integrations: [
		validateContentIntegration(),
		starlight({
			title: 'Ogoh',
			description: 'Short lessons and quizzes for young people on drug-use prevention and cyber safety.',
			defaultLocale: 'root',
			// Every language of src/lib/languages.ts, English at the root.
			locales: starlightLocales(),
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			components: {
				Head: './src/components/overrides/Head.astro',
				Footer: './src/components/overrides/Footer.astro',
				// Language links and suggestion on the home pages.
				Hero: './src/components/overrides/Hero.astro',
				// Heading anchor labels in the page's language (lessons live outside src/content/docs).
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// No uncaught errors where storage is blocked or full, or holds a stray theme value.
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				// Search as people type it: apostrophes, Uzbek in Cyrillic, typos (README, "Search").
				Search: './src/components/overrides/Search.astro',
			},
			// One 404 page per language (src/pages/[...lang]/404.astro) instead of Starlight's English one.
			disable404Route: true,
			customCss: ['./src/styles/ogoh.css', './src/styles/help-block.css'],
			markdown: { processedDirs: ['./content'] },
			// No code blocks in lessons; Expressive Code's inline styles would need CSP exceptions.
			expressiveCode: false,
			lastUpdated: false,
			// Search: only lessons, quizzes, courses and the glossary are results (README, "Search").
			routeMiddleware: './src/components/overrides/SearchScope.ts',
			pagefind: true,
		}),
		mdx(),
		cspGuardIntegration(),
		// After the build, in this order: 404 pages and header files, robots.txt, the offline zip
		// (which leaves those out), then the service workers (which the zip must not hold).
		hostFilesIntegration(),
		robotsTxtIntegration(),
		siteZipIntegration(),
		serviceWorkersIntegration(),
	],
});
