/**
 * `npm run bench:search` (after `npm run build`): types every query of search-queries.ts into the
 * real search dialog of the built site in chromium, one language at a time, and prints the share
 * of queries with a relevant page (the lesson or its quiz) in the first three results, per
 * language, and the bytes the first search downloads (a plain query, and one with a typo, which
 * also downloads the word list). Exits non-zero below 90% in any language or over 200 KB.
 *
 * Serves dist/ with `astro preview` on OGOH_PORT (default 4321). `--verbose` lists every query;
 * `--only=kk,uz-cyrl` measures those languages' relevance only (the first-search weights are always measured).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Page } from '@playwright/test';
import { localePrefix, LOCALES, type Locale } from '../../src/lib/locales.ts';
import { measureFirstSearch } from './page-weight.ts';
import { QUERIES } from './search-queries.ts';

const PORT = Number(process.env.OGOH_PORT ?? 4321);
const ORIGIN = `http://localhost:${PORT}`;
const TOP3_GOAL = 0.9;
const FIRST_SEARCH_LIMIT = 200 * 1024;
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');

const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** The result links shown for a query, once the dialog has settled on it. */
async function topResults(page: Page, query: string): Promise<string[]> {
	const input = page.locator('#starlight__search input').first();
	await input.fill(query);
	let previous = '';
	let stable = 0;
	for (let tries = 0; tries < 60; tries++) {
		await sleep(250);
		const state = await page.evaluate(() => {
			const settled = document.querySelector<HTMLElement>('site-search')?.dataset.settled;
			const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
			// The first three results; one still loading its fragment has no link yet ('').
			const links = [...document.querySelectorAll('#starlight__search .pagefind-ui__results > li')]
				.slice(0, 3)
				.map((item) => item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title .pagefind-ui__result-link'))
				.map((link) => (link ? new URL(link.href).pathname : ''));
			return { settled, message, links };
		});
		const key = JSON.stringify(state);
		stable = key === previous ? stable + 1 : 0;
		previous = key;
		// Results appear after the count (each loads its fragment): no links must hold for a second.
		const ready = state.settled === query.trim() && state.message && !state.message.endsWith('...');
		if (ready && !state.links.includes('') && stable >= (state.links.length ? 1 : 4)) return state.links;
	}
	throw new Error(`Search for "${query}" did not settle`);
}

function relevant(locale: Locale, slugs: string[]): Set<string> {
	const prefix = localePrefix(locale);
	return new Set(slugs.flatMap((slug) => [`${prefix}/lessons/${slug}/`, `${prefix}/quizzes/${slug}/`, `${prefix}/glossary/${slug}/`]));
}

async function run(): Promise<boolean> {
	const browser = await chromium.launch(CHROMIUM);
	let ok = true;
	try {
		console.log('Search relevance: a relevant page in the first 3 results (goal ≥ 90% per language)\n');
		for (const locale of LOCALES.filter((code) => !only || only.includes(code))) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${ORIGIN}${localePrefix(locale)}/`);
			await page.locator('button[data-open-modal]:not([disabled])').click();
			let hits = 0;
			const misses: string[] = [];
			for (const { query, answers, kind } of QUERIES[locale]) {
				const top = await topResults(page, query);
				const hit = top.some((path) => relevant(locale, answers).has(path));
				if (hit) hits++;
				else misses.push(`  miss [${kind}] "${query}" → ${top.join(', ') || '(nothing)'}`);
				if (verbose) console.log(`  ${hit ? 'ok  ' : 'MISS'} [${locale}] "${query}" → ${top.join(', ')}`);
			}
			const share = hits / QUERIES[locale].length;
			if (share < TOP3_GOAL) ok = false;
			console.log(`${locale}: ${hits}/${QUERIES[locale].length} = ${(share * 100).toFixed(0)}% ${share >= TOP3_GOAL ? 'ok' : 'BELOW GOAL'}`);
			for (const miss of misses) console.log(miss);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const dist = join(process.cwd(), 'dist');
	console.log('\nFirst search (limit 200 KB):');
	for (const [label, path, query] of [
		['"password" on a lesson page', '/lessons/phishing-links/', 'password'],
		['"passwrod" (typo: also the word list)', '/lessons/phishing-links/', 'passwrod'],
		['"soxta dokon" in Uzbek (word list)', '/uz/lessons/phishing-links/', 'soxta dokon'],
		['"фишинг" in Russian', '/ru/lessons/phishing-links/', 'фишинг'],
		['"жалған дүкен" in Kazakh', '/kk/lessons/phishing-links/', 'жалған дүкен'],
		['"жалган дукен" in Kazakh, plain keyboard (word list)', '/kk/lessons/phishing-links/', 'жалган дукен'],
		['"сохта дўкон" in Uzbek Cyrillic', '/uz-cyrl/lessons/phishing-links/', 'сохта дўкон'],
		['"soxta dokon" in Latin on Uzbek Cyrillic (word list)', '/uz-cyrl/lessons/phishing-links/', 'soxta dokon'],
	] as const) {
		const weight = await measureFirstSearch(ORIGIN, dist, path, query);
		const fits = weight.total <= FIRST_SEARCH_LIMIT;
		if (!fits) ok = false;
		console.log(`  ${label}: ${weight.requests} requests, ${(weight.total / 1024).toFixed(1)} KB ${fits ? 'ok' : 'OVER LIMIT'}`);
	}
	return ok;
}

const isUp = () => fetch(`${ORIGIN}/`).then((response) => response.ok, () => false);
if (await isUp()) throw new Error(`Port ${PORT} is taken: stop that server or set OGOH_PORT`);
const server = spawn(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(PORT), '--host', 'localhost'], {
	stdio: 'ignore',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
	for (let tries = 0; !(await isUp()); tries++) {
		if (tries > 120) throw new Error(`astro preview did not start on port ${PORT} within 60 s`);
		await sleep(500);
	}
	const ok = await run();
	console.log(ok ? '\nResult: passed.' : '\nResult: FAILED.');
	process.exitCode = ok ? 0 : 1;
} finally {
	server.kill();
}
