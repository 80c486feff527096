/**
 * Categorize: sort items into 2–4 groups, one select per item; several items may go into the same
 * group (unlike matching). Scores the share of items put in their right group, as Moodle scores the
 * export: a matching question with the items as subquestions and the group as every item's answer.
 */
import { isOptionList } from './choice-kit.ts';
import { defineQuestionType, duplicateIds, duplicateTexts, type BrowserPart, type TypeProblem } from './define.ts';
import { result, verdictOf } from './grading-kit.ts';

/** What the browser grades: each item's id and the id of its group. */
export interface CategorizeGradable {
	type: 'categorize';
	items: { id: string; group: string }[];
}

export const categorizeBrowser: BrowserPart<CategorizeGradable> = {
	display: { graded: true, field: 'categorize', shuffle: false, feedback: 'every-option' },
	isGradable: (value) => isOptionList(value.items) && (value.items as { group?: unknown }[]).every((item) => typeof item.group === 'string'),
	grade: (question, response) => {
		// The selects are read as matching pairs: item id → the chosen group id.
		const chosen = response.type === 'matching' ? response.matches : {};
		const parts = question.items.map((item) => ({ id: item.id, right: chosen[item.id] === item.group }));
		if (!question.items.some((item) => chosen[item.id])) return result('unanswered', 0, { parts });
		const score = parts.filter((p) => p.right).length / parts.length;
		return result(verdictOf(score), score, { parts });
	},
	answerIds: () => [],
};

/** Items pointing at a group that does not exist, and groups no item belongs to. */
function groupProblems(groups: readonly { id: string }[], items: readonly { text: string; group: string }[]): TypeProblem[] {
	const ids = groups.map((g) => g.id);
	const unknown = items
		.filter((item) => !ids.includes(item.group))
		.map((item) => ({
			code: 'quiz/unknown-group',
			field: 'items',
			message: `the item "${item.text}" is in group "${item.group}", which is not one of the groups (${ids.join(', ')})`,
			fix: 'set group to the id of one of the groups',
		}));
	const empty = ids
		.filter((id) => !items.some((item) => item.group === id))
		.map((id) => ({
			code: 'quiz/empty-group',
			field: 'groups',
			message: `no item belongs to group "${id}", so a learner who never chooses it loses nothing`,
			fix: 'put at least one item in every group, or remove the group',
		}));
	return [...unknown, ...empty];
}

/** The label of an item's group (its id if the group is missing: content checks report that). */
const groupLabel = (question: { groups: readonly { id: string; label: string }[] }, group: string): string =>
	question.groups.find((g) => g.id === group)?.label ?? group;

export const categorize = defineQuestionType({
	type: 'categorize',
	browser: categorizeBrowser,
	content: {
		schema: ({ z, base, id, text }) =>
			z
				.object({
					...base,
					type: z.literal('categorize'),
					groups: z
						.array(z.object({ id, label: text }).strict())
						.min(2, 'give at least two groups')
						.max(4, 'give at most four groups: more is hard to choose from on a phone and to vote on by hand'),
					/** In the order shown; `group` is the id of the item's group. */
					items: z
						.array(z.object({ id, text, group: id, feedback: text }).strict())
						.min(3, 'give at least three items (Moodle needs three)'),
				})
				.strict(),
		gradable: (question) => ({ type: 'categorize', items: question.items.map((item) => ({ id: item.id, group: item.group })) }),
		key: (question) => ({
			ids: [...question.groups.map((g) => g.id), ...question.items.map((i) => i.id)],
			answer: Object.fromEntries(question.items.map((i) => [i.id, i.group])),
		}),
		problems: (question) => [
			...duplicateIds('groups', question.groups.map((g) => g.id)),
			...duplicateIds('items', question.items.map((i) => i.id)),
			...duplicateTexts('groups', 'group', question.groups.map((g) => g.label)),
			...duplicateTexts('items', 'item', question.items.map((i) => i.text)),
			...groupProblems(question.groups, question.items),
		],
		responses: (question) => ({
			right: { type: 'matching', matches: Object.fromEntries(question.items.map((item) => [item.id, item.group])) },
			// Every item in a group that is not its own.
			wrong: { type: 'matching', matches: Object.fromEntries(question.items.map((item) => [item.id, question.groups.find((g) => g.id !== item.group)!.id])) },
		}),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.categorizeHint', print: 'ogoh.print.categorizeHint' },
		choices: () => [],
		answerKey: (question) => ({
			label: 'ogoh.quiz.correctAnswer',
			list: { ordered: false, items: question.items.map((item) => `${item.text} → ${groupLabel(question, item.group)}`) },
			feedback: question.items.map((item) => ({ head: item.text, text: item.feedback })),
		}),
		printed: (question, { letter }) => ({
			kind: 'categorize',
			groups: question.groups.map((g) => ({ id: g.id, label: g.label })),
			items: question.items.map((item, index) => ({ id: item.id, letter: letter(index), text: item.text, group: item.group, feedback: item.feedback })),
		}),
	},
	exports: {
		gift: (question, e) => ({ lines: question.items.map((item) => `=${e(item.text)} -> ${e(groupLabel(question, item.group))}`) }),
		moodleXml: (question, xml) => ({
			type: 'matching',
			defaultGrade: 1,
			inner: [
				'<shuffleanswers>1</shuffleanswers>',
				...question.items.map((item) => `<subquestion format="plain_text">${xml.text(item.text)}<answer>${xml.text(groupLabel(question, item.group))}</answer></subquestion>`),
			],
		}),
	},
});
