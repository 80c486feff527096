/**
 * Reads the curriculum from disk into plain records for validation. It parses YAML and MDX front
 * matter but checks nothing: problems in the text (bad YAML) are returned, not thrown, so that the
 * build can report every mistake at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
}

export interface ParseProblem {
	file: string;
	field: string;
	message: string;
	fix: string;
}

export interface ContentTree {
	root: string;
	lessons: ContentFile[];
	quizzes: ContentFile[];
	courses: ContentFile[];
	glossary: ContentFile[];
	/** Starlight pages in src/content/docs (home pages): checked for links only. */
	pages: ContentFile[];
	/** content/helplines.yaml, when it exists. */
	helplines: { file: string; data: unknown } | undefined;
	/** UI strings per locale, when src/content/i18n exists. */
	uiStrings: Map<Locale, { file: string; strings: Record<string, unknown> }>;
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

/** Files laid out as `<dir>/<locale>/<id>.<ext>`. */
function readLocaleDir(
	root: string,
	dir: string,
	extensions: string[],
	problems: ParseProblem[],
	hasFrontMatter: boolean
): ContentFile[] {
	const files: ContentFile[] = [];
	for (const full of listFiles(join(root, dir), extensions)) {
		const file = toPosix(relative(root, full));
		const parts = toPosix(relative(join(root, dir), full)).split('/');
		const localeDir = parts.length === 2 ? parts[0] : undefined;
		if (!isLocale(localeDir)) {
			problems.push({
				file,
				field: '(path)',
				message: `files in ${dir} must sit in a locale folder`,
				fix: `move it to ${dir}/en/, ${dir}/uz/ or ${dir}/ru/`,
			});
			continue;
		}
		const id = parts[1].replace(/\.[^.]+$/, '');
		const raw = readFileSync(full, 'utf8');
		let yamlText = raw;
		let body = '';
		if (hasFrontMatter) {
			const match = FRONT_MATTER.exec(raw);
			if (!match) {
				problems.push({
					file,
					field: '(front matter)',
					message: 'the file has no front matter',
					fix: 'start the file with a block between two "---" lines holding title, description, topic, ...',
				});
				continue;
			}
			yamlText = match[1];
			body = raw.slice(match[0].length);
		}
		try {
			files.push({ file, locale: localeDir, id, data: parseYaml(yamlText) ?? {}, body });
		} catch (error) {
			problems.push({
				file,
				field: '(YAML)',
				message: `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`,
				fix: 'check indentation, and quote text that contains ": " or starts with a special character',
			});
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
		const raw = readFileSync(full, 'utf8');
		const match = FRONT_MATTER.exec(raw);
		try {
			const data = match ? parseYaml(match[1]) : {};
			return [{ file: toPosix(relative(root, full)), locale, id: rel.replace(/\.mdx?$/, ''), data, body: match ? raw.slice(match[0].length) : raw }];
		} catch (error) {
			problems.push({ file: toPosix(relative(root, full)), field: '(YAML)', message: (error as Error).message, fix: 'fix the front matter YAML' });
			return [];
		}
	});
}

function readUiStrings(root: string, problems: ParseProblem[]): ContentTree['uiStrings'] {
	const strings: ContentTree['uiStrings'] = new Map();
	const dir = join(root, 'src/content/i18n');
	for (const full of listFiles(dir, ['.json'])) {
		const file = toPosix(relative(root, full));
		const locale = full.slice(dir.length + 1).replace(/\.json$/, '');
		if (!isLocale(locale)) continue;
		try {
			strings.set(locale, { file, strings: JSON.parse(readFileSync(full, 'utf8')) });
		} catch (error) {
			problems.push({ file, field: '(JSON)', message: `the JSON cannot be read: ${(error as Error).message}`, fix: 'check commas and quotes' });
		}
	}
	return strings;
}

function readHelplines(root: string, problems: ParseProblem[]): ContentTree['helplines'] {
	const file = 'content/helplines.yaml';
	if (!existsSync(join(root, file))) return undefined;
	try {
		return { file, data: parseYaml(readFileSync(join(root, file), 'utf8')) };
	} catch (error) {
		problems.push({ file, field: '(YAML)', message: `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`, fix: 'check indentation and quoting' });
		return undefined;
	}
}

/** Reads everything under `<root>/content` (and the i18n strings and pages under `<root>/src/content`). */
export function readContentTree(root: string): ContentTree {
	const problems: ParseProblem[] = [];
	return {
		root,
		lessons: readLocaleDir(root, 'content/lessons', ['.mdx', '.md'], problems, true),
		quizzes: readLocaleDir(root, 'content/quizzes', ['.yaml', '.yml'], problems, false),
		courses: readLocaleDir(root, 'content/courses', ['.yaml', '.yml'], problems, false),
		glossary: readLocaleDir(root, 'content/glossary', ['.yaml', '.yml'], problems, false),
		pages: readPages(root, problems),
		helplines: readHelplines(root, problems),
		uiStrings: readUiStrings(root, problems),
		problems,
	};
}
