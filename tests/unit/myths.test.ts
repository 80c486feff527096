/** Myth-or-fact cards: which cards a <MythOrFact /> shows, where it stands, and what the content check says. */
import { describe, expect, test } from 'vitest';
import { contentProblems } from '../../src/lib/check-content.ts';
import { mythPlaces, mythsToShow, mythUses } from '../../src/lib/myths.ts';
import { lessonSchema, type MythOrFact } from '../../src/lib/schemas.ts';
import { BAD_FIXTURES, fixtureTree } from '../fixture-tree.ts';

const cards: MythOrFact[] = [
	{ id: 'coffee', claim: '"Coffee sobers you up."', verdict: 'myth', explanation: 'Only time does.' },
	{ id: 'mixing', claim: '"Mixing is risky."', verdict: 'fact', explanation: 'It can slow breathing.' },
];

describe('mythsToShow', () => {
	test('without an id, every card in order (a copy)', () => {
		const shown = mythsToShow(cards);
		expect(shown).toEqual(cards);
		expect(shown).not.toBe(cards);
		expect(mythsToShow(cards, '')).toEqual(cards);
	});
	test('with an id, only that card', () => {
		expect(mythsToShow(cards, 'mixing')).toEqual([cards[1]]);
	});
	test('an unknown id throws, naming the cards there are', () => {
		expect(() => mythsToShow(cards, 'beer')).toThrow('<MythOrFact id="beer" />: the lesson has no card "beer" in mythsAndFacts (its cards: coffee, mixing)');
		expect(() => mythsToShow([], 'beer')).toThrow('(its cards: none)');
	});
});

describe('mythUses and mythPlaces', () => {
	const body = ['Intro.', '', '## One', '', '<MythOrFact />', '', '## Two', '', "<MythOrFact id='mixing' />", '', '```', '<MythOrFact id="shown-as-code" />', '```'].join('\n');
	test('each use with its id, line and section; code blocks skipped', () => {
		expect(mythUses(body)).toEqual([
			{ value: '', line: 5, section: 1 },
			{ value: 'mixing', line: 9, section: 2 },
		]);
	});
	test('places: the id (or * for every card) at its section', () => {
		expect(mythPlaces(mythUses(body))).toEqual(['*@1', 'mixing@2']);
	});
});

describe('the lesson schema', () => {
	const lesson = { title: 't', description: 'd', topic: 'drugs', audience: { ages: ['12-14'], roles: ['student'] }, duration: 10, objectives: ['o'], sources: [{ title: 's', publisher: 'p', year: 2020, noUrl: 'print' }], lastReviewed: '2026-11-23' };
	test('cards are optional and default to none', () => {
		expect(lessonSchema.parse(lesson).mythsAndFacts).toEqual([]);
	});
	test('a verdict is myth or fact; at most four cards; no unknown fields', () => {
		const bad = lessonSchema.safeParse({ ...lesson, mythsAndFacts: [{ ...cards[0], verdict: 'true' }] });
		expect(bad.error?.issues[0]?.message).toBe('write verdict: myth or verdict: fact');
		const many = lessonSchema.safeParse({ ...lesson, mythsAndFacts: [1, 2, 3, 4, 5].map((n) => ({ ...cards[0], id: `c${n}` })) });
		expect(many.error?.issues[0]?.message).toBe('keep to 4 cards at most; one to three beliefs the lesson corrects');
		expect(lessonSchema.safeParse({ ...lesson, mythsAndFacts: cards }).success).toBe(true);
		expect(lessonSchema.safeParse({ ...lesson, mythsAndFacts: [{ ...cards[0], answer: 'x' }] }).success).toBe(false);
	});
});

describe('content check', () => {
	// The same table validate-content.test.ts checks for every rule, run here on the myth fixtures alone so mutation testing of the myth rules stays quick.
	test.each(BAD_FIXTURES.filter((f) => f.name.startsWith('myth-')))('$name: exactly the expected problems', ({ name, problems }) => {
		expect(contentProblems(fixtureTree(name)).map((p) => [p.code, p.file, p.field, ...(p.line === undefined ? [] : [p.line])])).toEqual(problems);
	});
});

describe('content check messages', () => {
	const messages = (overlay: string) => contentProblems(fixtureTree(overlay)).map((p) => `${p.message} | ${p.fix}`);
	test('an unknown id names the cards there are', () => {
		expect(messages('myth-unknown-id')[0]).toBe('<MythOrFact id="everyone-does" /> names no card of the lesson\'s mythsAndFacts | use one of: everyone-does-it, saying-no-is-normal, or <MythOrFact /> for all of them');
	});
	test('a component without cards says how to add them', () => {
		expect(messages('myth-without-cards')[0]).toBe("<MythOrFact /> shows the lesson's mythsAndFacts, and it has none | add mythsAndFacts: [{ id, claim, verdict, explanation }] at the end of the front matter, or remove the <MythOrFact />");
	});
	test('duplicate ids, cards never shown', () => {
		expect(messages('myth-duplicate-id')[0]).toBe('two cards have the id "everyone-does-it" | give every card its own id (lowercase words with hyphens, e.g. "coffee-sobers-you-up")');
		expect(messages('myth-not-shown')[0]).toBe('the lesson has 2 myth-or-fact card(s) but never shows them | put <MythOrFact /> in the body, at the end of the section the cards are about');
	});
	test('translations: ids, verdicts and place', () => {
		const fix = 'keep the ids, their order and the verdicts of content/lessons/en/sample.mdx; translate only claim and explanation';
		expect(messages('myth-ids-differ')).toEqual([`card ids [everyone-does-it, saying-no] differ from English [everyone-does-it, saying-no-is-normal] | ${fix}`]);
		expect(messages('myth-verdict-differs')).toEqual([`"saying-no-is-normal" is a myth here but a fact in English | ${fix}`]);
		expect(messages('myth-place')).toEqual(['<MythOrFact /> (all cards after section 0) is not where the English lesson has it (all cards after section 1) | put the same <MythOrFact /> in the same section as content/lessons/en/sample.mdx']);
	});
});
