/**
 * Ordering: the items in the right order earn 1, any other order 0. Moodle XML uses Moodle's
 * ordering question with all-or-nothing grading, so it scores the same; GIFT has no ordering
 * question, so there it becomes matching (each step to its position) with partial credit.
 */
import { isOptionList, optionIds } from './choice-kit.ts';
import { defineQuestionType, duplicateIds, duplicateTexts, type BrowserPart } from './define.ts';
import { result, rightOrWrong } from './grading-kit.ts';
import { shuffled } from '../shuffle.ts';

/** What the browser grades: the item ids in the right order. */
export interface OrderingGradable {
	type: 'ordering';
	items: { id: string }[];
}

export const orderingBrowser: BrowserPart<OrderingGradable> = {
	display: { graded: true, field: 'ordering', shuffle: true, feedback: 'verdict' },
	isGradable: (value) => isOptionList(value.items),
	grade: (question, response) => {
		const order = response.type === 'ordering' ? response.order : [];
		const parts = question.items.map((item, index) => ({ id: item.id, right: order[index] === item.id }));
		if (order.length === 0) return result('unanswered', 0, { parts });
		return rightOrWrong(parts.every((p) => p.right) && order.length === question.items.length, { parts });
	},
	answerIds: () => [],
};

export const ordering = defineQuestionType({
	type: 'ordering',
	browser: orderingBrowser,
	content: {
		schema: ({ z, base, id, text }) =>
			z
				.object({
					...base,
					type: z.literal('ordering'),
					/** In the correct order; the page shuffles them. */
					items: z.array(z.object({ id, text }).strict()).min(3, 'give at least three items to order'),
				})
				.strict(),
		gradable: (question) => ({ type: 'ordering', items: optionIds(question.items) }),
		key: (question) => ({ ids: question.items.map((i) => i.id), answer: null }),
		problems: (question) => [...duplicateIds('items', question.items.map((i) => i.id)), ...duplicateTexts('items', 'item', question.items.map((i) => i.text))],
		responses: (question) => {
			const order = question.items.map((item) => item.id);
			// The first step moved to the end: no step is in its place.
			return { right: { type: 'ordering', order }, wrong: { type: 'ordering', order: [...order.slice(1), order[0]!] } };
		},
	},
	page: {
		hints: { quiz: 'ogoh.quiz.orderingHint', print: 'ogoh.print.orderingHint' },
		choices: () => [],
		answerKey: (question) => ({ label: 'ogoh.quiz.correctAnswer', list: { ordered: true, items: question.items.map((item) => item.text) }, feedback: [] }),
		printed: (question, { seed, letter }) => {
			const position = new Map(question.items.map((item, index) => [item.id, index + 1]));
			return {
				kind: 'ordering',
				steps: shuffled(question.items, seed).map((item, index) => ({ id: item.id, letter: letter(index), text: item.text, position: position.get(item.id)! })),
			};
		},
	},
	exports: {
		gift: (question, e) => ({
			comment: 'Ordering question exported as matching: each step goes with its position.',
			lines: question.items.map((item, index) => `=${e(item.text)} -> ${index + 1}`),
		}),
		moodleXml: (question, xml) => ({
			type: 'ordering',
			defaultGrade: 1,
			inner: [
				'<layouttype>VERTICAL</layouttype>',
				'<selecttype>ALL</selecttype>',
				`<selectcount>${question.items.length}</selectcount>`,
				'<gradingtype>ALL_OR_NOTHING</gradingtype>',
				'<showgrading>SHOW</showgrading>',
				...question.items.map((item, index) => xml.answer(String(index + 1), item.text)),
			],
		}),
	},
});
