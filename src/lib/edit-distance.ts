/** How far a typed word is from a word of the search index (src/lib/search-text.ts corrects typos with it). */

/** Levenshtein distance with adjacent transpositions (passwrod → password is 1), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		before = previous;
		previous = current;
	}
	return Math.min(previous[y.length]!, max + 1);
}

/** How many typing mistakes a word of this length may carry and still be corrected. */
export const allowedMistakes = (word: string) => ([...word].length <= 3 ? 0 : [...word].length <= 5 ? 1 : 2);
