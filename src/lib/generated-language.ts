/**
 * Languages generated from another one at build time (`generatedFrom` in src/lib/languages.ts):
 * Uzbek Cyrillic from Uzbek Latin. Before the content check and the build read content/, this
 * writes content/<kind>/<code>/ and src/content/i18n/<lang>.json from the source language's files
 * (both git-ignored: a fix to Uzbek Latin shows up in both scripts). Only text is converted: ids,
 * slugs, answers' ids, topics, sources, URLs and numbers stay as they are; links to the source
 * language's pages point to the generated language's pages; short-text answers accept both scripts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { LANGUAGES, type LanguageDefinition } from './languages.ts';
import { uzbekToCyrillic } from './uzbek-cyrillic.ts';
import { readUzbekCyrillicExceptions } from './uzbek-cyrillic-exceptions.ts';

export type Transliterate = (text: string) => string;

/** Keys whose values are ids, enums, dates, numbers or references, never text to convert (`template`: a home page's Starlight layout). */
const KEEP = new Set(['template', 'id', 'lesson', 'quiz', 'lessons', 'quizzes', 'keyTerms', 'topic', 'topics', 'type', 'ages', 'roles', 'answer', 'group', 'sources', 'references', 'source', 'url', 'lastReviewed', 'lastChecked', 'order', 'country', 'number', 'from', 'kind', 'next', 'start', 'time', 'verdict']);

/** A copy of YAML data with its text converted; `answers` (short-text) keep the source spellings too. */
export function convertData(data: unknown, convert: Transliterate, key?: string): unknown {
	if (key !== undefined && KEEP.has(key)) return data;
	if (typeof data === 'string') return convert(data);
	if (Array.isArray(data)) {
		const converted = data.map((item) => convertData(item, convert));
		return key === 'answers' ? [...new Set([...data, ...converted])] : key === 'searchTerms' ? [...new Set([...converted, ...data])] : converted;
	}
	if (data !== null && typeof data === 'object') {
		return Object.fromEntries(Object.entries(data).map(([name, value]) => [name, convertData(value, convert, name)]));
	}
	return data;
}

/** Links to the source language's pages (`](/uz/…`, `href="/uz/…"`) point to the generated language's. */
export function relink(text: string, from: string, to: string): string {
	return text.replace(new RegExp(`(\\]\\(|href=["'])/${from}/`, 'g'), `$1/${to}/`);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A lesson (MDX with YAML front matter) in the generated language. */
export function convertLesson(raw: string, convert: Transliterate, from: string, to: string): string {
	const match = FRONT_MATTER.exec(raw);
	if (!match) return relink(convert(raw), from, to);
	const data = convertData(parseYaml(match[1]!) ?? {}, convert);
	return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n${relink(convert(raw.slice(match[0].length)), from, to)}`;
}

/** The converter of a generated language (Uzbek Cyrillic is the only one), reading its exceptions under `root`. */
export function converterFor(language: LanguageDefinition, root: string): Transliterate {
	if (language.code !== 'uz-cyrl') throw new Error(`src/lib/languages.ts: no converter for the generated language "${language.code}"; add one in src/lib/generated-language.ts`);
	const exceptions = readUzbekCyrillicExceptions(root);
	return (text) => uzbekToCyrillic(text, exceptions);
}

export const GENERATED_LANGUAGES = LANGUAGES.filter((language) => language.generatedFrom !== undefined);

const KINDS = ['lessons', 'quizzes', 'courses', 'glossary', 'simulators'] as const;

/** Every tool that loads the Astro config writes the files: unchanged ones are left alone, so a build running meanwhile is not disturbed. */
function writeIfChanged(path: string, text: string): void {
	if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

/** `target` becomes a converted copy of the files in `source` (none when `source` does not exist): stale files are removed. */
function mirror(source: string, target: string, convertFile: (name: string, raw: string) => string): void {
	if (!existsSync(source)) {
		rmSync(target, { recursive: true, force: true });
		return;
	}
	const names = readdirSync(source, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
	mkdirSync(target, { recursive: true });
	for (const stale of readdirSync(target).filter((name) => !names.includes(name))) rmSync(join(target, stale), { recursive: true });
	for (const name of names) writeIfChanged(join(target, name), convertFile(name, readFileSync(join(source, name), 'utf8')));
}

/**
 * Writes every generated language's content under `contentRoot`, and its strings file and home
 * page (src/content/docs/<code>/) under `projectRoot` (the exceptions file is read there too).
 * Stale files are removed.
 */
export function writeGeneratedLanguages(contentRoot: string, projectRoot = contentRoot, languages = GENERATED_LANGUAGES): void {
	for (const language of languages) {
		const from = language.generatedFrom!;
		const convert = converterFor(language, projectRoot);
		const convertFile = (name: string, raw: string) =>
			/\.mdx?$/.test(name) ? convertLesson(raw, convert, from, language.code) : stringifyYaml(convertData(parseYaml(raw), convert), { lineWidth: 0 });
		for (const kind of KINDS) mirror(join(contentRoot, 'content', kind, from), join(contentRoot, 'content', kind, language.code), convertFile);
		mirror(join(projectRoot, 'src/content/docs', from), join(projectRoot, 'src/content/docs', language.code), convertFile);
		const strings = join(projectRoot, 'src/content/i18n', `${from}.json`);
		if (existsSync(strings)) {
			const data = convertData(JSON.parse(readFileSync(strings, 'utf8')), convert) as Record<string, unknown>;
			// Starlight keys strings files by `lang` (uz-Cyrl.json).
			writeIfChanged(join(projectRoot, 'src/content/i18n', `${language.lang}.json`), `${JSON.stringify(data, null, '\t')}\n`);
		}
	}
}

const converters = new Map<string, Transliterate>();

/** Texts keyed by language code (a helpline's name) with each generated language's text filled in from its source. */
export function fillGeneratedTexts<T extends Record<string, string | undefined>>(texts: T, root = process.cwd()): T {
	const out: Record<string, string | undefined> = { ...texts };
	for (const language of GENERATED_LANGUAGES) {
		const source = texts[language.generatedFrom!];
		if (out[language.code] !== undefined || source === undefined) continue;
		if (!converters.has(language.code)) converters.set(language.code, converterFor(language, root));
		out[language.code] = converters.get(language.code)!(source);
	}
	return out as T;
}
