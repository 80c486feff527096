/**
 * One list of languages: a language added as one entry (here through OGOH_EXTRA_LANGUAGE, as the
 * build test does) is known everywhere a language matters, with no other file edited.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

const KYRGYZ = { code: 'ky', lang: 'ky', label: 'Кыргызча', numberLocale: 'ky', optionLetters: 'АБВГДЕ', partial: true };
const KAZAKH_OVERRIDE = { code: 'kk', lang: 'kk', label: 'Қазақ тілі', partial: true };
const UZBEK_CYRILLIC = { code: 'uz-cyrl', lang: 'uz-Cyrl', label: 'Ўзбекча' };

async function withLanguage(entry: object) {
	vi.resetModules();
	vi.stubEnv('OGOH_EXTRA_LANGUAGE', JSON.stringify(entry));
	return {
		locales: await import('../../src/lib/locales.ts'),
		offline: await import('../../src/lib/offline.ts'),
		dates: await import('../../src/lib/dates.ts'),
		languages: await import('../../src/lib/languages.ts'),
		numbers: await import('../../src/lib/numbers.ts'),
		letters: await import('../../src/lib/letters.ts'),
		style: await import('../../src/lib/style-check.ts'),
		schemas: await import('../../src/lib/schemas.ts'),
		suggestion: await import('../../src/lib/language-suggestion.ts'),
	};
}

afterAll(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('a fifth language added as one entry (Kyrgyz)', () => {
	let m: Awaited<ReturnType<typeof withLanguage>>;
	beforeAll(async () => {
		m = await withLanguage(KYRGYZ);
	});

	test('its pages are Kyrgyz pages, not English ones', () => {
		expect(m.locales.LOCALES).toContain('ky');
		expect(m.locales.splitLocale('/ky/lessons/x/')).toEqual({ locale: 'ky', rest: '/lessons/x/' });
		expect(m.locales.splitLocale('/ky')).toEqual({ locale: 'ky', rest: '/' });
		expect(m.locales.splitLocale('/kyy/')).toEqual({ locale: 'en', rest: '/kyy/' });
		expect(m.locales.splitLocale('/uz/lessons/x/')).toEqual({ locale: 'uz', rest: '/lessons/x/' });
	});

	test('its 404 page, service worker and offline page', () => {
		expect(m.offline.isNotFoundPath('/ky/404.html')).toBe(true);
		expect(m.offline.isNotFoundPath('/ky/404/')).toBe(true);
		expect(m.offline.isNotFoundPath('/ky/lessons/404/')).toBe(false);
		const root = m.offline.offlinePlan('en' as never, null);
		expect(root.globIgnores).toContain('ky/**');
		expect(root.fallbacks.map((f) => f.prefix)).toContain('/ky/');
		expect(root.extraFiles).toContain('ky/offline/index.html');
		expect(m.offline.offlinePlan('ky' as never, null).serviceWorker).toBe('/ky/sw.js');
	});

	test('numbers, dates and option letters work before anyone wrote them', () => {
		expect(m.numbers.formatNumber(2.5, 'ky' as never)).toBe('2,5');
		expect(m.dates.formatLongDate('2026-12-20', 'ky' as never)).toBe('2026-12-20');
		expect(m.letters.optionLetter(1, 'ky' as never)).toBe('Б');
		expect(m.style.bannedWordsIn('anything', 'ky' as never)).toEqual([]);
	});

	test('a helpline may leave it out (English is shown), but not English', () => {
		const helpline = {
			id: 'x',
			country: 'kz',
			number: '112',
			topics: ['drugs'],
			name: { en: 'E', uz: 'U', ru: 'R', kk: 'K' },
			description: { en: 'E', uz: 'U', ru: 'R', kk: 'K' },
			source: { title: 'T', publisher: 'P', year: 2026, url: 'https://example.org/' },
			lastChecked: '2026-11-01',
		};
		expect(m.schemas.helplineSchema.safeParse(helpline).success).toBe(true);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { ...helpline.name, ky: 'К' } }).success).toBe(true);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { uz: 'U', ru: 'R', kk: 'K' } }).success).toBe(false);
		// Kazakh is a finished language: its text is required, as Russian's is.
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { en: 'E', uz: 'U', ru: 'R' } }).success).toBe(false);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { ...helpline.name, de: 'D' } }).success).toBe(false);
	});

	test('the home page suggests it to a browser set to Kyrgyz', () => {
		expect(m.suggestion.suggestedLocale(['ky-KG', 'ru'], 'en')).toBe('ky');
	});
});

describe('a language whose code has a hyphen (Uzbek Cyrillic)', () => {
	test('is told apart from Uzbek Latin', async () => {
		const m = await withLanguage(UZBEK_CYRILLIC);
		expect(m.locales.splitLocale('/uz-cyrl/lessons/x/')).toEqual({ locale: 'uz-cyrl', rest: '/lessons/x/' });
		expect(m.locales.splitLocale('/uz/lessons/x/')).toEqual({ locale: 'uz', rest: '/lessons/x/' });
		expect(m.offline.isNotFoundPath('/uz-cyrl/404.html')).toBe(true);
		expect(m.suggestion.suggestedLocale(['uz-Cyrl-UZ'], 'en')).toBe('uz-cyrl');
		expect(m.suggestion.suggestedLocale(['uz-UZ'], 'en')).toBe('uz');
	});
});

describe('Kazakh, a defined language', () => {
	test('is finished: no defined language is partial, so nothing of it falls back to English', async () => {
		vi.resetModules();
		vi.unstubAllEnvs();
		const { LANGUAGES } = await import('../../src/lib/languages.ts');
		expect(LANGUAGES.map((l) => [l.code, l.partial ?? false])).toEqual([['en', false], ['uz', false], ['ru', false], ['kk', false], ['uz-cyrl', false]]);
	});

	test('dates, letters and numbers as Kazakh writes them', async () => {
		vi.resetModules();
		vi.unstubAllEnvs();
		const dates = await import('../../src/lib/dates.ts');
		const letters = await import('../../src/lib/letters.ts');
		const numbers = await import('../../src/lib/numbers.ts');
		expect(dates.formatLongDate('2026-12-01', 'kk')).toBe('2026 жылғы 1 желтоқсан');
		expect(dates.formatLongDate('2026-01-20', 'kk')).toBe('2026 жылғы 20 қаңтар');
		expect([0, 1, 2, 3, 4, 5, 6].map((i) => letters.optionLetter(i, 'kk')).join('')).toBe('АӘБВГДЕ');
		expect(numbers.formatNumber(2.5, 'kk')).toBe('2,5');
	});

	test('labels for people are flagged, the condition and quoted examples are not', async () => {
		vi.resetModules();
		vi.unstubAllEnvs();
		const style = await import('../../src/lib/style-check.ts');
		expect(style.bannedWordsIn('Ол нашақор емес. Маскүнемдерге де көмек керек, ішкіштер деме.', 'kk')).toEqual(['нашақор', 'Маскүнемдерге', 'ішкіштер']);
		expect(style.bannedWordsIn('Наркомандар туралы', 'kk')).toEqual(['Наркомандар']);
		expect(style.bannedWordsIn('Нашақорлыққа қарсы күрес, маскүнемдік, наркомания; «нашақор» деген сөз', 'kk')).toEqual([]);
	});

	test('an extra entry with the same code replaces it for one build', async () => {
		const m = await withLanguage(KAZAKH_OVERRIDE);
		expect(m.languages.LANGUAGES.filter((l) => l.code === 'kk')).toEqual([KAZAKH_OVERRIDE]);
		expect(m.languages.LOCALES).toEqual(['en', 'uz', 'ru', 'uz-cyrl', 'kk']);
		expect(m.dates.formatLongDate('2026-12-01', 'kk')).toBe('2026-12-01');
	});
});

describe('the list itself', () => {
	test('isLocale knows the site languages and nothing else (not a capital letter, a prefix or a number)', async () => {
		vi.resetModules();
		vi.stubEnv('OGOH_EXTRA_LANGUAGE', '');
		const { isLocale, LOCALES, starlightLocales } = await import('../../src/lib/languages.ts');
		expect(LOCALES).toEqual(['en', 'uz', 'ru', 'kk', 'uz-cyrl']);
		expect(['en', 'uz', 'ru', 'kk', 'uz-cyrl'].every(isLocale)).toBe(true);
		for (const value of ['EN', 'uz-', 'u', 'ky', '', 1, undefined, null]) expect(isLocale(value), String(value)).toBe(false);
		// English at the root; every other language under its code, written left to right.
		expect(starlightLocales()).toEqual({
			root: { label: 'English', lang: 'en', dir: 'ltr' },
			uz: expect.objectContaining({ lang: 'uz', dir: 'ltr' }),
			ru: expect.objectContaining({ lang: 'ru', dir: 'ltr' }),
			kk: expect.objectContaining({ lang: 'kk', dir: 'ltr' }),
			'uz-cyrl': expect.objectContaining({ lang: 'uz-Cyrl', dir: 'ltr' }),
		});
	});

	test('an extra entry keeps its writing direction', async () => {
		const { languages } = await withLanguage({ code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl', partial: true });
		expect(languages.starlightLocales().ar).toEqual({ label: 'العربية', lang: 'ar', dir: 'rtl' });
	});

	test.each([
		['a code in capitals', { code: 'KY', lang: 'ky', label: 'Кыргызча' }],
		['a one-letter code', { code: 'k', lang: 'ky', label: 'Кыргызча' }],
		['a code with something before it', { code: 'x/ky', lang: 'ky', label: 'Кыргызча' }],
		['a code with something after it', { code: 'ky_', lang: 'ky', label: 'Кыргызча' }],
		['no lang', { code: 'ky', label: 'Кыргызча' }],
		['no label', { code: 'ky', lang: 'ky' }],
	])('an extra entry with %s fails with what it needs', async (_, entry) => {
		await expect(withLanguage(entry)).rejects.toThrow(`OGOH_EXTRA_LANGUAGE: needs a lower-case code such as "kk" or "uz-cyrl", a lang and a label; got ${JSON.stringify(entry)}`);
	});
});
