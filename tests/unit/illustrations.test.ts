import { describe, expect, test } from 'vitest';
import { illustrationFileName, illustrationSource, prepareSvg } from '../../src/lib/illustrations.ts';

describe('illustrationSource', () => {
	const files = new Set(['chain.en.svg', 'chain.uz.svg', 'chain.ru.svg', 'only-en.en.svg']);

	test('a language with its own file shows it, with its lang', () => {
		expect(illustrationSource('chain', 'ru', files)).toEqual({ file: 'chain.ru.svg', transliterate: false, lang: 'ru' });
		expect(illustrationSource('chain', 'en', files)).toEqual({ file: 'chain.en.svg', transliterate: false, lang: 'en' });
	});

	test('Uzbek Cyrillic shows the Uzbek Latin file, transliterated', () => {
		expect(illustrationSource('chain', 'uz-cyrl', files)).toEqual({ file: 'chain.uz.svg', transliterate: true, lang: 'uz-Cyrl' });
		expect(illustrationSource('chain', 'uz-cyrl', new Set(['chain.uz-cyrl.svg', 'chain.uz.svg']))).toEqual({ file: 'chain.uz-cyrl.svg', transliterate: false, lang: 'uz-Cyrl' });
	});

	test('a language without a file falls back to English, marked English', () => {
		expect(illustrationSource('chain', 'kk', files)).toEqual({ file: 'chain.en.svg', transliterate: false, lang: 'en' });
		expect(illustrationSource('only-en', 'uz-cyrl', files)).toEqual({ file: 'only-en.en.svg', transliterate: false, lang: 'en' });
	});

	test('an illustration with no file at all has no source', () => {
		expect(illustrationSource('missing', 'ru', files)).toBeUndefined();
		expect(illustrationFileName('a-b', 'uz-cyrl')).toBe('a-b.uz-cyrl.svg');
	});
});

describe('prepareSvg', () => {
	const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 670" width="360" height="670" role="img" lang="uz" xml:lang="uz" class="old" focusable="true"><title id="t">Soxta qoʻngʻiroq</title><rect width="10" height="10" fill="#ffffff"/><text x="1"><tspan>A &amp; B</tspan> </text></svg>\n';

	test('drops the prolog and the root size, keeps the viewBox and every child as it is', () => {
		expect(prepareSvg(svg, { lang: 'uz' })).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 670" role="img" lang="uz" xml:lang="uz" class="ogoh-figure-svg" focusable="false"><title id="t">Soxta qoʻngʻiroq</title><rect width="10" height="10" fill="#ffffff"/><text x="1"><tspan>A &amp; B</tspan> </text></svg>'
		);
	});

	test('converts the text between tags, not the tags, attributes, entities or blank runs', () => {
		const upper = (text: string) => text.toUpperCase();
		expect(prepareSvg(svg, { lang: 'uz-Cyrl', convert: upper })).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 670" role="img" lang="uz-Cyrl" xml:lang="uz-Cyrl" class="ogoh-figure-svg" focusable="false"><title id="t">SOXTA QOʻNGʻIROQ</title><rect width="10" height="10" fill="#ffffff"/><text x="1"><tspan>A &amp; B</tspan> </text></svg>'
		);
	});

	describe('keeps what must read the same in every script', () => {
		const mark = (text: string) => `[${text}]`;
		const inner = (body: string) => prepareSvg(`<svg viewBox="0 0 1 1">${body}</svg>`, { lang: 'uz-Cyrl', convert: mark }).replace(/^<svg[^>]*>|<\/svg>$/g, '');

		test('fictional .example addresses, with their path, in any case', () => {
			expect(inner('<text>Open mybank.example.card-check.example/login now, or RnyBank.Example.</text>')).toBe(
				'<text>[Open ]mybank.example.card-check.example/login[ now, or ]RnyBank.Example[.]</text>'
			);
		});

		test('but not the word "example" or a name that only starts like it', () => {
			expect(inner('<desc>for example: site.examples and a.exampled</desc>')).toBe('<desc>[for example: site.examples and a.exampled]</desc>');
		});

		test('the text of an element marked translate="no", its children too, and nothing after it', () => {
			expect(inner('<text>Look: <tspan translate="no">rn</tspan> is not <tspan translate="no">m<tspan>x</tspan>y</tspan>z</text>')).toBe(
				'<text>[Look: ]<tspan translate="no">rn</tspan>[ is not ]<tspan translate="no">m<tspan>x</tspan>y</tspan>[z]</text>'
			);
		});

		test('a mark on an outer element holds however deep the text is, and blank runs stay as they are', () => {
			expect(inner('<g><g><g translate="no"><text>x</text></g></g> <text>y</text></g>')).toBe('<g><g><g translate="no"><text>x</text></g></g> <text>[y]</text></g>');
		});

		test('a self-closing element opens nothing', () => {
			expect(inner('<g translate="no"><rect width="1"/>k</g>l<tspan translate="no"/>m')).toBe('<g translate="no"><rect width="1"/>k</g>[l]<tspan translate="no"/>[m]');
		});
	});

	test('refuses a file that is not an SVG', () => {
		expect(() => prepareSvg('<p>no</p>', { lang: 'en' })).toThrow('not an SVG: no <svg> element');
	});
});
