/** The content rules' building blocks, edge by edge (the fixtures in validate-content.test.ts cover each rule end to end). */
import { describe, expect, test } from 'vitest';
import { readText } from '../../src/lib/content-files.ts';
import { mdxProblems, slugify } from '../../src/lib/content-rules/files.ts';
import { lengthLimit } from '../../src/lib/content-rules/lengths.ts';
import { relativeLinks } from '../../src/lib/content-rules/links.ts';
import { listedNumbers } from '../../src/lib/content-rules/style.ts';
import { findDuplicates, stringsIn } from '../../src/lib/content-rules/types.ts';
import { isListedNumber, nationalNumber, phoneMentions } from '../../src/lib/phone-numbers.ts';

const written = (text: string) => phoneMentions(text).map((m) => m.text);

describe('phone numbers in text', () => {
	test.each([
		['Call 8 (71) 123-45-67 today.', ['8 (71) 123-45-67']],
		['Call (71) 123-45-67.', ['(71) 123-45-67']],
		['Ring 71 123-45-67 or 8-71-123-45-67?', ['71 123-45-67', '8-71-123-45-67']],
		['Write to +998 71 123 45 67.', ['+998 71 123 45 67']],
		['Tap [here](tel:+998711234567).', ['+998711234567']],
		['Kazakhstan: 8 (727) 123 45 67', ['8 (727) 123 45 67']],
		['If someone pushes you, call 1050.', ['1050']],
		['Dial 102, then 103.', ['102', '103']],
		['1050 raqamiga qoʻngʻiroq qiling.', ['1050']],
		['1050-raqamiga qoʻngʻiroq qiling.', ['1050']],
		["1050 ga qo'ng'iroq qiling", ['1050']],
		['Звони по номеру 150.', ['150']],
		['Телефон доверия: 111', ['111']],
		['Horizon hotline 1414 answers', ['1414']],
	])('finds %j', (text, numbers) => {
		expect(written(text)).toEqual(numbers);
	});

	test.each([
		['In 2019 there were 150 cases.'],
		['Call a friend. In 1998, 150 pupils took part.'],
		['The phone costs 1 050 000 sum.'],
		['Call me: 150% or 150,5 and 150.5 are not phones, nor 1 050.'],
		['Ages 15-18 and 18-25, reviewed 2026-11-23.'],
		['28 851 cases and 5 005 arrests; 6 812 calls'],
		['number 1950 was a year'],
		['Page 12 of 99; call 99'],
		['version1050 and a1050b call'],
	])('leaves alone %j', (text) => {
		expect(written(text)).toEqual([]);
	});

	test('keeps the + and the digits, in text order', () => {
		expect(phoneMentions('dial 112; or +7 (727) 000-00-00')).toEqual([
			{ text: '112', digits: '112' },
			{ text: '+7 (727) 000-00-00', digits: '+77270000000' },
		]);
	});

	test('one number in several formats is one number', () => {
		expect(nationalNumber('+998711234567')).toBe('711234567');
		expect(nationalNumber('998711234567')).toBe('711234567');
		expect(nationalNumber('8711234567')).toBe('711234567');
		expect(nationalNumber('87271234567')).toBe('7271234567');
		expect(nationalNumber('+77271234567')).toBe('7271234567');
		expect(nationalNumber('1050')).toBe('1050');
		expect(nationalNumber('99871123456')).toBe('99871123456');
		expect(nationalNumber('97271234567')).toBe('97271234567');
		expect(nationalNumber('7711234567')).toBe('7711234567');
		expect(nationalNumber('9987112345678')).toBe('9987112345678');
		expect(isListedNumber('8711234567', ['+998 71 123 45 67'])).toBe(true);
		expect(isListedNumber('+998711234567', ['8 (71) 123-45-67'])).toBe(true);
		expect(isListedNumber('112', ['103', '112'])).toBe(true);
		expect(isListedNumber('1120', ['112'])).toBe(false);
		expect(isListedNumber('112', [])).toBe(false);
	});

	test('helplines.yaml numbers in any format, entries without a number skipped', () => {
		const tree = { helplines: { file: 'h', data: [{ number: '112' }, { number: 1050 }, { number: '+998 71 123 45 67' }, { id: 'psychologist' }, null, 'x'] } };
		expect(listedNumbers(tree as never)).toEqual(['112', '1050', '+998 71 123 45 67']);
		expect(listedNumbers({ helplines: { file: 'h', data: { number: '1' } } } as never)).toEqual([]);
		expect(listedNumbers({ helplines: undefined } as never)).toEqual([]);
	});
});

