/**
 * Style rules from content/STYLE.md: the parts every lesson has, no stigmatising words (in the
 * body and in every YAML text), phone numbers only from content/helplines.yaml, and no task
 * lists (their checkboxes cannot be ticked and have no label).
 */
import type { ContentFile, ContentTree } from '../content-files.ts';
import { isListedNumber, phoneMentions } from '../phone-numbers.ts';
import { bannedWordsIn, REQUIRED_PARTS } from '../style-check.ts';
import { stringsIn, type Problem, type RuleContext } from './types.ts';

/** Every number helplines.yaml lists, in the format it is written there, even if an entry is otherwise invalid. */
export function listedNumbers(tree: ContentTree): string[] {
	const entries = Array.isArray(tree.helplines?.data) ? (tree.helplines.data as unknown[]) : [];
	return entries.flatMap((entry) => {
		const number = entry && typeof entry === 'object' ? (entry as { number?: unknown }).number : undefined;
		return typeof number === 'string' || typeof number === 'number' ? [String(number)] : [];
	});
}

/** The texts of a file to check: its body and each YAML string, with the field it sits in. */
function textsOf(file: ContentFile): { field: string; text: string }[] {
	const yaml = stringsIn(file.data).map(({ path, text }) => ({ field: path, text }));
	return file.body ? [...yaml, { field: '(body)', text: file.body }] : yaml;
}

/** A GFM task-list item: "- [ ] text" or "* [x] text". */
const TASK_LIST_ITEM = /^\s*[-*+] \[[ xX]\] /m;

export function styleRules({ tree }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	for (const lesson of tree.lessons) {
		for (const part of REQUIRED_PARTS) {
			if (!part.pattern.test(lesson.body)) {
				const code = part.name === 'help block' ? 'style/help-block' : 'style/teacher-notes';
				problems.push({ code, file: lesson.file, field: '(body)', message: `the lesson has no ${part.name}`, fix: part.fix });
			}
		}
	}
	for (const lesson of tree.lessons) {
		if (TASK_LIST_ITEM.test(lesson.body)) {
			problems.push({
				code: 'style/task-list',
				file: lesson.file,
				field: '(body)',
				message: 'a "- [ ]" task list becomes checkboxes that cannot be ticked and have no label (an accessibility failure)',
				fix: 'write a plain list ("- wants to move to a private app"); for something to tick, use a quiz question',
			});
		}
	}
	const numbers = listedNumbers(tree);
	for (const file of [...tree.lessons, ...tree.quizzes, ...tree.glossary, ...tree.courses, ...tree.simulators]) {
		for (const { field, text } of textsOf(file)) {
			for (const word of bannedWordsIn(text, file.locale)) {
				problems.push({
					code: 'style/stigma',
					file: file.file,
					field,
					message: `"${word}" labels people by drug use`,
					fix: 'use person-first words ("a person who uses drugs"); see content/STYLE.md. To show it as a word to avoid, put it in quotation marks',
				});
			}
			for (const phone of phoneMentions(text)) {
				if (isListedNumber(phone.digits, numbers)) continue;
				problems.push({
					code: 'style/phone',
					file: file.file,
					field,
					message: `phone number ${phone.text} is not in content/helplines.yaml`,
					fix: 'remove it and use <HelpBlock />, or add it to helplines.yaml with its source, the date you checked it and how',
				});
			}
		}
	}
	return problems;
}
