/**
 * Moodle GIFT export of a quiz (docs.moodle.org/en/GIFT_format). Special characters ~ = # { } :
 * and the backslash are escaped in every text. Each type writes its own answers (`gift` in
 * src/lib/question-types/<type>.ts); types GIFT lacks are mapped to the nearest one.
 */
import { questionType, type QuestionMap, type QuestionType } from './question-types/index.ts';
import type { Question, Quiz } from './schemas.ts';

export function escapeGift(text: string): string {
	return text
		.replace(/\s*\n\s*/g, ' ')
		.replace(/[\\~=#{}:]/g, (char) => `\\${char}`)
		.trim();
}

/** Moodle accepts only these percentages for answer weights (5 decimals). */
export function weight(share: number): string {
	return String(Math.round(share * 100 * 100000) / 100000);
}

function giftAs<K extends QuestionType>(type: K, question: QuestionMap[K]) {
	return questionType(type).exports.gift(question, escapeGift, weight);
}

export function questionToGift(question: Question, quizId: string): string {
	const gift = giftAs(question.type, question);
	// A type GIFT has no question for (fill in the blanks: Cloze) is left out, with a comment saying why.
	if ('omitted' in gift) return `// ${quizId}/${question.id} left out: ${gift.omitted}`;
	const { lines, head = '', comment, stem } = gift;
	return (
		(comment ? `// ${comment}\n` : '') +
		`::${escapeGift(`${quizId}/${question.id}`)}::${escapeGift(question.prompt)}${stem ? ` ${stem}` : ''} {${head}\n` +
		lines.map((line) => `\t${line}\n`).join('') +
		`\t####${escapeGift(question.explanation)}\n}`
	);
}

export function quizToGift(quiz: Quiz, quizId: string, locale: string): string {
	const header = `// Ogoh quiz "${quiz.title.replace(/\n/g, ' ')}" (${locale}), lesson ${quiz.lesson}\n$CATEGORY: $course$/Ogoh/${escapeGift(quiz.title)}\n`;
	return `${header}\n${quiz.questions.map((q) => questionToGift(q, quizId)).join('\n\n')}\n`;
}

/** Several quizzes in one file (a course's question bank), each in its own category. */
export function quizzesToGift(quizzes: readonly { id: string; quiz: Quiz }[], locale: string): string {
	return quizzes.map(({ id, quiz }) => quizToGift(quiz, id, locale)).join('\n');
}
