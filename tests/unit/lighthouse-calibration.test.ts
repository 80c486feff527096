/** The bench's Lighthouse CPU slowdown: the same simulated phone on any host (tests/bench/lighthouse.ts). */
import { expect, test } from 'vitest';
import { calibratedSlowdown } from '../bench/lighthouse.ts';

test.each([
	[1750, 4],
	[875, 2],
	[1000, 2.29],
	[2100, 4.8],
	[437, 1],
	[200, 1],
])('a host with benchmark index %d gets a %dx slowdown', (benchmarkIndex, slowdown) => {
	expect(calibratedSlowdown(benchmarkIndex)).toBe(slowdown);
});
