/**
 * Lighthouse (mobile emulation, its default simulated slow 4G and 4x CPU slowdown) against the
 * local preview, in Debian's chromium. Scores are 0-100 per category. Each page is measured
 * RUNS times and the median kept, as Lighthouse's own guidance on variance recommends: on a
 * shared 2-core machine one run's blocking time varies by tens of milliseconds.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const RUNS = 3;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
	scores: Record<Category, number>;
	/** Titles of the audits that cost points, for a broken budget's message. */
	failing: string[];
}

export async function runLighthouse(urls: Record<string, string>): Promise<Record<string, LighthouseResult>> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const results: Record<string, LighthouseResult> = {};
		for (const [name, url] of Object.entries(urls)) {
			const runs: LighthouseResult[] = [];
			for (let i = 0; i < RUNS; i++) {
				const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
				if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
				const { categories, audits } = run.lhr;
				const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
				const failing = CATEGORIES.flatMap((id) =>
					(categories[id]?.auditRefs ?? [])
						.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
						.map((ref) => `${id}: ${audits[ref.id]!.title} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score})`)
				);
				runs.push({ scores, failing });
			}
			// The run with the median performance score (the other categories do not vary).
			runs.sort((a, b) => a.scores.performance - b.scores.performance);
			results[name] = runs[Math.floor(RUNS / 2)]!;
		}
		return results;
	} finally {
		chrome.kill();
	}
}
