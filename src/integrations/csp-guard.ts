import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingHashes, pagePolicy } from '../lib/csp.ts';
import { afterBuildIntegration } from './after-build.ts';

const HASHES_FILE = 'src/csp-hashes.json';

/**
 * After the build, checks that every page has a CSP and that it allows every inline script.
 * With OGOH_UPDATE_CSP_HASHES=1 it adds the missing script hashes to src/csp-hashes.json
 * instead (then build again).
 */
export function cspGuardIntegration(): AstroIntegration {
	return afterBuildIntegration('ogoh:csp-guard', ({ dist: outDir, root, logger }) => {
		const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		const problems: string[] = [];
		const missingScripts = new Set<string>();
		for (const page of pages) {
			const html = readFileSync(join(outDir, page), 'utf8');
			if (!pagePolicy(html)) {
				problems.push(`${page}: no Content-Security-Policy <meta>`);
				continue;
			}
			const missing = missingHashes(html);
			missing.scripts.forEach((hash) => missingScripts.add(hash));
			if (missing.scripts.length || missing.styles.length) {
				problems.push(`${page}: inline code not allowed by its CSP: ${[...missing.scripts, ...missing.styles].join(' ')}`);
			}
		}
		if (missingScripts.size && process.env.OGOH_UPDATE_CSP_HASHES === '1') {
			const file = join(root, HASHES_FILE);
			const current = JSON.parse(readFileSync(file, 'utf8')) as { scripts: string[] };
			current.scripts = [...new Set([...current.scripts, ...missingScripts])].sort();
			writeFileSync(file, `${JSON.stringify(current, null, '\t')}\n`);
			logger.warn(`added ${missingScripts.size} hashes to ${HASHES_FILE}: build again`);
			return;
		}
		if (problems.length) {
			throw new Error(
				`CSP check failed on ${problems.length} page(s). If an upgrade changed Starlight's inline scripts, run ` +
					`\`OGOH_UPDATE_CSP_HASHES=1 npm run build\` and review the change to ${HASHES_FILE}.\n` +
					problems.slice(0, 10).join('\n')
			);
		}
		logger.info(`CSP allows every inline script on ${pages.length} pages`);
	});
}
