import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gradeQuestion, normalizeText, parseNumber, scoreQuiz, type GradableQuestion } from '../../src/lib/grading.ts';
import { language } from '../../src/lib/languages.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';
import { gradableAnswerIds } from '../../src/lib/question-types/graders.ts';
import { toGradable } from '../../src/lib/question-types/index.ts';
import { quizSchema, type Question } from '../../src/lib/schemas.ts';

const options = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const single: GradableQuestion = { type: 'single', options, answer: 'b' };
const multiple: GradableQuestion = { type: 'multiple', options, answer: ['a', 'c'] };
const choose = (...chosen: string[]) => ({ type: 'choice', chosen }) as const;
const typed = (value: string) => ({ type: 'text', value }) as const;

describe('single choice', () => {
	test('the answer scores 1, anything else 0', () => {
		expect(gradeQuestion(single, choose('b'))).toMatchObject({ verdict: 'correct', score: 1 });
		expect(gradeQuestion(single, choose('a'))).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('no choice is unanswered, not wrong', () => {
		expect(gradeQuestion(single, choose())).toMatchObject({ verdict: 'unanswered', score: 0 });
	});
	test('unknown option ids (a tampered page) are ignored', () => {
		expect(gradeQuestion(single, choose('zzz'))).toMatchObject({ verdict: 'unanswered' });
		expect(gradeQuestion(single, choose('b', 'zzz'))).toMatchObject({ verdict: 'correct' });
	});
	test('two choices for a single-choice question do not score', () => {
		expect(gradeQuestion(single, choose('a', 'b'))).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('a response of another shape counts as unanswered', () => {
		expect(gradeQuestion(single, typed('b'))).toMatchObject({ verdict: 'unanswered' });
	});
	test('reports per option what was chosen and what is right', () => {
		expect(gradeQuestion(single, choose('a')).options).toEqual([
			{ id: 'a', chosen: true, isAnswer: false },
			{ id: 'b', chosen: false, isAnswer: true },
			{ id: 'c', chosen: false, isAnswer: false },
			{ id: 'd', chosen: false, isAnswer: false },
		]);
	});
});

describe('multiple choice (partial credit)', () => {
	test('exactly the right set scores 1', () => {
		expect(gradeQuestion(multiple, choose('c', 'a'))).toMatchObject({ verdict: 'correct', score: 1 });
	});
	test('half of the right options scores 0.5', () => {
		expect(gradeQuestion(multiple, choose('a'))).toMatchObject({ verdict: 'partial', score: 0.5 });
	});
	test('each wrong choice cancels a right one', () => {
		expect(gradeQuestion(multiple, choose('a', 'c', 'b'))).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(gradeQuestion(multiple, choose('a', 'b'))).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('choosing everything earns nothing, and the score never goes below 0', () => {
		expect(gradeQuestion(multiple, choose('a', 'b', 'c', 'd'))).toMatchObject({ score: 0 });
		expect(gradeQuestion(multiple, choose('b', 'd'))).toMatchObject({ verdict: 'incorrect', score: 0 });
	});
	test('a repeated id counts once', () => {
		expect(gradeQuestion(multiple, choose('a', 'a'))).toMatchObject({ score: 0.5 });
	});
});

describe('true/false', () => {
	const statement: GradableQuestion = { type: 'true-false', answer: false };
	test('grades the choice', () => {
		expect(gradeQuestion(statement, { type: 'true-false', value: false })).toMatchObject({ verdict: 'correct', score: 1 });
		expect(gradeQuestion(statement, { type: 'true-false', value: true })).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(gradeQuestion(statement, { type: 'true-false', value: undefined })).toMatchObject({ verdict: 'unanswered' });
	});
});

describe('matching', () => {
	const matching: GradableQuestion = { type: 'matching', pairs: [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'w' }] };
	test('scores the share of pairs matched', () => {
		expect(gradeQuestion(matching, { type: 'matching', matches: { x: 'x', y: 'y', z: 'z', w: 'w' } })).toMatchObject({ verdict: 'correct', score: 1 });
		const half = gradeQuestion(matching, { type: 'matching', matches: { x: 'x', y: 'y', z: 'w', w: 'z' } });
		expect(half).toMatchObject({ verdict: 'partial', score: 0.5 });
		expect(half.parts).toEqual([
			{ id: 'x', right: true },
			{ id: 'y', right: true },
			{ id: 'z', right: false },
			{ id: 'w', right: false },
		]);
	});
	test('nothing matched is unanswered; a missing match is wrong', () => {
		expect(gradeQuestion(matching, { type: 'matching', matches: { x: '', y: '' } })).toMatchObject({ verdict: 'unanswered' });
		expect(gradeQuestion(matching, { type: 'matching', matches: { x: 'x' } })).toMatchObject({ score: 0.25 });
	});
});

describe('ordering', () => {
	const ordering: GradableQuestion = { type: 'ordering', items: [{ id: 'one' }, { id: 'two' }, { id: 'three' }] };
	test('only the exact order scores', () => {
		expect(gradeQuestion(ordering, { type: 'ordering', order: ['one', 'two', 'three'] })).toMatchObject({ verdict: 'correct', score: 1 });
		const swapped = gradeQuestion(ordering, { type: 'ordering', order: ['two', 'one', 'three'] });
		expect(swapped).toMatchObject({ verdict: 'incorrect', score: 0 });
		expect(swapped.parts.map((p) => p.right)).toEqual([false, false, true]);
	});
	test('an incomplete order is unanswered or wrong, never right', () => {
		expect(gradeQuestion(ordering, { type: 'ordering', order: [] })).toMatchObject({ verdict: 'unanswered' });
		expect(gradeQuestion(ordering, { type: 'ordering', order: ['one', 'two'] })).toMatchObject({ score: 0 });
	});
});

describe('short text', () => {
	const text: GradableQuestion = { type: 'short-text', answers: ['two-step verification', '2FA', 'ikki bosqichli tasdiqlash'] };
	test.each([
		['two-step verification', 'correct'],
		['  Two-Step   VERIFICATION ', 'correct'],
		['2fa', 'correct'],
		['ikki bosqichli tasdiqlash', 'correct'],
		['password', 'incorrect'],
		['   ', 'unanswered'],
	])('%j is %s', (value, verdict) => {
		expect(gradeQuestion(text, typed(value)).verdict).toBe(verdict);
	});
	test('the apostrophe style does not matter (Uzbek oʻ, o‘, o\', o`)', () => {
		const uzbek: GradableQuestion = { type: 'short-text', answers: ['oʻzbek'] };
		for (const spelling of ["o'zbek", 'o‘zbek', 'o`zbek', 'O’ZBEK']) expect(gradeQuestion(uzbek, typed(spelling)).verdict).toBe('correct');
	});
	test('normalizeText folds case, spaces and apostrophes', () => {
		expect(normalizeText(' Oʻzbek  Tili ')).toBe("o'zbek tili");
	});

	const russian: GradableQuestion = { type: 'short-text', answers: ['двухэтапная проверка', 'двухэтапную проверку', '2FA'] };
	test.each([
		'Двухэтапная проверка.',
		'двухэтапная проверка!',
		'двухэтапная проверка…',
		'двухэтапная проверка?!',
		'«двухэтапная проверка»',
		'„двухэтапная проверка“',
		'"двухэтапная проверка".',
		'“двухэтапная проверка”',
		"'2FA'",
		'‘2FA’',
		'(2FA)',
		'двухэтапную проверку',
		'двухэтапная  проверка ;',
		'двух-этапная проверка',
	])('%j is right: trailing punctuation, quotes, case forms and hyphens do not matter', (value) => {
		expect(gradeQuestion(russian, typed(value)).verdict).toBe('correct');
	});
	test.each(['проверка', 'двухэтапная', 'двухэтапная проверка пароля', '.', '«»'])('%j is not right (or not an answer)', (value) => {
		expect(gradeQuestion(russian, typed(value)).verdict).not.toBe('correct');
	});
	test('punctuation alone is no answer', () => {
		expect(gradeQuestion(russian, typed(' «» . ')).verdict).toBe('unanswered');
	});
	test('ё and е are the same letter to a typist', () => {
		const q: GradableQuestion = { type: 'short-text', answers: ['ещё'] };
		expect(gradeQuestion(q, typed('еще')).verdict).toBe('correct');
	});
	test('apostrophes inside an Uzbek word stay; quotes around it go', () => {
		expect(normalizeText("'oʻzbek'")).toBe("o'zbek");
		expect(normalizeText('maʼno.')).toBe("ma'no");
	});

	const uzbek: GradableQuestion = { type: 'short-text', answers: ['ikki bosqichli tasdiqlash', '2FA'], compare: 'uzbek-either-script' };
	test.each(['икки босқичли тасдиқлаш', 'Икки босқичли тасдиқлаш.', 'ikki bosqichli tasdiqlash', '2FA'])('Uzbek %j (Cyrillic or Latin) is right', (value) => {
		expect(gradeQuestion(uzbek, typed(value)).verdict).toBe('correct');
	});
	test('an Uzbek answer listed in Cyrillic matches what is typed in Latin', () => {
		const q: GradableQuestion = { type: 'short-text', answers: ['ўзбек тили'], compare: 'uzbek-either-script' };
		expect(gradeQuestion(q, typed("o'zbek tili")).verdict).toBe('correct');
	});
	test('Cyrillic is read as Uzbek only on Uzbek questions', () => {
		const q: GradableQuestion = { type: 'short-text', answers: ['ikki bosqichli tasdiqlash'] };
		expect(gradeQuestion(q, typed('икки босқичли тасдиқлаш')).verdict).toBe('incorrect');
		expect(gradeQuestion(uzbek, typed('икки босқичли текширув')).verdict).toBe('incorrect');
	});
});

describe('numeric', () => {
	const exact: GradableQuestion = { type: 'numeric', answer: 112 };
	const approx: GradableQuestion = { type: 'numeric', answer: 2.5, tolerance: 0.5 };
	test('exact answers', () => {
		expect(gradeQuestion(exact, typed('112')).verdict).toBe('correct');
		expect(gradeQuestion(exact, typed(' 112 ')).verdict).toBe('correct');
		expect(gradeQuestion(exact, typed('102')).verdict).toBe('incorrect');
	});
	test('answers within the tolerance, with a decimal comma', () => {
		expect(gradeQuestion(approx, typed('3')).verdict).toBe('correct');
		expect(gradeQuestion(approx, typed('2,1')).verdict).toBe('correct');
		expect(gradeQuestion(approx, typed('3.01')).verdict).toBe('incorrect');
	});
	test('text that is not a number is wrong, empty is unanswered', () => {
		expect(gradeQuestion(exact, typed('one hundred')).verdict).toBe('incorrect');
		expect(gradeQuestion(exact, typed('112abc')).verdict).toBe('incorrect');
		expect(gradeQuestion(exact, typed('')).verdict).toBe('unanswered');
	});
	test('parseNumber accepts thousands spaces and signs', () => {
		expect(parseNumber('28 851')).toBe(28851);
		expect(parseNumber('-1,5')).toBe(-1.5);
		expect(parseNumber('.5')).toBe(0.5);
		expect(parseNumber('1.2.3')).toBeNaN();
		expect(parseNumber('Infinity')).toBeNaN();
	});
});

describe('scenario', () => {
	const scenario: GradableQuestion = { type: 'scenario', options };
	test('any choice is ungraded, with per-option results for feedback', () => {
		const result = gradeQuestion(scenario, choose('c'));
		expect(result).toMatchObject({ verdict: 'ungraded', graded: false, score: 0 });
		expect(result.options.find((o) => o.id === 'c')).toEqual({ id: 'c', chosen: true, isAnswer: false });
	});
	test('no choice is unanswered', () => {
		expect(gradeQuestion(scenario, choose()).verdict).toBe('unanswered');
	});
});

describe('gradableAnswerIds (the right options a reshuffled page names as the correct answer)', () => {
	test('single and multiple choice name their answers; a copy, not the question\'s own list', () => {
		expect(gradableAnswerIds(single)).toEqual(['b']);
		const ids = gradableAnswerIds(multiple);
		expect(ids).toEqual(['a', 'c']);
		ids.push('d');
		expect(multiple.type === 'multiple' && multiple.answer).toEqual(['a', 'c']);
	});
	test('scenarios and the types without options to pick name none', () => {
		expect(gradableAnswerIds({ type: 'scenario', options })).toEqual([]);
		expect(gradableAnswerIds({ type: 'true-false', answer: true })).toEqual([]);
		expect(gradableAnswerIds({ type: 'matching', pairs: [{ id: 'x' }, { id: 'y' }] })).toEqual([]);
		expect(gradableAnswerIds({ type: 'ordering', items: [{ id: 'one' }, { id: 'two' }] })).toEqual([]);
	});
});

describe('quiz score', () => {
	test('adds graded question scores; ungraded questions count as answered but not in the total', () => {
		const results = [gradeQuestion(single, choose('b')), gradeQuestion(multiple, choose('a')), gradeQuestion({ type: 'scenario', options }, choose('a')), undefined];
		expect(scoreQuiz(results, [true, true, false, true])).toEqual({ score: 1.5, total: 3, answered: 3, questions: 4 });
	});
	test('rounds to one decimal place', () => {
		const three: GradableQuestion = { type: 'multiple', options, answer: ['a', 'b', 'c'] };
		expect(scoreQuiz([gradeQuestion(three, choose('a'))], [true]).score).toBe(0.3);
	});
	test('an empty quiz scores 0 of 0', () => {
		expect(scoreQuiz([], [])).toEqual({ score: 0, total: 0, answered: 0, questions: 0 });
	});
});

describe('short-text questions in the curriculum', () => {
	// A language still being translated (partial) may have no quiz folder yet.
	const shortTexts = LOCALES.flatMap((locale) =>
		(existsSync(`content/quizzes/${locale}`) ? readdirSync(`content/quizzes/${locale}`) : []).flatMap((file) =>
			quizSchema
				.parse(parse(readFileSync(`content/quizzes/${locale}/${file}`, 'utf8')))
				.questions.filter((q) => q.type === 'short-text')
				.map((question) => ({ locale, file, question: question as Extract<Question, { type: 'short-text' }> }))
		)
	);
	// As the page gets it: Uzbek in either script carries how to compare.
	const asGraded = (locale: Locale, answers: string[]): GradableQuestion => toGradable({ type: 'short-text', id: 'q', prompt: 'q', explanation: 'q', answers, feedback: { correct: 'c', incorrect: 'i' } }, locale);

	test('there are some, in every language', () => {
		for (const locale of LOCALES.filter((code) => !language(code).partial)) expect(shortTexts.filter((s) => s.locale === locale).length).toBeGreaterThan(0);
	});
	// A generated language keeps each answer in both scripts on purpose (for Moodle, which compares letters): its source is checked.
	const written = shortTexts.filter((s) => !language(s.locale).generatedFrom);
	test.each(written.map((s) => [`${s.locale}/${s.file} ${s.question.id}`, s] as const))('%s lists no answer twice (after normalising)', (_name, { locale, question }) => {
		question.answers.forEach((answer, i) => {
			const others = question.answers.filter((_, j) => j !== i);
			expect(gradeQuestion(asGraded(locale, others), typed(answer)).verdict, answer).toBe('incorrect');
		});
	});

	/** What students really type (issue 10, #7): a full stop, a case form, quotes, Cyrillic Uzbek. */
	const TYPED: Record<string, string[]> = {
		'en/passwords-and-2fa.yaml two-step-name': ['Two-step verification.', '"2FA"', 'two factor authentication', 'Two-Step Authentication!'],
		// The Cyrillic page is generated from the Latin one: both scripts are accepted there too.
		'uz-cyrl/passwords-and-2fa.yaml two-step-name': ['Икки босқичли тасдиқлаш.', 'ikki bosqichli tasdiqlash', 'Ikki bosqichli tekshiruv', '«2FA»'],
		'uz/passwords-and-2fa.yaml two-step-name': ['Ikki bosqichli tasdiqlash.', 'икки босқичли тасдиқлаш', 'ikki omilli autentifikatsiya', '«2FA»', 'ikki bosqichli tekshiruv'],
		'ru/passwords-and-2fa.yaml two-step-name': ['Двухэтапная проверка.', 'двухэтапную проверку', '«Двухфакторная аутентификация»', 'двухфакторную аутентификацию', 'двухэтапной проверкой', '2FA.'],
		'kk/passwords-and-2fa.yaml two-step-name': ['Екі қадамды растау.', 'екі қадамды растауды', '«Екі факторлы аутентификация»', 'еки факторлы аутентификация', 'екі-қадамды растау', 'Екі сатылы растау', '2FA.'],
	};
	test.each(shortTexts.map((s) => [`${s.locale}/${s.file} ${s.question.id}`, s] as const))('%s accepts what students type', (name, { locale, question }) => {
		expect(TYPED[name], `add what students type for ${name}`).toBeDefined();
		for (const value of TYPED[name]!) expect(gradeQuestion(asGraded(locale, question.answers), typed(value)).verdict, value).toBe('correct');
	});
});
