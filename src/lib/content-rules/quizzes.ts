/**
 * Quiz and course rules a schema cannot express: unique ids, answers that are options, distinct
 * texts, and course hours that add up.
 */
import { questionKey } from '../answer-key.ts';
import { answerIds } from '../grading.ts';
import { findDuplicates, reporter, type Problem, type RuleContext } from './types.ts';

/** Which list holds a question's ids, by type (types without ids have none). */
const ID_LIST: Record<string, string> = { single: 'options', multiple: 'options', scenario: 'options', matching: 'pairs', ordering: 'items' };

export function quizRules({ quizzes, courses }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	for (const quiz of quizzes) {
		const report = reporter(problems, quiz.file);
		for (const id of findDuplicates(quiz.value.questions.map((q) => q.id))) {
			report('quiz/duplicate-question', 'questions', `question id "${id}" is used more than once`, 'give every question its own id');
		}
		quiz.value.questions.forEach((question, index) => {
			const at = `questions.${index}`;
			const { ids } = questionKey(question);
			for (const id of findDuplicates(ids)) {
				report('quiz/duplicate-id', `${at}.${ID_LIST[question.type]}`, `id "${id}" is used more than once in question "${question.id}"`, 'give every option, pair or item its own id');
			}
			const texts: [string, string[]][] =
				question.type === 'matching'
					? [['left', question.pairs.map((p) => p.left)], ['right', question.pairs.map((p) => p.right)]]
					: question.type === 'ordering'
						? [['text', question.items.map((i) => i.text)]]
						: 'options' in question
							? [['text', question.options.map((o) => o.text)]]
							: [];
			for (const [side, list] of texts) {
				for (const text of findDuplicates(list.map((t) => t.trim().toLowerCase()))) {
					report(
						'quiz/duplicate-text',
						`${at}.${ID_LIST[question.type]}`,
						`the ${side} text "${text}" appears twice in question "${question.id}", so a learner cannot tell them apart`,
						'make every text in the question different'
					);
				}
			}
			if (question.type !== 'single' && question.type !== 'multiple') return;
			const answers = answerIds(question);
			for (const answer of answers) {
				if (!ids.includes(answer)) {
					report('quiz/answer-not-option', `${at}.answer`, `answer "${answer}" of question "${question.id}" is not one of its options (${ids.join(', ')})`, 'set answer to the id of the correct option');
				}
			}
			for (const id of findDuplicates(answers)) {
				report('quiz/answer-twice', `${at}.answer`, `answer "${id}" is listed twice in question "${question.id}"`, 'list each correct option once');
			}
		});
	}
	for (const course of courses) {
		const report = reporter(problems, course.file);
		const { modules, totalHours } = course.value;
		const sum = modules.reduce((total, m) => total + m.hours, 0);
		if (Math.abs(sum - totalHours) > 1e-9) {
			report('course/hours', 'totalHours', `totalHours is ${totalHours} but the modules add up to ${sum}`, `set totalHours to ${sum} or correct the module hours`);
		}
		for (const id of findDuplicates(modules.map((m) => m.id))) {
			report('course/duplicate-module', 'modules', `module id "${id}" is used more than once`, 'give every module its own id');
		}
	}
	return problems;
}
