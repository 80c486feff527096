/**
 * The whole built site as a zip a teacher can unpack on a laptop with no network and open by
 * double-clicking index.html. Pages opened from file:// differ from served ones in three ways,
 * each handled here:
 * - absolute links (`/lessons/x/`) point at the disk's root: they become relative, ending in
 *   index.html because there is no server to find a folder's index;
 * - browsers refuse ES module files from file:// (no origin for CORS): each module entry is
 *   bundled by esbuild into one classic script;
 * - search needs fetch(), which file:// pages cannot use: the Pagefind index stays out and the
 *   search button is hidden (the lesson lists and glossary still work).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { afterBuildIntegration } from './after-build.ts';
import { LOCALES } from '../lib/locales.ts';
import { paths } from '../lib/routes.ts';
import { ZipWriter } from '../lib/zip-writer.ts';
import { megabytes, withZipSize } from '../lib/zip-size.ts';

/**
 * After the build (and the host files, before the service workers): the zip, then its size on
 * each language's teachers page, formatted in that language. The pages are rendered before the
 * zip exists, so each carries a hidden slot for the size (src/lib/zip-size.ts).
 */
export function siteZipIntegration(): AstroIntegration {
	return afterBuildIntegration('ogoh:site-zip', async ({ dist, base, logger }) => {
		const zip = await writeSiteZip(dist, base);
		logger.info(`offline zip: ${paths.siteZip()} (${megabytes(zip.bytes, 'en')} MB, ${zip.files} files)`);
		for (const locale of LOCALES) {
			const page = join(dist, paths.teachers(locale), 'index.html');
			const filled = withZipSize(readFileSync(page, 'utf8'), zip.bytes, locale);
			if (!filled) throw new Error(`${page} has no <span data-ogoh-zip-size hidden> with a {size} slot for the offline zip's size.`);
			writeFileSync(page, filled);
		}
	});
}

/** Not in the zip: the zip itself, search (needs a server), host config files. */
const LEFT_OUT = /^(downloads\/|pagefind\/|_headers$|\.htaccess$|nginx-headers\.conf$|robots\.txt$|sw\.js$|[a-z]{2}\/sw\.js$)/;

const ZIP_CSS = '_astro/ogoh-zip.css';
const ZIP_STYLES = 'site-search, ogoh-offline-status { display: none !important; }\n';

export async function writeSiteZip(dist: string, base: string): Promise<{ bytes: number; files: number }> {
	const files = listFiles(dist).filter((file) => !LEFT_OUT.test(file));
	const exists = new Set(files);

	const pages = files.filter((file) => file.endsWith('.html'));
	// Each page's module scripts become one classic script: separate bundles would each run the
	// chunks they share (defining the same custom element twice).
	const pageScripts = new Map<string, string>();
	for (const page of pages) {
		const sources = [...readFileSync(join(dist, page), 'utf8').matchAll(/<script type="module" src="([^"]+)"/g)];
		pageScripts.set(page, sources.map((match) => stripBase(match[1]!, base).slice(1)).join('\n'));
	}
	const classic = new Map<string, { file: string; code: string }>();
	for (const scripts of new Set(pageScripts.values())) {
		if (scripts) classic.set(scripts, { file: classicName(scripts), code: await bundleClassic(dist, scripts.split('\n')) });
	}

	const out = join(dist, paths.siteZip());
	mkdirSync(dirname(out), { recursive: true });
	const zip = new ZipWriter(out);
	const entries = [
		{ name: 'README.txt', data: () => Buffer.from(README) },
		{ name: ZIP_CSS, data: () => Buffer.from(ZIP_STYLES) },
		...[...classic.values()].map(({ file, code }) => ({ name: file, data: () => Buffer.from(code) })),
		...files.map((file) => ({
			name: file,
			data: () => {
				const data = readFileSync(join(dist, file));
				const script = classic.get(pageScripts.get(file) ?? '')?.file;
				return file.endsWith('.html') ? Buffer.from(pageForDisk(data.toString('utf8'), file, exists, base, script)) : data;
			},
		})),
	];
	// Each page is rewritten for the disk on the main thread while earlier ones are deflated beside it.
	await zip.addAll(entries.map(({ name, data }) => ({ name: `ogoh/${name}`, data })));
	return { bytes: zip.close(), files: entries.length };
}

