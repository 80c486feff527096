/**
 * A class's guesses in a norm-guess poll (norm-guess.ts), from the hand counts a teacher typed in the
 * teacher view. Its own module so that the students' poll code does not carry it.
 */
import { compareGuess, GUESS_STEPS } from './norm-guess.ts';
import { handCount } from './tally.ts';

export interface ClassSpread {
	/** Hands counted for each guess 0..10. */
	counts: number[];
	total: number;
	/** Width of each guess's bar: its count as a percent of the largest count (0 when nobody was counted). */
	widths: number[];
	/** The class's average guess out of 10, to one decimal; undefined when nobody was counted. */
	mean: number | undefined;
	/** How many guessed higher than the real figure (compareGuess). */
	higher: number;
}

/** A class's guesses from the hand counts a teacher typed for 0..10 (missing fields count 0). */
export function classSpread(typed: readonly (string | number)[], percent: number): ClassSpread {
	const counts = Array.from({ length: GUESS_STEPS }, (_, guess) => handCount(typed[guess] ?? 0));
	const total = counts.reduce((sum, count) => sum + count, 0);
	const largest = Math.max(...counts);
	const sum = counts.reduce((acc, count, guess) => acc + count * guess, 0);
	return {
		counts,
		total,
		widths: counts.map((count) => (largest > 0 ? Math.round((count / largest) * 1000) / 10 : 0)),
		mean: total > 0 ? Math.round((sum / total) * 10) / 10 : undefined,
		higher: counts.reduce((acc, count, guess) => acc + (compareGuess(guess, percent) === 'higher' ? count : 0), 0),
	};
}
