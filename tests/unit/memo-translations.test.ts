/** Kept translations give exactly what i18next gives, and call it once per key and options. */
import i18next from 'i18next';
import { describe, expect, test, vi } from 'vitest';
import { memoizeTranslations } from '../../src/lib/memo-translations.ts';

async function translator() {
	const i18n = i18next.createInstance();
	await i18n.init({ lng: 'ru', resources: { ru: { starlight: { hello: 'Привет, {{name}}!', count_one: '{{count}} урок', count_few: '{{count}} урока', count_many: '{{count}} уроков', plain: 'Текст' } } }, ns: 'starlight', defaultNS: 'starlight' });
	const fixed = i18n.getFixedT('ru', 'starlight');
	// i18next's own types only take the site's keys (Starlight declares them); these test keys are called untyped.
	const translate = (key: string, options?: Record<string, unknown> | string): string => String(Reflect.apply(fixed, undefined, options === undefined ? [key] : [key, options]));
	const t = Object.assign(translate, { all: (): unknown => i18n.getResourceBundle('ru', 'starlight') });
	return { t, spy: vi.fn(t) };
}

describe('memoizeTranslations', () => {
	test('the same texts as i18next, for keys, interpolation and plurals', async () => {
		const { t } = await translator();
		const kept = memoizeTranslations(t, new Map());
		for (const [key, options] of [['plain'], ['hello', { name: 'Аня' }], ['hello', { name: 'Олег' }], ['count', { count: 1 }], ['count', { count: 3 }], ['count', { count: 5 }], ['missing']] as const) {
			expect(kept(key, options)).toBe(t(key, options));
		}
		expect(kept('count', { count: 3 })).toBe('3 урока');
		expect(kept('hello', { name: 'Аня' })).toBe('Привет, Аня!');
	});

	test('i18next runs once per key and options; other options are translated anew', async () => {
		const { spy } = await translator();
		const kept = memoizeTranslations(spy, new Map());
		kept('hello', { name: 'Аня' });
		kept('hello', { name: 'Аня' });
		kept('plain');
		kept('plain');
		expect(spy).toHaveBeenCalledTimes(2);
		expect(kept('hello', { name: 'Олег' })).toBe('Привет, Олег!');
		expect(spy).toHaveBeenCalledTimes(3);
	});

	test('options that JSON cannot tell apart (a function, a Date, an array) always go to i18next', async () => {
		const { spy } = await translator();
		const kept = memoizeTranslations(spy, new Map());
		for (const options of [{ name: () => 'x' }, { name: new Date(0) }, { name: ['a'] }, { nested: { name: () => 'x' } }]) {
			kept('hello', options);
			kept('hello', options);
		}
		expect(spy).toHaveBeenCalledTimes(8);
	});

	test('numbers, booleans, null and a default text are plain data: translated once', async () => {
		const { spy } = await translator();
		const kept = memoizeTranslations(spy, new Map());
		for (const options of [{ count: 3 }, { count: 3, flag: true }, { name: null }, { nested: { count: 1 } }]) {
			kept('count', options);
			kept('count', options);
		}
		kept('missing', 'default');
		kept('missing', 'default');
		expect(spy).toHaveBeenCalledTimes(5);
	});

	test('options that are not all plain, an undefined value, a key list and a third argument always go to i18next', async () => {
		const { spy } = await translator();
		const kept = memoizeTranslations(spy, new Map());
		const calls: unknown[][] = [['hello', { name: 'Аня', extra: () => 'x' }], ['hello', { name: undefined }], ['hello', ['a']], [['hello', 'plain']], ['hello', 'default', { name: 'Аня' }]];
		for (const args of calls) {
			Reflect.apply(kept, undefined, args);
			Reflect.apply(kept, undefined, args);
		}
		expect(spy).toHaveBeenCalledTimes(calls.length * 2);
	});

	test("the proxy keeps t's own members", async () => {
		const { t } = await translator();
		expect(memoizeTranslations(t, new Map()).all()).toMatchObject({ plain: 'Текст' });
	});
});
