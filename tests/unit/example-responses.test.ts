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

describe('the responses themselves, exactly', () => {
	const base = { id: 'q', prompt: 'Prompt', explanation: 'Because.' };
	const option = (id: string) => ({ id, text: `Option ${id}`, feedback: `Feedback ${id}` });

	test('choice: right ticks every right option; wrong ticks one option that is not right, and only one', () => {
		expect(responsesOf({ ...base, type: 'multiple', options: ['a', 'b', 'c', 'd'].map(option), answer: ['a', 'c'] })).toEqual({
			right: { type: 'choice', chosen: ['a', 'c'] },
			wrong: { type: 'choice', chosen: ['b'] },
		});
	});

	test('numeric: written with a decimal comma; wrong is far outside the tolerance', () => {
		expect(responsesOf({ ...base, type: 'numeric', answer: 2.5, tolerance: 0.5, feedback: { correct: 'Yes', incorrect: 'No' } })).toEqual({
			right: { type: 'text', value: '2,5' },
			wrong: { type: 'text', value: '1003' },
		});
	});

	test('ordering: wrong moves the first step to the end, so every step is out of place and none is missing', () => {
		const items = ['pause', 'check', 'report'].map((id) => ({ id, text: id }));
		expect(responsesOf({ ...base, type: 'ordering', items })).toEqual({
			right: { type: 'ordering', order: ['pause', 'check', 'report'] },
			wrong: { type: 'ordering', order: ['check', 'report', 'pause'] },
		});
	});

	test('scenario (not graded): the first option, and the last as the "other" answer', () => {
		expect(responsesOf({ ...base, type: 'scenario', options: ['a', 'b', 'c'].map(option) })).toEqual({
			right: { type: 'choice', chosen: ['a'] },
			wrong: { type: 'choice', chosen: ['c'] },
		});
	});
});
