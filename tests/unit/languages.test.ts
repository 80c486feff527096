/**
 * One list of languages: a language added as one entry (here through OGOH_EXTRA_LANGUAGE, as the
 * build test does) is known everywhere a language matters, with no other file edited.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

const KAZAKH = { code: 'kk', lang: 'kk', label: 'Қазақша', numberLocale: 'kk', optionLetters: 'АӘБВГҒДЕЖЗИ', partial: true };
const UZBEK_CYRILLIC = { code: 'uz-cyrl', lang: 'uz-Cyrl', label: 'Ўзбекча' };

async function withLanguage(entry: object) {
	vi.resetModules();
	vi.stubEnv('OGOH_EXTRA_LANGUAGE', JSON.stringify(entry));
	return {
		locales: await import('../../src/lib/locales.ts'),
		offline: await import('../../src/lib/offline.ts'),
		dates: await import('../../src/lib/dates.ts'),
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

describe('a fourth language added as one entry (Kazakh)', () => {
	let m: Awaited<ReturnType<typeof withLanguage>>;
	beforeAll(async () => {
		m = await withLanguage(KAZAKH);
	});

	test('its pages are Kazakh pages, not English ones', () => {
		expect(m.locales.LOCALES).toContain('kk');
		expect(m.locales.splitLocale('/kk/lessons/x/')).toEqual({ locale: 'kk', rest: '/lessons/x/' });
		expect(m.locales.splitLocale('/kk')).toEqual({ locale: 'kk', rest: '/' });
		expect(m.locales.splitLocale('/kkk/')).toEqual({ locale: 'en', rest: '/kkk/' });
		expect(m.locales.splitLocale('/uz/lessons/x/')).toEqual({ locale: 'uz', rest: '/lessons/x/' });
	});

	test('its 404 page, service worker and offline page', () => {
		expect(m.offline.isNotFoundPath('/kk/404.html')).toBe(true);
		expect(m.offline.isNotFoundPath('/kk/404/')).toBe(true);
		expect(m.offline.isNotFoundPath('/kk/lessons/404/')).toBe(false);
		const root = m.offline.offlinePlan('en' as never, null);
		expect(root.globIgnores).toContain('kk/**');
		expect(root.fallbacks.map((f) => f.prefix)).toContain('/kk/');
		expect(root.extraFiles).toContain('kk/offline/index.html');
		expect(m.offline.offlinePlan('kk' as never, null).serviceWorker).toBe('/kk/sw.js');
	});

	test('numbers, dates and option letters work before anyone wrote them', () => {
		expect(m.numbers.formatNumber(2.5, 'kk' as never)).toBe('2,5');
		expect(m.dates.formatLongDate('2026-12-20', 'kk' as never)).toBe('2026-12-20');
		expect(m.letters.optionLetter(1, 'kk' as never)).toBe('Ә');
		expect(m.style.bannedWordsIn('anything', 'kk' as never)).toEqual([]);
	});

	test('a helpline may leave it out (English is shown), but not English', () => {
		const helpline = {
			id: 'x',
			country: 'kz',
			number: '112',
			topics: ['drugs'],
			name: { en: 'E', uz: 'U', ru: 'R' },
			description: { en: 'E', uz: 'U', ru: 'R' },
			source: { title: 'T', publisher: 'P', year: 2026, url: 'https://example.org/' },
			lastChecked: '2026-11-01',
		};
		expect(m.schemas.helplineSchema.safeParse(helpline).success).toBe(true);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { ...helpline.name, kk: 'Қ' } }).success).toBe(true);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { uz: 'U', ru: 'R' } }).success).toBe(false);
		expect(m.schemas.helplineSchema.safeParse({ ...helpline, name: { ...helpline.name, de: 'D' } }).success).toBe(false);
	});

	test('the home page suggests it to a browser set to Kazakh', () => {
		expect(m.suggestion.suggestedLocale(['kk-KZ', 'ru'], 'en')).toBe('kk');
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
