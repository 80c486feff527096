/**
 * Moodle XML export of a quiz (docs.moodle.org/en/Moodle_XML_format). Ordering becomes a
 * matching question and an ungraded scenario a multiple-choice question where every option earns
 * full marks, as in the GIFT export.
 */
import { weight } from './export-gift.ts';
import type { Question, Quiz } from './schemas.ts';

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

const textEl = (text: string) => `<text>${escapeXml(text)}</text>`;
const feedback = (text: string) => `<feedback format="plain_text">${textEl(text)}</feedback>`;
const answer = (fraction: string, text: string, fb?: string, extra = '') =>
	`<answer fraction="${fraction}" format="plain_text">${textEl(text)}${extra}${fb ? feedback(fb) : ''}</answer>`;

function parts(question: Question): { type: string; inner: string[] } {
	switch (question.type) {
		case 'single':
			return {
				type: 'multichoice',
				inner: ['<single>true</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => answer(o.id === question.answer ? '100' : '0', o.text, o.feedback))],
			};
		case 'multiple': {
			const share = weight(1 / question.answer.length);
			return {
				type: 'multichoice',
				inner: ['<single>false</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => answer(question.answer.includes(o.id) ? share : `-${share}`, o.text, o.feedback))],
			};
		}
		case 'scenario':
			return { type: 'multichoice', inner: ['<single>true</single>', '<shuffleanswers>1</shuffleanswers>', ...question.options.map((o) => answer('100', o.text, o.feedback))] };
		case 'true-false':
			return {
				type: 'truefalse',
				inner: [answer(question.answer ? '100' : '0', 'true', question.feedback.true), answer(question.answer ? '0' : '100', 'false', question.feedback.false)],
			};
		case 'matching':
			return {
				type: 'matching',
				inner: ['<shuffleanswers>1</shuffleanswers>', ...question.pairs.map((p) => `<subquestion format="plain_text">${textEl(p.left)}<answer>${textEl(p.right)}</answer></subquestion>`)],
			};
		case 'ordering':
			return {
				type: 'matching',
				inner: ['<shuffleanswers>1</shuffleanswers>', ...question.items.map((item, i) => `<subquestion format="plain_text">${textEl(item.text)}<answer>${textEl(String(i + 1))}</answer></subquestion>`)],
			};
		case 'short-text':
			return { type: 'shortanswer', inner: ['<usecase>0</usecase>', ...question.answers.map((a) => answer('100', a, question.feedback.correct))] };
		case 'numeric':
			return { type: 'numerical', inner: [answer('100', String(question.answer), question.feedback.correct, `<tolerance>${question.tolerance}</tolerance>`)] };
	}
}

export function questionToMoodleXml(question: Question, quizId: string): string {
	const { type, inner } = parts(question);
	return [
		`<question type="${type}">`,
		`<name>${textEl(`${quizId}/${question.id}`)}</name>`,
		`<questiontext format="plain_text">${textEl(question.prompt)}</questiontext>`,
		`<generalfeedback format="plain_text">${textEl(question.explanation)}</generalfeedback>`,
		'<defaultgrade>1</defaultgrade>',
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
