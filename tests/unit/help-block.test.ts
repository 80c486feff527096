/** What the help block shows: which helplines, in which order, and in which language each text is. */
import { afterAll, describe, expect, test, vi } from 'vitest';
import { HELP_COUNTRIES, helpBlock, helpText } from '../../src/lib/help-block.ts';
import type { Helpline } from '../../src/lib/schemas.ts';

const line = (id: string, country: 'uz' | 'kz', topics: Helpline['topics'], extra: Partial<Helpline> = {}): Helpline => ({
	id,
	country,
	number: '103',
	topics,
	name: { en: `${id} name`, uz: `${id} nomi`, ru: `${id} имя` },
	description: { en: `${id} text`, uz: `${id} matni`, ru: `${id} текст` },
	source: { title: 'Source', publisher: 'Ministry', year: 2026, url: 'https://example.org' },
	lastChecked: new Date('2026-11-01'),
	help: true,
	...extra,
});

const LINES = [
	line('kz-police', 'kz', ['drugs', 'cyber'], { number: '102' }),
	line('uz-ambulance', 'uz', ['drugs']),
	line('uz-psychologist', 'uz', ['drugs', 'cyber'], { number: undefined }),
	line('uz-codes', 'uz', ['cyber'], { number: '1414', help: false }),
];
const ids = (block: ReturnType<typeof helpBlock>) => block.map((c) => [c.code, c.labelKey, c.helplines.map((h) => h.id)]);

describe('helpBlock', () => {
	test('Uzbekistan first, then Kazakhstan, each named by a UI string', () => {
		expect(HELP_COUNTRIES).toEqual(['uz', 'kz']);
		expect(ids(helpBlock(LINES, 'en'))).toEqual([
			['uz', 'ogoh.help.country.uz', ['uz-ambulance', 'uz-psychologist']],
			['kz', 'ogoh.help.country.kz', ['kz-police']],
		]);
	});

	test("only the lesson topic's helplines that are help (never help: false)", () => {
		expect(ids(helpBlock(LINES, 'ru', 'cyber'))).toEqual([
			['uz', 'ogoh.help.country.uz', ['uz-psychologist']],
			['kz', 'ogoh.help.country.kz', ['kz-police']],
		]);
		expect(ids(helpBlock(LINES, 'ru', 'drugs'))[0]).toEqual(['uz', 'ogoh.help.country.uz', ['uz-ambulance', 'uz-psychologist']]);
	});

	test("texts in the page's language; a route without a number has no number", () => {
		const [uzbekistan] = helpBlock(LINES, 'uz', 'drugs');
		expect(uzbekistan!.helplines).toEqual([
			{ id: 'uz-ambulance', number: '103', name: { text: 'uz-ambulance nomi' }, description: { text: 'uz-ambulance matni' } },
			{ id: 'uz-psychologist', name: { text: 'uz-psychologist nomi' }, description: { text: 'uz-psychologist matni' } },
		]);
	});
});

describe('a partial language without a helpline text', () => {
	afterAll(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});

	test('shows the English text, marked lang="en", each text on its own', async () => {
		vi.resetModules();
		vi.stubEnv('OGOH_EXTRA_LANGUAGE', JSON.stringify({ code: 'tg', lang: 'tg', label: 'Тоҷикӣ', partial: true }));
		const m = await import('../../src/lib/help-block.ts');
		const texts = { en: 'Police', tg: 'Милитсия' } as Helpline['name'];
		expect(m.helpText(texts, 'tg' as never)).toEqual({ text: 'Милитсия' });
		expect(m.helpText({ en: 'Police' }, 'tg' as never)).toEqual({ text: 'Police', lang: 'en' });
		const partly = line('kz-police', 'kz', ['drugs'], { name: { en: 'Police', tg: 'Милитсия' } as Helpline['name'], description: { en: 'Call it.' } });
		expect(m.helpBlock([partly], 'tg' as never)[1]!.helplines[0]).toEqual({
			id: 'kz-police',
			number: '103',
			name: { text: 'Милитсия' },
			description: { text: 'Call it.', lang: 'en' },
		});
	});

	test('English text in English is not marked', () => {
		expect(helpText({ en: 'Police', ru: 'Полиция' }, 'en')).toEqual({ text: 'Police' });
	});
});
