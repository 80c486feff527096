/** The built site served by `astro preview` on localhost, started for a benchmark if none runs. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const PREVIEW_ORIGIN = 'http://localhost:4321';

/**
 * Runs `work` against the preview server on `port` (OGOH_PORT, else 4321; a server already answering there is used);
 * stops the server afterwards if this function started it.
 */
export async function withPreview<T>(work: (origin: string) => Promise<T>, port = Number(process.env.OGOH_PORT ?? 4321)): Promise<T> {
	const origin = `http://localhost:${port}`;
	const isUp = () => fetch(`${origin}/`).then((response) => response.ok, () => false);
	if (await isUp()) return work(origin);
	const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
	const server = spawn(process.execPath, [astro, 'preview', '--port', String(port), '--host', 'localhost'], {
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	try {
		for (let tries = 0; !(await isUp()); tries++) {
			if (tries > 120) throw new Error(`astro preview did not start on port ${port} within 60 s`);
			await sleep(500);
		}
		return await work(origin);
	} finally {
		server.kill();
	}
}
