/**
 * File rules: names that are URL-safe slugs, one file per slug and language, and MDX that
 * compiles (reported against the source file and line, not the page's route).
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentFile } from '../content-files.ts';
import { idSchema } from '../schemas.ts';
import { findDuplicates, type Problem, type RuleContext } from './types.ts';

/** The components a lesson may use without importing them (src/components/LessonView.astro). */
export const LESSON_COMPONENTS = ['Aside', 'Checkpoint', 'Figure', 'HelpBlock', 'MythOrFact', 'NormGuess', 'TeacherNotes', 'Term'] as const;

/** What a file name would be as a slug: "Fake Bank_Call" → "fake-bank-call". */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/[^a-zA-Z0-9-]/g, '')
		.toLowerCase()
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');
}

function fileNameProblems({ tree }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const files = [...tree.lessons, ...tree.quizzes, ...tree.courses, ...tree.glossary, ...tree.simulators, ...tree.unreadable];
	for (const { file, id } of files) {
		if (idSchema.safeParse(id).success) continue;
		const slug = slugify(id) || 'a-short-name';
		problems.push({
			code: 'file/name',
			file,
			field: '(path)',
			message: `the file name "${id}" is not a URL-safe slug: it becomes the page address and the id other files use`,
			fix: `rename it to "${slug}" (lowercase letters, digits and single hyphens) in every language folder`,
		});
	}
	const lessons = [...tree.lessons, ...tree.unreadable.filter((f) => f.kind === 'lessons')];
	for (const key of findDuplicates(lessons.map((l) => `${l.locale}/${l.id}`))) {
		// The .mdx is the lesson; any other file with its slug (a draft .md) is the mistake.
		const twins = lessons
			.filter((l) => `${l.locale}/${l.id}` === key)
			.map((l) => l.file)
			.sort((a, b) => Number(b.endsWith('.mdx')) - Number(a.endsWith('.mdx')) || a.localeCompare(b));
		for (const file of twins.slice(1)) {
			problems.push({
				code: 'file/duplicate-slug',
				file,
				field: '(path)',
				message: `${twins[0]} has the same slug: only one of them can be published, and it may be the unchecked one`,
				fix: 'keep one file per lesson (the .mdx) and delete or rename the other',
			});
		}
	}
	return problems;
}

/** The line an MDX parse error names, counted in the body. */
function errorLine(error: { line?: number; place?: { line?: number; start?: { line?: number } }; message: string }): number {
	return error.line ?? error.place?.start?.line ?? error.place?.line ?? Number(/\((\d+):\d+/.exec(error.message)?.[1] ?? 1);
}

interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	position?: { start: { line: number } };
	children?: MdxNode[];
}

function walk(node: MdxNode, visit: (node: MdxNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

const mdx = createProcessor();

/** Syntax errors, unknown components and code expressions in one MDX file, each with its line. */
export function mdxProblems(lesson: Pick<ContentFile, 'file' | 'body' | 'bodyLine'>): Problem[] {
	const at = (line: number) => lesson.bodyLine + line - 1;
	let root: MdxNode;
	try {
		root = mdx.parse(lesson.body) as MdxNode;
	} catch (error) {
		const e = error as Parameters<typeof errorLine>[0] & { reason?: string };
		const line = at(errorLine(e));
		return [
			{
				code: 'mdx/syntax',
				file: lesson.file,
				field: '(body)',
				line,
				message: `the MDX cannot be read: ${(e.reason ?? e.message).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '')}`,
				fix: 'close every <Tag> you open (or write <br />), and write a literal { or < as \\{ or &lt;',
			},
		];
	}
	const problems: Problem[] = [];
	walk(root, (node) => {
		const line = at(node.position?.start.line ?? 1);
		const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
		if (isJsx && node.name && /^[A-Z]/.test(node.name) && !(LESSON_COMPONENTS as readonly string[]).includes(node.name)) {
			problems.push({
				code: 'mdx/unknown-component',
				file: lesson.file,
				field: '(body)',
				line,
				message: `<${node.name}> is not a component lessons can use, so the page would fail to render`,
				fix: `use one of ${LESSON_COMPONENTS.map((c) => `<${c}>`).join(', ')}, or plain Markdown`,
			});
		}
		const isExpression = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
		if (isExpression && !/^\s*(\/\*[\s\S]*\*\/)?\s*$/.test(node.value ?? '')) {
			problems.push({
				code: 'mdx/expression',
				file: lesson.file,
				field: '(body)',
				line,
				message: `{${(node.value ?? '').trim().slice(0, 40)}} is code that runs when the page is built and fails there`,
				fix: 'write a literal brace as \\{, or remove the expression; only {/* comments */} are allowed',
			});
		}
	});
	return problems;
}

export function fileRules(context: RuleContext): Problem[] {
	return [...fileNameProblems(context), ...context.tree.lessons.flatMap(mdxProblems)];
}
