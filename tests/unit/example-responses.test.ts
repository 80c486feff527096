/**
 * Every question in the content, answered as a learner would: each type's right response
 * (`content.responses` in its module) scores 1 and its wrong one 0 with the very grader the page
 * uses, in every language. The browser tests answer with the same responses, so a type's module
 * is the one place that knows what a right answer looks like.
 */
import { describe, expect, test } from 'vitest';
import { contentRoot } from '../../src/lib/check-content.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import { gradeQuestion, isGraded } from '../../src/lib/question-types/graders.ts';
import { responsesOf, toGradable } from '../../src/lib/question-types/index.ts';
import { quizSchema } from '../../src/lib/schemas.ts';

const quizzes = readContentTree(contentRoot(process.cwd())).quizzes.map((file) => ({ file, quiz: quizSchema.parse(file.data) }));

describe.each(quizzes)('$file.locale/$file.id', ({ file, quiz }) => {
	test('the right response scores 1 and the wrong one 0 (an ungraded scenario takes both)', () => {
		for (const question of quiz.questions) {
			const gradable = toGradable(question, file.locale);
			const { right, wrong } = responsesOf(question);
			const graded = isGraded(question.type);
			expect(gradeQuestion(gradable, right), `${question.id}, right`).toMatchObject(graded ? { verdict: 'correct', score: 1 } : { verdict: 'ungraded', score: 0 });
			expect(gradeQuestion(gradable, wrong), `${question.id}, wrong`).toMatchObject(graded ? { verdict: 'incorrect', score: 0 } : { verdict: 'ungraded', score: 0 });
		}
	});
});
