/**
 * Deterministic shuffling: the same seed always gives the same order, so a learner sees a stable
 * order within one attempt (even after a reload) and a new order on the next attempt.
 */

/** A 32-bit seed from any text (FNV-1a). */
export function seedFrom(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a tiny, good-enough PRNG for ordering options. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher-Yates). With two or more items it never returns the original order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const next = random(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	// An unshuffled order would give away an ordering question: rotate by one instead (one item stays as it is).
	if (out.length > 0 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}

/**
 * The next attempt's seed, drawn from the last one and a salt (the time). It is drawn again, a few
 * times at most, while it would show every list in the last attempt's order, so that a retry looks
 * new: with three options one draw in five would otherwise repeat it. `orderOf` names an attempt's
 * order, the same text for the same order on screen.
 */
export function nextSeed(previous: number, salt: string, orderOf: (seed: number) => string, tries = 8): number {
	const before = orderOf(previous);
	let seed = previous;
	for (let i = 0; i < tries; i++) {
		seed = seedFrom(`${salt}/${seed}`);
		if (orderOf(seed) !== before) break;
	}
	return seed;
}
