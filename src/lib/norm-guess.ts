/**
 * Norm-guess polls (`normGuesses` of a lesson, shown by `<NormGuess id="…" />`): "Out of 10 people
 * aged 15–19 worldwide, how many do you think …?" The learner (or a class, by raised hands) guesses
 * 0 to 10, then sees the real, sourced figure beside the guess. Pure functions for the component,
 * its element (norm-guess-element.ts) and the content check.
 */
import { componentUses, type ComponentUse } from './checkpoints.ts';
import { handCount } from './tally.ts';

/** The guesses a learner can give: 0 to 10 out of 10. */
export const GUESS_STEPS = 11;

/** Each `<NormGuess />` of an MDX body, in order; `value` is its `id` ('' when it is missing). */
export const normUses = (body: string): ComponentUse[] => componentUses(body, 'NormGuess', 'id');

/** "id@section" of each use, to compare a translation with its original. */
export const normPlaces = (uses: readonly ComponentUse[]): string[] => uses.map((use) => `${use.value}@${use.section}`);

/**
 * A percentage as "about n in 10": 26.5 → 3. Below 5% the figure is "fewer than 1 in 10"
 * (n is 0), never "about 0 in 10".
 */
export function outOfTen(percent: number): number {
	return Math.round(percent / 10);
}

/** A guess from a radio value or storage: a whole number 0..10, or undefined. */
export function parseGuess(value: unknown): number | undefined {
	if (typeof value !== 'number' && typeof value !== 'string') return undefined;
	const text = String(value).trim();
	if (!/^\d{1,2}$/.test(text)) return undefined;
	const guess = Number(text);
	return guess < GUESS_STEPS ? guess : undefined;
}

export type GuessVerdict = 'higher' | 'close' | 'lower';

/**
 * How a guess (out of 10) compares with the real percentage: within half a person (5 points) of
 * it is "close"; 3 in 10 against 26.5% is close, 4 in 10 is higher, 2 in 10 is lower.
 */
export function compareGuess(guess: number, percent: number): GuessVerdict {
	const gap = guess * 10 - percent;
	if (gap > 5) return 'higher';
	if (gap < -5) return 'lower';
	return 'close';
}

/** Width of a bar in percent of its track, for a guess out of 10 (5 → 50). */
export const guessWidth = (guess: number): number => guess * 10;

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

/** The localStorage key of one poll's saved guess on this device. */
export const guessKey = (lesson: string, id: string): string => `ogoh:norm:${lesson}:${id}`;
