/**
 * The baseline of "lesson JS ≤ Starlight + 5 KB" (issue #15): builds a plain Starlight site with
 * Ogoh's languages and Starlight options (the same as tests/bench/scale/plain-site.ts) and a lesson
 * page with a table of contents, and records the JavaScript such a page runs (gzipped) in
 * plain-starlight.json, with the Starlight and Astro versions it was measured with. `npm run bench`
 * compares a built Ogoh lesson with it and asks for a new measurement when the versions change:
 * `npm run bench:plain` (about half a minute).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzippedSize, scriptsOf } from './scripts.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PLAIN_STARLIGHT_FILE = join(HERE, 'plain-starlight.json');

export interface PlainStarlight {
	starlight: string;
	astro: string;
	/** Gzipped bytes of the scripts of a plain Starlight lesson page (with a table of contents). */
	lessonJs: number;
	measured: string;
}

/** The installed versions of Starlight and Astro. */
export function installedVersions(): { starlight: string; astro: string } {
	const version = (name: string) => (JSON.parse(readFileSync(join(HERE, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	return { starlight: version('@astrojs/starlight'), astro: version('astro') };
}

function measure(): PlainStarlight {
	// Inside the repository, so the build finds the project's node_modules (git ignores .work/).
	const dir = join(HERE, 'scale', '.work', 'plain-lesson-js');
	rmSync(dir, { recursive: true, force: true });
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write(
		'astro.config.mjs',
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	trailingSlash: 'always',
	integrations: [starlight({ title: 'Plain', defaultLocale: 'root',
		locales: { root: { label: 'English', lang: 'en' }, uz: { label: 'Oʻzbekcha', lang: 'uz' }, ru: { label: 'Русский', lang: 'ru' }, kk: { label: 'Қазақша', lang: 'kk' }, 'uz-cyrl': { label: 'Ўзбекча', lang: 'uz-Cyrl' } },
		expressiveCode: false, lastUpdated: false, pagefind: true,
		sidebar: [{ label: 'Lessons', items: [{ autogenerate: { directory: 'lessons' } }] }] })],
});
`
	);
	write(
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`
	);
	write('src/content/docs/index.md', '---\ntitle: Home\n---\n\nHome.\n');
	for (const locale of ['', 'ru/']) {
		for (const n of [1, 2]) write(`src/content/docs/${locale}lessons/lesson-${n}.md`, `---\ntitle: Lesson ${n}\n---\n\n## One\n\nText.\n\n## Two\n\nText.\n\n### Three\n\nText.\n`);
	}
	const astro = join(HERE, '..', '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
	execFileSync(process.execPath, [astro, 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	const lessonJs = gzippedSize(scriptsOf(join(dir, 'dist'), 'ru/lessons/lesson-1/index.html'));
	return { ...installedVersions(), lessonJs, measured: new Date().toISOString().slice(0, 10) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const result = measure();
	writeFileSync(PLAIN_STARLIGHT_FILE, `${JSON.stringify(result, null, '\t')}\n`);
	console.log(`A plain Starlight ${result.starlight} lesson page runs ${(result.lessonJs / 1024).toFixed(2)} KB of JavaScript (gzipped): ${PLAIN_STARLIGHT_FILE}`);
}
