/**
 * `npm run bench:libraries [dir]`: the hand-written zip writer (src/lib/zip-writer.ts) and calendar
 * file (src/lib/ics.ts) against the npm packages that could replace them (yazl, ics): time, output
 * size, and for the calendar, what it would add to the assignment builder's browser script
 * (minified, gzipped). The zip is made from a built site (default: dist/, run `npm run build` first).
 * The packages are devDependencies for this benchmark only; results are in the README.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createEvent } from 'ics';
import yazl from 'yazl';
import { assignmentIcs } from '../../src/lib/ics.ts';
import { ZipWriter } from '../../src/lib/zip-writer.ts';

const work = mkdtempSync(join(tmpdir(), 'ogoh-bench-libraries-'));
const HAND_ICS = join(import.meta.dirname, '../../src/lib/ics.ts');

function listFiles(root: string, folder = ''): string[] {
	return readdirSync(join(root, folder)).flatMap((name) => {
		const file = folder ? `${folder}/${name}` : name;
		return statSync(join(root, file)).isDirectory() ? listFiles(root, file) : [file];
	});
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(runs: number, run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		bytes = await run();
		times.push(performance.now() - start);
	}
	return { ms: Math.round(median(times)), bytes };
}

async function zipBench(dir: string) {
	const files = listFiles(dir).filter((file) => !file.startsWith('downloads/'));
	const handWritten = await timed(3, async () => {
		const zip = new ZipWriter(join(work, 'hand.zip'));
		for (const file of files) zip.add(`ogoh/${file}`, readFileSync(join(dir, file)));
		return zip.close();
	});
	const withYazl = await timed(3, async () => {
		const zip = new yazl.ZipFile();
		const out = createWriteStream(join(work, 'yazl.zip'));
		const done = new Promise<void>((resolve) => out.on('close', resolve));
		zip.outputStream.pipe(out);
		for (const file of files) zip.addBuffer(readFileSync(join(dir, file)), `ogoh/${file}`, { mtime: new Date(1980, 0, 1), mode: 0o100644 });
		zip.end();
		await done;
		return statSync(join(work, 'yazl.zip')).size;
	});
	return { files: files.length, handWritten, withYazl };
}

async function bundled(contents: string): Promise<number> {
	const result = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', platform: 'browser' });
	return gzipSync(result.outputFiles[0]!.contents).length;
}

async function icsBench() {
	const event = { title: 'Ogoh: 9B, refusal; skills', description: 'Lesson one\nQuiz two', due: '2026-12-20', url: 'https://ogoh.example/assignments/#a=xyz', now: new Date('2026-11-23T10:00:00Z') };
	const N = 2000;
	const handWritten = await timed(3, async () => {
		let bytes = 0;
		for (let i = 0; i < N; i++) bytes = assignmentIcs(event).length;
		return bytes;
	});
	const withIcs = await timed(3, async () => {
		let bytes = 0;
		for (let i = 0; i < N; i++) {
			const { value } = createEvent({ start: [2026, 12, 20], end: [2026, 12, 21], title: event.title, description: event.description, url: event.url, uid: 'x@ogoh', productId: 'Ogoh' });
			bytes = value!.length;
		}
		return bytes;
	});
	const handBundle = await bundled(`import { assignmentIcs } from ${JSON.stringify(HAND_ICS)}; console.log(assignmentIcs);`);
	const icsBundle = await bundled(`import { createEvent } from 'ics'; console.log(createEvent);`);
	return { events: N, handWritten, withIcs, handBundle, icsBundle };
}

const dir = process.argv[2] ?? 'dist';
const zip = await zipBench(dir);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
console.log(`zip of ${dir} (${zip.files} files, median of 3):`);
console.log(`  hand-written: ${zip.handWritten.ms} ms, ${mb(zip.handWritten.bytes)}`);
console.log(`  yazl:         ${zip.withYazl.ms} ms, ${mb(zip.withYazl.bytes)}`);
const ics = await icsBench();
console.log(`calendar file (${ics.events} events, median of 3):`);
console.log(`  hand-written: ${ics.handWritten.ms} ms; in the browser bundle ${(ics.handBundle / 1024).toFixed(1)} KB gzipped`);
console.log(`  ics:          ${ics.withIcs.ms} ms; in the browser bundle ${(ics.icsBundle / 1024).toFixed(1)} KB gzipped`);
