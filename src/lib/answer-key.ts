/**
 * The language-independent part of a quiz: ids, types and answers. Every translation of a quiz
 * must have the same key (checked at build time), and stored progress is dropped when it changes.
 */
import type { Question } from './schemas.ts';
import { seedFrom } from './shuffle.ts';

export type QuestionKey = { id: string; type: Question['type']; ids: string[]; answer: unknown };

export function questionKey(question: Question): QuestionKey {
	const base = { id: question.id, type: question.type };
	switch (question.type) {
		case 'single':
		case 'multiple':
			return { ...base, ids: question.options.map((o) => o.id), answer: question.answer };
		case 'scenario':
			return { ...base, ids: question.options.map((o) => o.id), answer: null };
		case 'true-false':
			return { ...base, ids: [], answer: question.answer };
		case 'matching':
			return { ...base, ids: question.pairs.map((p) => p.id), answer: null };
		case 'ordering':
			return { ...base, ids: question.items.map((i) => i.id), answer: null };
		case 'numeric':
			return { ...base, ids: [], answer: [question.answer, question.tolerance] };
		case 'short-text':
			// Accepted answers are words in the quiz's own language, so they are not compared.
			return { ...base, ids: [], answer: null };
	}
}

/**
 * A short, stable fingerprint of a quiz's key (FNV-1a, as for shuffle seeds), stored with progress so that results are
 * dropped when the questions or answers change.
 */
export function answerKeyFingerprint(questions: readonly Question[]): string {
	return seedFrom(JSON.stringify(questions.map(questionKey))).toString(36);
}
