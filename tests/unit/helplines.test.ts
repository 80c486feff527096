/** content/helplines.yaml: only real help lines, each with a source URL and an honest check record. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { helplineSchema, helplinesSchema } from '../../src/lib/schemas.ts';

const helplines = helplinesSchema.parse(parse(readFileSync('content/helplines.yaml', 'utf8')));
const route = {
	id: 'uz-school-psychologist',
	country: 'uz',
	topics: ['drugs'],
	name: { en: 'School psychologist', uz: 'Maktab psixologi', ru: 'Школьный психолог', kk: 'Мектеп психологы' },
	description: { en: 'Talk without the police.', uz: 'Politsiyasiz gaplashing.', ru: 'Поговори без полиции.', kk: 'Полициясыз сөйлес.' },
	source: { title: 'Psychologist posts', publisher: 'Ministry', year: 2023, url: 'https://example.uz/post' },
	lastChecked: '2026-12-01',
	checkedHow: 'read on the page cited',
};

describe('helpline schema', () => {
	test('a route without a number (school psychologist) is valid', () => {
		expect(helplineSchema.parse(route).number).toBeUndefined();
	});
	test('a number, when there is one, is still digits only', () => {
		expect(helplineSchema.safeParse({ ...route, number: '103' }).success).toBe(true);
		expect(helplineSchema.safeParse({ ...route, number: '+998 71 123' }).success).toBe(false);
		expect(helplineSchema.safeParse({ ...route, number: '' }).success).toBe(false);
	});
});

describe('content/helplines.yaml', () => {
	test('leaves out 1102, the Interior Ministry line for complaints about police', () => {
		expect(helplines.map((h) => h.number)).not.toContain('1102');
		expect(helplines.map((h) => h.id)).not.toContain('uz-interior-1102');
	});
	test('lists 1414 only as a number lessons may name, never as help', () => {
		expect(helplines.find((h) => h.number === '1414')?.help).toBe(false);
		expect(helplines.filter((h) => h.help).map((h) => h.number)).not.toContain('1414');
		expect(helplineSchema.parse(route).help).toBe(true);
	});
	test('leaves out KZ-CERT 1400, which could not be re-verified', () => {
		expect(helplines.map((h) => h.number)).not.toContain('1400');
	});
	test("gives Uzbekistan the ambulance 103 and non-police routes for drugs", () => {
		const uzDrugs = helplines.filter((h) => h.country === 'uz' && h.topics.includes('drugs'));
		expect(uzDrugs.find((h) => h.number === '103')?.name.en).toMatch(/ambulance/i);
		const routes = uzDrugs.filter((h) => !h.number).map((h) => h.id);
		expect(routes).toEqual(expect.arrayContaining(['uz-school-psychologist', 'uz-family-doctor', 'uz-narcology']));
	});
	test('every entry has a source URL and says how and when it was checked', () => {
		for (const h of helplines) {
			expect(h.source.url, h.id).toMatch(/^https:\/\//);
			expect(h.checkedHow?.length ?? 0, h.id).toBeGreaterThan(20);
			expect(h.lastChecked.getTime(), h.id).toBeGreaterThan(Date.parse('2026-11-01'));
		}
	});
});
