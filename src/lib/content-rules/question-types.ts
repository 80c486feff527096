/**
 * Question-type rules: the content problems each type knows about (`problems` in
 * src/lib/question-types/<type>.ts), e.g. multiple-choice answers that are not options, duplicate
 * texts in a matching question, duplicate accepted answers. Codes are the types' own
 * ("quiz/answer-not-option"); the field is the question's path plus the type's field.
 */
import { questionType, type QuestionMap, type QuestionType } from '../question-types/index.ts';
import type { Question } from '../schemas.ts';
import type { Problem, RuleContext } from './types.ts';

function problemsAs<K extends QuestionType>(type: K, question: QuestionMap[K]) {
	return questionType(type).content.problems(question);
}

/** One question's problems, with fields under `at` ("questions.2") and the question named in the message. */
export function questionProblems(file: string, at: string, question: Question): Problem[] {
	return problemsAs(question.type, question).map((p) => ({
		code: p.code,
		file,
		field: `${at}.${p.field}`,
		message: `question "${question.id}": ${p.message}`,
		fix: p.fix,
	}));
}

export function questionTypeRules({ quizzes }: RuleContext): Problem[] {
	return quizzes.flatMap((quiz) => quiz.value.questions.flatMap((question, index) => questionProblems(quiz.file, `questions.${index}`, question)));
}