const README =
	'Open index.html in a web browser. Everything works without internet except search.\n' +
	'Откройте index.html в браузере. Всё работает без интернета, кроме поиска.\n' +
	'index.html faylini brauzerda oching. Qidiruvdan tashqari hammasi internetsiz ishlaydi.\n';

function listFiles(root: string, folder = ''): string[] {
	return readdirSync(join(root, folder)).flatMap((name) => {
		const file = folder ? `${folder}/${name}` : name;
		return statSync(join(root, file)).isDirectory() ? listFiles(root, file) : [file];
	});
}

function stripBase(url: string, base: string): string {
	return base && url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}

function classicName(scripts: string): string {
	return `_astro/classic-${createHash('sha256').update(scripts).digest('hex').slice(0, 10)}.js`;
}

/** A page's module scripts and everything they import, in order, as one classic script. */
async function bundleClassic(dist: string, scripts: string[]): Promise<string> {
	const result = await build({
		stdin: { contents: scripts.map((file) => `import ${JSON.stringify(`./${file}`)};`).join('\n'), resolveDir: dist, loader: 'js' },
		bundle: true,
		format: 'iife',
		minify: true,
		write: false,
		logLevel: 'silent',
		plugins: [withoutVitePreload],
	});
	return result.outputFiles[0]!.text;
}

/**
 * In one classic bundle every dynamic import() is inlined, so there is nothing to preload; and
 * Vite's preload helper resolves chunk URLs against import.meta.url, which a classic script does
 * not have ("Failed to construct 'URL'" on every page opened from disk). It becomes a plain call.
 */
const withoutVitePreload: Plugin = {
	name: 'ogoh-without-vite-preload',
	setup(build) {
		build.onLoad({ filter: /[\\/]preload-helper\.[^/\\]+\.js$/ }, (args) => {
			const source = readFileSync(args.path, 'utf8');
			const exported = /export\s*\{\s*\w+\s+as\s+(\w+)\s*\}\s*;?\s*$/.exec(source)?.[1];
			if (!exported) throw new Error(`offline zip: Vite's preload helper ${args.path} no longer ends in one named export; update site-zip.ts`);
			return { contents: `export const ${exported} = (load) => load();`, loader: 'js' };
		});
	},
};

/** One page, rewritten to work from the disk (see the file comment). */
export function pageForDisk(html: string, file: string, exists: Set<string>, base: string, classicScript: string | undefined): string {
	const folder = posix.dirname(file);
	const toRelative = (target: string) => posix.relative(folder, target);
	return (
		html
			// A file:// page has no origin of its own: keep its scripts running, not the served site's CSP.
			.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
			// Starlight's language menu sets location.pathname, which is absolute; href resolves relative paths.
			.replace(/window\.location\.pathname=/g, 'window.location.href=')
			.replace(/<script type="module" src="[^"]+"><\/script>/g, '')
			.replace('</head>', classicScript ? `<script defer src="${toRelative(classicScript)}"></script></head>` : '</head>')
			.replace('</head>', `<link rel="stylesheet" href="${toRelative(ZIP_CSS)}"></head>`)
			.replace(/\b(href|src|value|action)="(\/[^"]*)"/g, (whole, attribute: string, url: string) => {
				const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(stripBase(url, base))!;
				const target = path.slice(1);
				if (target === '' || target.endsWith('/')) {
					return exists.has(`${target}index.html`) ? `${attribute}="${toRelative(`${target}index.html`)}${suffix}"` : whole;
				}
				return exists.has(target) ? `${attribute}="${toRelative(target)}${suffix}"` : whole;
			})
			// Links already relative (the home pages' buttons) still need the folder's index.html.
			.replace(/\bhref="((?![a-z]+:|\/|#)[^"?#]*\/)([?#][^"]*)?"/g, (whole, path: string, suffix = '') =>
				exists.has(posix.join(folder, path, 'index.html')) ? `href="${path}index.html${suffix}"` : whole,
			)
	);
}
