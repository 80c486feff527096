/**
 * Moodle GIFT export of a quiz (docs.moodle.org/en/GIFT_format). Special characters ~ = # { } :
 * and the backslash are escaped in every text. Types GIFT lacks are mapped to the nearest one:
 * ordering becomes matching (each step to its position number) and an ungraded scenario becomes a
 * multiple-choice question in which every option earns full marks.
 */
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

function body(question: Question): string[] {
	const e = escapeGift;
	switch (question.type) {
		case 'single':
			return question.options.map((o) => `${o.id === question.answer ? '=' : '~'}${e(o.text)}#${e(o.feedback)}`);
		case 'multiple': {
			const share = weight(1 / question.answer.length);
			return question.options.map((o) => `~%${question.answer.includes(o.id) ? '' : '-'}${share}%${e(o.text)}#${e(o.feedback)}`);
		}
		case 'scenario':
			// One "=" keeps it a one-answer question in Moodle (all "=" would read as short answer).
			return question.options.map((o, i) => `${i === 0 ? '=' : '~%100%'}${e(o.text)}#${e(o.feedback)}`);
		case 'true-false': {
			const [wrong, right] = question.answer ? [question.feedback.false, question.feedback.true] : [question.feedback.true, question.feedback.false];
			return [`${question.answer ? 'TRUE' : 'FALSE'}#${e(wrong)}#${e(right)}`];
		}
		case 'matching':
			return question.pairs.map((p) => `=${e(p.left)} -> ${e(p.right)}`);
		case 'ordering':
			return question.items.map((item, index) => `=${e(item.text)} -> ${index + 1}`);
		case 'short-text':
			return question.answers.map((a) => `=${e(a)}#${e(question.feedback.correct)}`);
		case 'numeric':
			return [`#`, `=${question.answer}:${question.tolerance}#${e(question.feedback.correct)}`];
	}
}

export function questionToGift(question: Question, quizId: string): string {
	const lines = body(question);
	const head = question.type === 'numeric' ? lines.shift()! : '';
	const comment = question.type === 'ordering' ? '// Ordering question exported as matching: each step goes with its position.\n' : '';
	return (
		`${comment}::${escapeGift(`${quizId}/${question.id}`)}::${escapeGift(question.prompt)} {${head}\n` +
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
