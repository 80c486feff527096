/**
 * Norm-guess polls (`normGuesses` of a lesson, shown by `<NormGuess id="…" />`): "Out of 10 people
 * aged 15–19 worldwide, how many do you think …?" The learner (or a class, by raised hands) guesses
 * 0 to 10, then sees the real, sourced figure beside the guess. Pure functions for the component,
 * the teacher view's class spread (class-spread.ts) and the content check.
 */
import { componentUses, type ComponentUse } from './checkpoints.ts';

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

