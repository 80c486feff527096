/** Norm-guess polls: the figure "out of 10", how a guess compares, a class's spread, and what the content check says. */
import { describe, expect, test } from 'vitest';
import { contentProblems } from '../../src/lib/check-content.ts';
import { classSpread, compareGuess, GUESS_STEPS, guessKey, guessWidth, normPlaces, normUses, outOfTen, parseGuess } from '../../src/lib/norm-guess.ts';
import { lessonSchema } from '../../src/lib/schemas.ts';
import { handCount } from '../../src/lib/tally.ts';
import { BAD_FIXTURES, fixtureTree } from '../fixture-tree.ts';

describe('the figure out of 10', () => {
	test('rounds to the nearest person', () => {
		expect(outOfTen(26.5)).toBe(3);
		expect(outOfTen(10)).toBe(1);
		expect(outOfTen(4.9)).toBe(0);
		expect(outOfTen(5)).toBe(1);
		expect(outOfTen(100)).toBe(10);
		expect(guessWidth(5)).toBe(50);
		expect(guessWidth(0)).toBe(0);
		expect(GUESS_STEPS).toBe(11);
	});
	test('a guess is a whole number from 0 to 10, from a radio value or storage', () => {
		expect(parseGuess('0')).toBe(0);
		expect(parseGuess(' 7 ')).toBe(7);
		expect(parseGuess('10')).toBe(10);
		expect(parseGuess(4)).toBe(4);
		for (const bad of ['11', '-1', '2.5', '', 'x', '1x', 'x1', '100', null, undefined, 2.5, {}, [5], ['7'], true]) expect(parseGuess(bad), String(bad)).toBeUndefined();
	});
	test('within half a person of the figure is close', () => {
		expect(compareGuess(3, 26.5)).toBe('close');
		expect(compareGuess(4, 26.5)).toBe('higher');
		expect(compareGuess(2, 26.5)).toBe('lower');
		expect(compareGuess(2, 15)).toBe('close');
		expect(compareGuess(1, 15)).toBe('close');
		expect(compareGuess(2, 14.9)).toBe('higher');
		expect(compareGuess(1, 15.1)).toBe('lower');
	});
	test('each poll is saved under its own key', () => {
		expect(guessKey('alcohol', 'drink-15-19')).toBe('ogoh:norm:alcohol:drink-15-19');
	});
});

describe("a class's guesses", () => {
	test('hand counts per guess: total, bar widths, average and how many guessed high', () => {
		const spread = classSpread(['', '1', '2', '4', '8', '5', '3', '1', '', '', '1'], 26.5);
		expect(spread.counts).toEqual([0, 1, 2, 4, 8, 5, 3, 1, 0, 0, 1]);
		expect(spread.total).toBe(25);
		expect(spread.widths).toEqual([0, 12.5, 25, 50, 100, 62.5, 37.5, 12.5, 0, 0, 12.5]);
		// (1 + 4 + 12 + 32 + 25 + 18 + 7 + 10) / 25 = 4.36
		expect(spread.mean).toBe(4.4);
		expect(spread.higher).toBe(18);
	});
	test('nobody counted: no average, empty bars; missing fields and nonsense count 0', () => {
		expect(classSpread([], 26.5)).toEqual({ counts: Array(11).fill(0), total: 0, widths: Array(11).fill(0), mean: undefined, higher: 0 });
		expect(classSpread(['abc', -3, '2.9'], 10)).toEqual({ counts: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0], total: 2, widths: [0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0], mean: 2, higher: 2 });
		expect(classSpread([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5], 50).counts).toHaveLength(11);
	});
	test('widths keep one decimal', () => {
		expect(classSpread([3, 1], 0).widths.slice(0, 2)).toEqual([100, 33.3]);
		expect(classSpread([3, 2], 0).widths.slice(0, 2)).toEqual([100, 66.7]);
	});
	test('the tally reads typed counts the same way', () => {
		expect([handCount('3'), handCount('2.9'), handCount('-1'), handCount(''), handCount('x'), handCount(0), handCount(Infinity)]).toEqual([3, 2, 0, 0, 0, 0, 0]);
	});
});

