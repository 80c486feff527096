/**
 * What a phone downloads on a first visit to each kind of page, measured in Debian's chromium:
 * every request the page makes until the network is quiet, with bytes counted gzipped (as a
 * static host serves them) from the built files. Service workers are blocked so their
 * background saving is not counted as the page's weight.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from '@playwright/test';

export interface PageWeight {
	requests: number;
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
}

const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** Gzipped size of the built file a site URL serves (files Pagefind already compressed stay as they are). */
export function servedBytes(dist: string, url: string): number {
	const path = decodeURI(new URL(url).pathname);
	let file = join(dist, path);
	if (path.endsWith('/')) file = join(file, 'index.html');
	if (!existsSync(file) || !statSync(file).isFile()) return 0;
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipSync(raw).length);
}

function kindOf(url: string, resourceType: string): keyof Omit<PageWeight, 'requests' | 'total'> {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'css';
	if (resourceType === 'script' || url.endsWith('.js')) return 'js';
	return 'other';
}

async function record(page: Page, dist: string, action: () => Promise<unknown>): Promise<PageWeight> {
	const weight: PageWeight = { requests: 0, html: 0, css: 0, js: 0, other: 0, total: 0 };
	const listener = (request: Request) => {
		if (request.url().startsWith('data:')) return;
		const bytes = servedBytes(dist, request.url());
		weight.requests++;
		weight[kindOf(request.url(), request.resourceType())] += bytes;
		weight.total += bytes;
	};
	page.on('requestfinished', listener);
	await action();
	await page.waitForLoadState('networkidle');
	page.off('requestfinished', listener);
	return weight;
}

export async function measurePages(origin: string, dist: string, pages: Record<string, string>) {
	const browser = await chromium.launch(CHROMIUM);
	try {
		const weights: Record<string, PageWeight> = {};
		for (const [name, path] of Object.entries(pages)) {
			const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 } });
			const page = await context.newPage();
			weights[name] = await record(page, dist, () => page.goto(origin + path));
			await context.close();
		}
		return weights;
	} finally {
		await browser.close();
	}
}

/** Everything the first search downloads: Pagefind's UI and engine, the index chunks and the result fragments shown. */
export async function measureFirstSearch(origin: string, dist: string, path: string, query: string): Promise<PageWeight> {
	const browser = await chromium.launch(CHROMIUM);
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(origin + path);
		await page.waitForLoadState('networkidle');
		return await record(page, dist, async () => {
			await page.locator('button[data-open-modal]').click();
			await page.locator('#starlight__search input').first().fill(query);
			await page.locator('.pagefind-ui__result').first().waitFor();
		});
	} finally {
		await browser.close();
	}
}
