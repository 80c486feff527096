/**
 * Illustrations drawn as SVG in content/illustrations/<name>.<locale>.svg, one file per language
 * (the text inside is localised), put into the lesson's HTML by <Figure name="…" /> so the site's
 * CSS can recolour them for the dark theme (Figure.astro) and nothing is fetched from elsewhere.
 * A generated language (Uzbek Cyrillic) shows its source's file with the text transliterated.
 */
import { language, SOURCE_LOCALE, type Locale } from './languages.ts';

export const ILLUSTRATIONS_DIR = 'content/illustrations';

export const illustrationFileName = (name: string, locale: string) => `${name}.${locale}.svg`;

export interface IllustrationSource {
	/** The file to read, e.g. "fake-bank-call.uz.svg". */
	file: string;
	/** Whether its text must be transliterated into the page's language. */
	transliterate: boolean;
	/** The `lang` of the text once shown. */
	lang: string;
}

/**
 * Which file shows illustration `name` on a page in `locale`: the page's own language, else (a
 * generated language) its source language's file, transliterated, else the English one.
 * `undefined` when there is none at all.
 */
export function illustrationSource(name: string, locale: Locale, available: ReadonlySet<string>): IllustrationSource | undefined {
	const own = illustrationFileName(name, locale);
	if (available.has(own)) return { file: own, transliterate: false, lang: language(locale).lang };
	const from = language(locale).generatedFrom;
	if (from !== undefined && available.has(illustrationFileName(name, from))) {
		return { file: illustrationFileName(name, from), transliterate: true, lang: language(locale).lang };
	}
	const english = illustrationFileName(name, SOURCE_LOCALE);
	return available.has(english) ? { file: english, transliterate: false, lang: language(SOURCE_LOCALE).lang } : undefined;
}

const ROOT_TAG = /<svg\b[^>]*>/;
/**
 * What a converter never touches inside a text: entities, and the fictional web addresses of the
 * examples (always under .example, with their path), which must read the same in every script.
 */
const UNTOUCHED = /(&[a-zA-Z0-9#]+;|(?:[a-z0-9-]+\.)+example\b(?:\/[\w./-]*)?)/i;
const NO_TRANSLATE = /\stranslate="no"/;

const convertText = (text: string, convert: (text: string) => string) =>
	text
		.split(UNTOUCHED)
		.map((part, index) => (index % 2 === 1 || !part.trim() ? part : convert(part)))
		.join('');

/** Every text between tags converted, except inside an element marked translate="no" (letters shown as letters, an address). */
function convertBody(body: string, convert: (text: string) => string): string {
	const keep: boolean[] = [];
	return body.replace(/(<[^>]*>)([^<]*)/g, (_, tag: string, text: string) => {
		if (tag.startsWith('</')) keep.pop();
		else if (!tag.endsWith('/>')) keep.push(NO_TRANSLATE.test(tag) || keep.at(-1) === true);
		return tag + (keep.at(-1) === true ? text : convertText(text, convert));
	});
}

/**
 * The SVG as it goes into the page: no XML prolog; the root scales to its container (no fixed
 * width and height, its viewBox kept), carries the text's `lang` and a class for the figure's CSS;
 * with `convert`, every text between tags (title, desc, text, tspan) is converted, except entities,
 * fictional `.example` addresses and elements marked `translate="no"`.
 */
export function prepareSvg(svg: string, { lang, convert }: { lang: string; convert?: (text: string) => string }): string {
	const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').trim();
	const root = ROOT_TAG.exec(body);
	if (!root) throw new Error('not an SVG: no <svg> element');
	const attributes = root[0]
		.slice(4, -1)
		.replace(/\s(?:width|height|lang|xml:lang|class|focusable)="[^"]*"/g, '')
		.trimEnd();
	const tag = `<svg${attributes} lang="${lang}" xml:lang="${lang}" class="ogoh-figure-svg" focusable="false">`;
	const rest = body.slice(root.index + root[0].length);
	return body.slice(0, root.index) + tag + (convert ? convertBody(rest, convert) : rest);
}
