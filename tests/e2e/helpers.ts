import { expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every page of the built site, as a URL path. */
export function builtPages(): string[] {
	const dist = join(process.cwd(), 'dist');
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => '/' + file.replace(/\\/g, '/'))
		// The 404 pages (/404.html, /uz/404.html, /ru/404.html) are opened by their file name.
		.map((path) => (/\/404\.html$/.test(path) ? path : path.replace(/index\.html$/, '').replace(/\.html$/, '/')))
		.sort();
}

export interface PageWatch {
	consoleErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
}

/**
 * Records what a user would never want: console errors, uncaught exceptions, CSP violations and
 * requests to any origin other than the site's own.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
	const watch: PageWatch = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watch.foreignRequests.push(request.url());
	});
	await page.exposeFunction('__reportCsp', (text: string) => watch.cspViolations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
			);
		});
	});
	return watch;
}

export function expectClean(watch: PageWatch): void {
	expect(watch.consoleErrors, 'console errors').toEqual([]);
	expect(watch.cspViolations, 'CSP violations').toEqual([]);
	expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core (WCAG 2.2 A and AA, and best practices) on the page, or only inside `include`.
 * axe-core is injected into the page directly: the @axe-core/playwright wrapper opened an extra
 * tab per run, about a second a page, and this suite checks every page of the site.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async ({ include, tags }) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		},
		{ include, tags: AXE_TAGS }
	);
	expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Elements marked `hidden` that are drawn anyway: a class's `display: flex` beats the browser's
 * `[hidden] { display: none }`, so dead buttons or empty tables show. Space kept with
 * `visibility: hidden` (a quiz's stepper before its script runs) is not drawn and not counted.
 */
export async function drawnButHidden(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('[hidden]')]
			.filter((element) => element.checkVisibility({ visibilityProperty: true }))
			.map((element) => element.outerHTML.slice(0, 120))
	);
}
