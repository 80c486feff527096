/** The UI strings a checked question shows (verdict and marks), for the quiz and the lesson checkpoints. */
export function verdictStrings(t: App.Locals['t']) {
	return {
		chooseFirst: t('ogoh.quiz.chooseFirst'),
		correct: t('ogoh.quiz.correct'),
		partial: t('ogoh.quiz.partial'),
		incorrect: t('ogoh.quiz.incorrect'),
		ungraded: t('ogoh.quiz.ungraded'),
		yourChoice: t('ogoh.quiz.yourChoice'),
		rightAnswer: t('ogoh.quiz.rightAnswer'),
	};
}
