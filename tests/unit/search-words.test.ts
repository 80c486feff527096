/** The search index's word list (search-words.ts), with exact outputs. */
import { describe, expect, test } from 'vitest';
import { collectText, readableText, wordList } from '../../src/lib/search-words.ts';

describe('readableText', () => {
	test('drops import lines (only at a line start), link targets, tags and bare links', () => {
		expect(readableText('import A from "a";\nSee [the law](https://lex.uz/x) <b>now</b> https://x.uz/y end\n  import B')).toBe(' \nSee [the law]   now    end\n  import B');
	});
});

describe('collectText', () => {
	test('skips every id, link and code field, at any depth, and non-strings', () => {
		const data = [
			{
				url: 'u', quiz: 'q', lesson: 'l', lessons: ['x'], quizzes: ['y'], keyTerms: ['k'], topic: 't', audience: 'a',
				answer: 'b', answers: ['c'], order: ['o'], lastReviewed: 'd', id: 'i', title: 'T', nested: { prompt: 'P', n: null, b: true, c: 3 },
				start: 's', steps: [{ next: 'n', from: 'them', time: '21:14', text: 'Hi' }],
			},
			'plain',
		];
		expect(collectText(data)).toEqual(['T', 'P', 'Hi', 'plain']);
	});
	test('a key given at the top counts too', () => {
		expect(collectText('x', 'id')).toEqual([]);
		expect(collectText('x', 'title')).toEqual(['x']);
	});
});

describe('wordList', () => {
	test('most frequent first, ties alphabetical', () => {
		expect(wordList(['beta alfa', 'alfa gamma beta', 'delta alfa'], 'en')).toEqual(['alfa', 'beta', 'delta', 'gamma']);
		expect(wordList(['zeta eta', 'eta zeta'], 'en')).toEqual(['eta', 'zeta']);
		expect(wordList(['eta', 'zeta zeta'], 'en')).toEqual(['zeta', 'eta']);
		expect(wordList([], 'en')).toEqual([]);
	});
});