describe('file names and text', () => {
	test.each([
		['Teacher Course_2026', 'teacher-course-2026'],
		['  Fake--Bank  ', 'fake-bank'],
		['Oʻzbek tili', 'ozbek-tili'],
		['Привет', ''],
	])('slugify(%j) is %j', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	test('reads UTF-8, drops a byte-order mark, and names the line of the first byte that is not UTF-8', () => {
		expect(readText(new TextEncoder().encode('\uFEFFa: ʻ'), 'f')).toEqual({ text: 'a: ʻ' });
		const bad = Uint8Array.from([...new TextEncoder().encode('a\nb\n'), 0xe9, 0x0a]);
		expect(readText(bad, 'f.yaml')).toMatchObject({ problem: { code: 'file/encoding', file: 'f.yaml', line: 3 } });
		expect(readText(Uint8Array.from([0xff]), 'f')).toMatchObject({ problem: { line: 1 } });
	});

	test('lists every string of parsed YAML with its path', () => {
		expect(stringsIn({ a: 'x', b: [{ c: 'y' }, 2, null], d: true })).toEqual([
			{ path: 'a', text: 'x' },
			{ path: 'b.0.c', text: 'y' },
		]);
		expect(stringsIn(['p', ['q']])).toEqual([
			{ path: '0', text: 'p' },
			{ path: '1.0', text: 'q' },
		]);
		expect(findDuplicates(['a', 'b', 'a', 'a', 'c', 'b'])).toEqual(['a', 'b']);
	});

	test.each([
		['title', 150],
		['modules.2.title', 150],
		['sources.0.title', 300],
		['references.1.title', 300],
		['3.source.title', 300],
		['3.name.uz', 120],
		['3.description.ru', 300],
		['description', 1000],
		['term', 80],
		['definition', 600],
		['objectives.0', 300],
		['modules.0.outcomes.1', 400],
		['questions.0.prompt', 500],
		['questions.0.options.1.text', 300],
		['questions.0.pairs.1.right', 300],
		['questions.0.options.1.feedback', 500],
		['questions.0.feedback.true', 500],
		['questions.0.explanation', 800],
		['searchTerms.2', 80],
		['sources.0.publisher', 150],
		['sources.0.noUrl', 300],
		['checkedHow', 300],
		['topic', undefined],
		['sources.0.url', undefined],
		['subtitle', undefined],
	])('the length limit of %s is %s', (field, limit) => {
		expect(lengthLimit(field)).toBe(limit);
	});
});

describe('links and MDX', () => {
	test('relative links are the ones that are neither absolute, full URLs, anchors nor images', () => {
		const body = '[a](../x/) [b](/y/) [c](https://z) [d](#h) ![i](../../illustrations/a.en.svg) [e](mailto:a@b) <a href="w/">w</a> <a href="/v/">v</a> [f](lessons/x "t")';
		expect(relativeLinks(body)).toEqual(['../x/', 'w/', 'lessons/x']);
	});

	test('reports MDX mistakes by the line of the source file', () => {
		const lesson = { file: 'l.mdx', bodyLine: 10, body: 'text\n\n<Term id="a">a</Term> <Aside>x</Aside> <HelpBlock /> <TeacherNotes>t</TeacherNotes> <br/> <Foo />\n\n{/* a comment */}\n\n{1 + 1}\n' };
		expect(mdxProblems(lesson).map((p) => [p.code, p.line])).toEqual([
			['mdx/unknown-component', 12],
			['mdx/expression', 16],
		]);
		const broken = mdxProblems({ file: 'l.mdx', bodyLine: 5, body: 'a\n\nb {oops\n' });
		expect(broken.map((p) => [p.code, p.line, p.field])).toEqual([['mdx/syntax', 7, '(body)']]);
		expect(mdxProblems({ file: 'l.mdx', bodyLine: 1, body: 'x\n\n<Aside>\nopen\n' })).toMatchObject([{ line: 3, message: 'the MDX cannot be read: Expected a closing tag for `<Aside>`' }]);
	});
});
