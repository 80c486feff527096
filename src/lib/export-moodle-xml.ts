/**
 * Moodle XML export of a quiz (docs.moodle.org/en/Moodle_XML_format). Each type writes its own
 * answers (`moodleXml` in src/lib/question-types/<type>.ts) so that Moodle scores an answer as the
 * site does: ordering is Moodle's all-or-nothing ordering question, a scenario is worth 0 marks.
 */
import { weight } from './export-gift.ts';
import type { XmlKit } from './question-types/define.ts';
import { questionType, type QuestionMap, type QuestionType } from './question-types/index.ts';
import type { Question, Quiz } from './schemas.ts';

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

const textEl = (text: string) => `<text>${escapeXml(text)}</text>`;
const feedback = (text: string) => `<feedback format="plain_text">${textEl(text)}</feedback>`;
const xml: XmlKit = {
	text: textEl,
	answer: (fraction, text, fb, extra = '') => `<answer fraction="${fraction}" format="plain_text">${textEl(text)}${extra}${fb ? feedback(fb) : ''}</answer>`,
	weight,
};

function partsAs<K extends QuestionType>(type: K, question: QuestionMap[K]) {
	return questionType(type).exports.moodleXml(question, xml);
}

export function questionToMoodleXml(question: Question, quizId: string): string {
	const { type, defaultGrade, inner, stem, questionText } = partsAs(question.type, question);
	return [
		`<question type="${type}">`,
		`<name>${textEl(`${quizId}/${question.id}`)}</name>`,
		`<questiontext format="plain_text">${textEl(questionText ?? (stem ? `${question.prompt}\n\n${stem}` : question.prompt))}</questiontext>`,
		`<generalfeedback format="plain_text">${textEl(question.explanation)}</generalfeedback>`,
		`<defaultgrade>${defaultGrade}</defaultgrade>`,
		...inner,
		'</question>',
	].join('\n');
}

/** One or more quizzes (a course's question bank) as a Moodle XML file, a category per quiz. */
export function quizzesToMoodleXml(quizzes: readonly { id: string; quiz: Quiz }[], locale: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<!-- Ogoh quizzes (${locale}): ${quizzes.map(({ id }) => escapeXml(id)).join(', ')} -->`,
		'<quiz>',
		...quizzes.flatMap(({ id, quiz }) => [
			`<question type="category"><category>${textEl(`$course$/Ogoh/${quiz.title}`)}</category></question>`,
			...quiz.questions.map((q) => questionToMoodleXml(q, id)),
		]),
		'</quiz>',
		'',
	].join('\n');
}

export function quizToMoodleXml(quiz: Quiz, quizId: string, locale: string): string {
	return quizzesToMoodleXml([{ id: quizId, quiz }], locale);
}
