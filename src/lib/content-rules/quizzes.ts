/**
 * Quiz and course rules a schema cannot express: unique question ids and course hours that add
 * up. What each question type checks in its own questions is in question-types.ts.
 */
import { findDuplicates, reporter, type Problem, type RuleContext } from './types.ts';

export function quizRules({ quizzes, courses }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	for (const quiz of quizzes) {
		const report = reporter(problems, quiz.file);
		for (const id of findDuplicates(quiz.value.questions.map((q) => q.id))) {
			report('quiz/duplicate-question', 'questions', `question id "${id}" is used more than once`, 'give every question its own id');
		}
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
