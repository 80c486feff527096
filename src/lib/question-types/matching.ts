/** Matching: each left item to its own right item; the share of items matched right (as Moodle scores it). */
import { isOptionList, optionIds } from './choice-kit.ts';
import { defineQuestionType, duplicateIds, duplicateTexts, type BrowserPart } from './define.ts';
import { result, verdictOf } from './grading-kit.ts';
import { shuffled } from '../shuffle.ts';

/** What the browser grades: the pair ids (each left item matches the right item of its own id). */
export interface MatchingGradable {
	type: 'matching';
	pairs: { id: string }[];
}

export const matchingBrowser: BrowserPart<MatchingGradable> = {
	display: { graded: true, field: 'matching', shuffle: true, feedback: 'verdict' },
	isGradable: (value) => isOptionList(value.pairs),
	grade: (question, response) => {
		const matches = response.type === 'matching' ? response.matches : {};
		const parts = question.pairs.map((pair) => ({ id: pair.id, right: matches[pair.id] === pair.id }));
		if (!question.pairs.some((pair) => matches[pair.id])) return result('unanswered', 0, { parts });
		const score = parts.filter((p) => p.right).length / parts.length;
		return result(verdictOf(score), score, { parts });
	},
	answerIds: () => [],
};

export const matching = defineQuestionType({
	type: 'matching',
	browser: matchingBrowser,
	content: {
		schema: ({ z, base, id, text }) =>
			z
				.object({
					...base,
					type: z.literal('matching'),
					/** Each left item matches its own right item; the page shuffles the right column. */
					pairs: z.array(z.object({ id, left: text, right: text }).strict()).min(3, 'give at least three pairs (Moodle needs three)'),
				})
				.strict(),
		gradable: (question) => ({ type: 'matching', pairs: optionIds(question.pairs) }),
		key: (question) => ({ ids: question.pairs.map((p) => p.id), answer: null }),
		problems: (question) => [
			...duplicateIds('pairs', question.pairs.map((p) => p.id)),
			...duplicateTexts('pairs', 'left', question.pairs.map((p) => p.left)),
			...duplicateTexts('pairs', 'right', question.pairs.map((p) => p.right)),
		],
		responses: (question) => ({
			right: { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])) },
			// Every left item gets the next pair's right item.
			wrong: { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair, i) => [pair.id, question.pairs[(i + 1) % question.pairs.length]!.id])) },
		}),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.matchingHint', print: 'ogoh.print.matchingHint' },
		choices: () => [],
		answerKey: (question) => ({
			label: 'ogoh.quiz.correctAnswer',
			list: { ordered: false, items: question.pairs.map((pair) => `${pair.left} → ${pair.right}`) },
			feedback: [],
		}),
		printed: (question, { seed, letter }) => {
			const rights = shuffled(question.pairs, seed).map((pair, index) => ({ id: pair.id, letter: letter(index), text: pair.right }));
			const letterOf = new Map(rights.map((right) => [right.id, right.letter]));
			return {
				kind: 'matching',
				pairs: question.pairs.map((pair, index) => ({ id: pair.id, number: index + 1, left: pair.left, answer: letterOf.get(pair.id)! })),
				rights,
			};
		},
	},
	exports: {
		gift: (question, e) => ({ lines: question.pairs.map((p) => `=${e(p.left)} -> ${e(p.right)}`) }),
		moodleXml: (question, xml) => ({
			type: 'matching',
			defaultGrade: 1,
			inner: ['<shuffleanswers>1</shuffleanswers>', ...question.pairs.map((p) => `<subquestion format="plain_text">${xml.text(p.left)}<answer>${xml.text(p.right)}</answer></subquestion>`)],
		}),
	},
});