describe('where polls stand in a lesson', () => {
	test('uses and places', () => {
		const body = 'Intro\n<NormGuess id="a" />\n<MythOrFact id="b" />\n\n## One\n\n<NormGuess />\n';
		expect(normUses(body)).toEqual([
			{ value: 'a', line: 2, section: 0 },
			{ value: '', line: 7, section: 1 },
		]);
		expect(normPlaces(normUses(body))).toEqual(['a@0', '@1']);
	});
});

describe('the lesson schema', () => {
	const lesson = { title: 't', description: 'd', topic: 'drugs', audience: { ages: ['12-14'], roles: ['student'] }, duration: 10, objectives: ['o'], sources: [{ title: 's', publisher: 'p', year: 2020, noUrl: 'print', id: 'who' }], lastReviewed: '2026-11-23' };
	const poll = { id: 'drink', question: 'Out of 10 people aged 15–19?', percent: 26.5, ages: '15-19', scope: 'worldwide', year: 2018, source: 'who', why: 'w' };
	const issue = (value: object) => lessonSchema.safeParse({ ...lesson, normGuesses: [{ ...poll, ...value }] }).error?.issues[0]?.message;
	test('polls are optional; a source may have an id', () => {
		expect(lessonSchema.parse(lesson).normGuesses).toEqual([]);
		expect(lessonSchema.parse({ ...lesson, normGuesses: [poll] }).normGuesses).toEqual([poll]);
	});
	test('age group, scope and percent are checked', () => {
		expect(issue({ ages: '15 to 19' })).toBe('write the age group as two ages with a hyphen, e.g. "15-19"');
		expect(issue({ ages: 'x15-19' })).toBe('write the age group as two ages with a hyphen, e.g. "15-19"');
		expect(issue({ ages: '15-19x' })).toBe('write the age group as two ages with a hyphen, e.g. "15-19"');
		expect(issue({ scope: 'global' })).toBe('write scope: worldwide, region or country');
		expect(issue({ percent: 101 })).toBeDefined();
		expect(issue({ percent: -1 })).toBeDefined();
		expect(issue({ percent: 100 })).toBeUndefined();
		expect(issue({ figure: 'x' })).toBeDefined();
	});
});

describe('content check', () => {
	test.each(BAD_FIXTURES.filter((f) => f.name.startsWith('norm-')))('$name: exactly the expected problems', ({ name, problems }) => {
		expect(contentProblems(fixtureTree(name)).map((p) => [p.code, p.file, p.field, ...(p.line === undefined ? [] : [p.line])])).toEqual(problems);
	});
	const messages = (overlay: string) => contentProblems(fixtureTree(overlay)).map((p) => `${p.message} | ${p.fix}`);
	test('messages name the fix', () => {
		expect(messages('norm-unknown-source')[0]).toBe('"drink-15-19" takes its figure from source "who-report", and the lesson has no source with that id | use one of: who-alcohol');
		expect(messages('norm-unknown-id')[0]).toBe('<NormGuess id="drink" /> names no poll of the lesson\'s normGuesses | use one of: drink-15-19');
		expect(messages('norm-not-shown')[0]).toBe('the poll "drink-15-19" is never shown | put <NormGuess id="drink-15-19" /> in the body where the learner should guess, before the lesson gives the figure');
		expect(messages('norm-ages')).toEqual(['the question of "drink-15-19" does not name the age group 15-19 | say whom the figure is about in the question, e.g. "Out of 10 people aged 15–19 …"']);
		expect(messages('norm-duplicate-id')[0]).toBe('two polls have the id "drink-15-19" | give every poll its own id (lowercase words with hyphens, e.g. "drink-15-19")');
		const fix = 'keep the ids, their order and the figures (percent, ages, scope, year, source) of content/lessons/en/sample.mdx; translate only question and why';
		expect(messages('norm-ids-differ')).toEqual([`poll ids [drinking] differ from English [drink-15-19] | ${fix}`]);
		expect(messages('norm-figure-differs')).toEqual([`"drink-15-19" says {"percent":30,"ages":"15-19","scope":"worldwide","year":2018,"source":"who-alcohol"} here but {"percent":26.5,"ages":"15-19","scope":"worldwide","year":2018,"source":"who-alcohol"} in English | ${fix}`]);
		expect(messages('norm-place')).toEqual(['<NormGuess /> ("drink-15-19" after section 0) is not where the English lesson has it ("drink-15-19" after section 1) | put the same <NormGuess /> in the same section as content/lessons/en/sample.mdx']);
	});
});
