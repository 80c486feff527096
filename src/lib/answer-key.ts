/**
 * The language-independent part of a quiz: ids, types and answers. Every translation of a quiz
 * must have the same key (checked at build time), and stored progress is dropped when it changes.
 * Each type says what its key is (`key` in src/lib/question-types/<type>.ts).
 */
import { questionType, type QuestionMap, type QuestionType } from './question-types/index.ts';
import type { Question } from './schemas.ts';
import { seedFrom } from './shuffle.ts';

export type QuestionKey = { id: string; type: QuestionType; ids: string[]; answer: unknown };

function keyAs<K extends QuestionType>(type: K, question: QuestionMap[K]): QuestionKey {
	return { id: question.id, type, ...questionType(type).content.key(question) };
}

export function questionKey(question: Question): QuestionKey {
	return keyAs(question.type, question);
}

/**
 * A short, stable fingerprint of a quiz's key (FNV-1a, as for shuffle seeds), stored with progress so that results are
 * dropped when the questions or answers change.
 */
export function answerKeyFingerprint(questions: readonly Question[]): string {
	return seedFrom(JSON.stringify(questions.map(questionKey))).toString(36);
}
