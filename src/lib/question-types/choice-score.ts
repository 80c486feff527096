/**
 * The score of a choice answer from how many right and wrong options were chosen, and its
 * verdict: the quiz's graders (single.ts, multiple.ts, true-false.ts) and the lesson checkpoints
 * (checkpoint-element.ts, which loads nothing else) score with the same rules.
 */

/** 1 for the right option alone; several answers: each right one counts, each wrong one takes one away, never below 0. */
export function choiceScore(several: boolean, rightChosen: number, wrongChosen: number, rights: number): number {
	if (!several) return rightChosen === 1 && wrongChosen === 0 ? 1 : 0;
	return Math.max(0, (rightChosen - wrongChosen) / rights);
}

export const verdictOf = (score: number): 'correct' | 'partial' | 'incorrect' => (score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect');
