/** The chat simulator's schema (src/lib/simulator-schema.ts) and the shared pieces (schema-parts.ts): what it rejects, with the author's message. */
import { describe, expect, test } from 'vitest';
import { idSchema, text } from '../../src/lib/schema-parts.ts';
import { simulatorSchema } from '../../src/lib/simulator-schema.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

const valid = {
	title: 'A call from the bank',
	description: 'Someone asks for a code.',
	lessons: ['fake-bank-calls'],
	contact: { name: 'Bank' },
	start: 'first',
	steps: [
		{ id: 'first', messages: [{ from: 'them', time: '18:02', text: 'Send the code.' }], choices: [{ id: 'no', text: 'Refuse', next: 'end' }, { id: 'ask', text: 'Ask', next: 'end' }] },
		{ id: 'end', outcome: { type: 'safe', title: 'Safe', text: 'You kept the code.' } },
	],
	debrief: { redFlags: ['A stranger asks for a code'], takeaway: 'Never share a code.' },
};

describe('ids and texts', () => {
	test('an id is a whole URL-safe slug, with its fix', () => {
		expect(idSchema.safeParse('fake-bank-call').success).toBe(true);
		for (const id of ['Fake', 'x fake', 'fake!', 'fake-', '-fake']) expect(messages(idSchema.safeParse(id)), id).toEqual(['use lowercase letters, digits and hyphens, e.g. "fake-bank-call"']);
	});

	test('a text is trimmed, and only spaces count as empty', () => {
		expect(text.parse('  Hello ')).toBe('Hello');
		expect(messages(text.safeParse('   '))).toEqual(['write some text here; it must not be empty']);
	});
});

describe('a simulator', () => {
	test('a valid one parses, with empty search terms and a step without messages filled in', () => {
		const parsed = simulatorSchema.parse({ ...valid, steps: [valid.steps[0], { id: 'end', outcome: valid.steps[1]!.outcome }] });
		expect(parsed.searchTerms).toEqual([]);
		expect(parsed.steps[1]!.messages).toEqual([]);
		expect(parsed.order).toBe(100);
	});

	test.each([
		['a time that is not HH:MM', { messages: [{ from: 'them', time: '6:02 pm', text: 'Hi' }] }, 'write the time as HH:MM, e.g. "18:02"'],
		['a time with more after it', { messages: [{ from: 'them', time: '18:021', text: 'Hi' }] }, 'write the time as HH:MM, e.g. "18:02"'],
		['a time with more before it', { messages: [{ from: 'them', time: '118:02', text: 'Hi' }] }, 'write the time as HH:MM, e.g. "18:02"'],
		['a message with neither text nor attachment', { messages: [{ from: 'them' }] }, 'a message needs a text, an attachment or both'],
		['a single choice', { choices: [{ id: 'no', text: 'Refuse', next: 'end' }] }, 'give at least two choices, or end the branch with an outcome'],
	])('a step with %s is rejected with its fix', (_, change, message) => {
		const first = { ...valid.steps[0], ...change };
		expect(messages(simulatorSchema.safeParse({ ...valid, steps: [first, valid.steps[1]] }))).toEqual([message]);
	});

	test.each([
		['no lesson', { lessons: [] }, 'name the lesson (or lessons) this simulator belongs to'],
		['one step only', { steps: [valid.steps[1]] }, 'a simulator needs a first step and at least one ending'],
		['no red flag', { debrief: { ...valid.debrief, redFlags: [] } }, 'name at least one red flag'],
	])('a simulator with %s is rejected with its fix', (_, change, message) => {
		expect(messages(simulatorSchema.safeParse({ ...valid, ...change }))).toEqual([message]);
	});
});
