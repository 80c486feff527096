/**
 * Reads the curriculum from disk into plain records for validation. It parses YAML and MDX front
 * matter but checks nothing: problems in the text (bad YAML) are returned, not thrown, so that the
 * build can report every mistake at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGUAGES } from './languages.ts';
import { isLocale, type Locale } from './locales.ts';

export interface ContentFile {
	/** Path relative to the project root, with forward slashes: what error messages show. */
	file: string;
	locale: Locale;
	/** The file name without extension: lesson slug, quiz id, course slug or glossary term id. */
	id: string;
	data: unknown;
	/** MDX body (lessons and pages only). */
	body: string;
	/** The line of the file on which the body starts (1 for YAML files), to report MDX errors by source line. */
	bodyLine: number;
}

/** One mistake: `code` is stable (tests and tools match on it), the rest is for the author. */
export interface ParseProblem {
	code: string;
	file: string;
	field: string;
	message: string;
	fix: string;
	/** 1-based line in `file`, when the mistake has one. */
	line?: number;
}

/** A file that exists but could not be read (bad YAML, not UTF-8): its id still counts, so nothing else is reported about it. */
export interface UnreadableFile {
	kind: 'lessons' | 'quizzes' | 'courses' | 'glossary' | 'simulators';
	file: string;
	locale: Locale;
	id: string;
}

export interface ContentTree {
	root: string;
	lessons: ContentFile[];
	quizzes: ContentFile[];
	courses: ContentFile[];
	glossary: ContentFile[];
	/** Chat simulators (content/simulators/<locale>/<id>.yaml). */
	simulators: ContentFile[];
	/** Starlight pages in src/content/docs (home pages): checked for links only. */
	pages: ContentFile[];
	/** content/helplines.yaml, when it exists. */
	helplines: { file: string; data: unknown } | undefined;
	/** UI strings per locale, when src/content/i18n exists. */
	uiStrings: Map<Locale, { file: string; strings: Record<string, unknown> }>;
	/** Files that could not be read; each already has its own problem in `problems`. */
	unreadable: UnreadableFile[];
	problems: ParseProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function listFiles(dir: string, extensions: string[]): string[] {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) out.push(...listFiles(full, extensions));
		else if (extensions.some((ext) => name.endsWith(ext))) out.push(full);
	}
	return out;
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a problem naming the line of the first byte that is not UTF-8. */
export function readText(bytes: Uint8Array, file: string): { text: string } | { problem: ParseProblem } {
	try {
		return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		// Decoded leniently, every byte that is not UTF-8 becomes U+FFFD: the first one gives the line.
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
		return {
			problem: {
				code: 'file/encoding',
				file,
				field: '(file)',
				line,
				message: `the file is not UTF-8 text (line ${line} has a byte that is not UTF-8)`,
				fix: 'save the file as UTF-8 (in most editors: "Save with encoding" > UTF-8)',
			},
		};
	}
}

function yamlProblem(file: string, error: Error, line: number): ParseProblem {
	const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
	return {
		code: 'file/yaml',
		file,
		field: '(YAML)',
		...(at ? { line: at + line - 1 } : {}),
		message: `the YAML cannot be read: ${error.message.split('\n')[0]}`,
		fix: 'check indentation, and quote text that contains ": " or starts with a special character',
	};
}

/** Files laid out as `<dir>/<locale>/<id>.<ext>`. */
function readLocaleDir(
	root: string,
	kind: UnreadableFile['kind'],
	extensions: string[],
	out: { problems: ParseProblem[]; unreadable: UnreadableFile[] },
	hasFrontMatter: boolean
): ContentFile[] {
	const { problems } = out;
	const dir = `content/${kind}`;
	const files: ContentFile[] = [];
	for (const full of listFiles(join(root, dir), extensions)) {
		const file = toPosix(relative(root, full));
		const parts = toPosix(relative(join(root, dir), full)).split('/');
		const localeDir = parts.length === 2 ? parts[0] : undefined;
		if (!isLocale(localeDir)) {
			problems.push({
				code: 'file/locale-folder',
				file,
				field: '(path)',
				message: `files in ${dir} must sit in a locale folder`,
				fix: `move it into its language's folder, such as ${dir}/en/`,
			});
			continue;
		}
		const id = parts[1].replace(/\.[^.]+$/, '');
		const unreadable = () => out.unreadable.push({ kind, file, locale: localeDir, id });
		const read = readText(readFileSync(full), file);
		if ('problem' in read) {
			problems.push(read.problem);
			unreadable();
			continue;
		}
		const raw = read.text;
		let yamlText = raw;
		let body = '';
		let bodyLine = 1;
		let yamlLine = 1;
		if (hasFrontMatter) {
			const match = FRONT_MATTER.exec(raw);
			if (!match) {
				unreadable();
				problems.push({
					code: 'file/front-matter',
					file,
					field: '(front matter)',
					message: 'the file has no front matter',
					fix: 'start the file with a block between two "---" lines holding title, description, topic, ...',
				});
				continue;
			}
			yamlText = match[1];
			body = raw.slice(match[0].length);
			bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
			yamlLine = 2;
		}
		try {
			files.push({ file, locale: localeDir, id, data: parseYaml(yamlText) ?? {}, body, bodyLine });
		} catch (error) {
			unreadable();
			problems.push(yamlProblem(file, error as Error, yamlLine));
		}
	}
	return files;
}

