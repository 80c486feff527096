/** The coverage rule edge by edge (the partial-language fixture in validate-content.test.ts covers it end to end). */
import { describe, expect, test } from 'vitest';
import { coverageRules } from '../../src/lib/content-rules/coverage.ts';
import type { RuleContext } from '../../src/lib/content-rules/types.ts';

const file = (kind: string, locale: string, id: string) => ({ kind, locale, id, file: `content/${kind}/${locale}/${id}.yaml` });

function context(uiStrings: [string, Record<string, unknown>][], extra: Partial<Record<'lessons' | 'glossary' | 'unreadable', unknown[]>> = {}): RuleContext {
	const glossary = extra.glossary ?? [];
	return {
		tree: {
			uiStrings: new Map(uiStrings.map(([locale, strings]) => [locale, { file: `src/content/i18n/${locale}.json`, strings }])),
			glossary,
			lessons: extra.lessons ?? [],
			unreadable: extra.unreadable ?? [],
		},
		glossary,
	} as unknown as RuleContext;
}
const summary = (c: RuleContext) => coverageRules(c).map((p) => [p.code, p.file, p.field]);

describe('UI strings', () => {
	test('a blank, non-string or missing string in a finished language; the extra keys and the English file are not checked', () => {
		const c = context([
			['en', { a: 'A', b: 'B', c: 'C', d: 'D', e: '' }],
			['uz', { a: '   ', b: 5, c: 'V', extra: 'x', e: 'E' }],
		]);
		expect(summary(c)).toEqual([
			['i18n/ui-string-empty', 'src/content/i18n/uz.json', 'a'],
			['i18n/ui-string-empty', 'src/content/i18n/uz.json', 'b'],
			['i18n/ui-string', 'src/content/i18n/uz.json', 'd'],
		]);
		expect(coverageRules(c)[1]!.message).toBe('the UI string "b" is 5: the page would show that instead of a text');
	});

	test('without an English strings file there is nothing to compare', () => {
		expect(coverageRules(context([['uz', {}]]))).toEqual([]);
	});
});

describe('glossary terms', () => {
	const english = [file('glossary', 'en', 'peer-pressure'), file('glossary', 'en', 'vaping')];

	test('a finished language with any lesson or term needs every English term; an unreadable translation counts as there', () => {
		const c = context([], {
			glossary: english,
			lessons: [file('lessons', 'ru', 'x')],
			unreadable: [file('glossary', 'ru', 'vaping'), file('lessons', 'ru', 'peer-pressure')],
		});
		expect(summary(c)).toEqual([['i18n/glossary', 'content/glossary/ru/peer-pressure.yaml', '(file)']]);
	});

	test('a language with no lesson and no term needs none', () => {
		expect(coverageRules(context([], { glossary: english }))).toEqual([]);
	});
});