function readPages(root: string, problems: ParseProblem[]): ContentFile[] {
	const dir = join(root, 'src/content/docs');
	return listFiles(dir, ['.md', '.mdx']).flatMap((full) => {
		const rel = toPosix(relative(dir, full));
		const first = rel.split('/')[0];
		const locale: Locale = isLocale(first) && rel.includes('/') ? first : 'en';
		const file = toPosix(relative(root, full));
		const read = readText(readFileSync(full), file);
		if ('problem' in read) return (problems.push(read.problem), []);
		const raw = read.text;
		const match = FRONT_MATTER.exec(raw);
		try {
			const data = match ? parseYaml(match[1]) : {};
			const bodyLine = match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1) : 1;
			return [{ file, locale, id: rel.replace(/\.mdx?$/, ''), data, body: match ? raw.slice(match[0].length) : raw, bodyLine }];
		} catch (error) {
			problems.push(yamlProblem(file, error as Error, 2));
			return [];
		}
	});
}

function readUiStrings(root: string, problems: ParseProblem[]): ContentTree['uiStrings'] {
	const strings: ContentTree['uiStrings'] = new Map();
	const dir = join(root, 'src/content/i18n');
	for (const full of listFiles(dir, ['.json'])) {
		const file = toPosix(relative(root, full));
		const name = full.slice(dir.length + 1).replace(/\.json$/, '');
		// Named by code (uz.json) or, as Starlight reads a generated language's, by lang (uz-Cyrl.json).
		const locale = isLocale(name) ? name : LANGUAGES.find((language) => language.lang === name)?.code;
		if (!isLocale(locale)) continue;
		try {
			strings.set(locale, { file, strings: JSON.parse(readFileSync(full, 'utf8')) });
		} catch (error) {
			problems.push({ code: 'file/json', file, field: '(JSON)', message: `the JSON cannot be read: ${(error as Error).message}`, fix: 'check commas and quotes' });
		}
	}
	return strings;
}

function readHelplines(root: string, problems: ParseProblem[]): ContentTree['helplines'] {
	const file = 'content/helplines.yaml';
	if (!existsSync(join(root, file))) return undefined;
	const read = readText(readFileSync(join(root, file)), file);
	if ('problem' in read) return (problems.push(read.problem), undefined);
	try {
		return { file, data: parseYaml(read.text) };
	} catch (error) {
		problems.push(yamlProblem(file, error as Error, 1));
		return undefined;
	}
}

/** Reads everything under `<root>/content` (and the i18n strings and pages under `<root>/src/content`). */
export function readContentTree(root: string): ContentTree {
	const problems: ParseProblem[] = [];
	const unreadable: UnreadableFile[] = [];
	const out = { problems, unreadable };
	return {
		root,
		lessons: readLocaleDir(root, 'lessons', ['.mdx', '.md'], out, true),
		quizzes: readLocaleDir(root, 'quizzes', ['.yaml', '.yml'], out, false),
		courses: readLocaleDir(root, 'courses', ['.yaml', '.yml'], out, false),
		glossary: readLocaleDir(root, 'glossary', ['.yaml', '.yml'], out, false),
		simulators: readLocaleDir(root, 'simulators', ['.yaml', '.yml'], out, false),
		pages: readPages(root, problems),
		helplines: readHelplines(root, problems),
		uiStrings: readUiStrings(root, problems),
		unreadable,
		problems,
	};
}
