/**
 * Illustration rules: every lesson has at least one `<Figure name="…" />` (a module explains one
 * idea with a drawing), and each names a drawing that exists in content/illustrations/ (at least
 * its English file; a language without its own file shows that).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { componentUses } from '../checkpoints.ts';
import { ILLUSTRATIONS_DIR, illustrationSource } from '../illustrations.ts';
import type { Problem, RuleContext } from './types.ts';

export function figureRules({ tree }: RuleContext): Problem[] {
	const dir = join(tree.root, ILLUSTRATIONS_DIR);
	const files = new Set(existsSync(dir) ? readdirSync(dir) : []);
	const names = [...new Set([...files].map((file) => file.replace(/\.[^.]+\.svg$/, '')))].sort();
	return tree.lessons.flatMap((lesson) => {
		const uses = componentUses(lesson.body, 'Figure', 'name');
		if (uses.length === 0) {
			return [
				{
					code: 'lesson/no-illustration',
					file: lesson.file,
					field: '(body)',
					message: 'the lesson has no illustration: every module explains one of its ideas with a drawing',
					fix: `draw ${ILLUSTRATIONS_DIR}/<name>.en.svg (and one per language) and add <Figure name="<name>" /> after the section it explains (content/README.md, Lessons)`,
				},
			];
		}
		return uses
			.filter((use) => !illustrationSource(use.value, lesson.locale, files))
			.map((use) => ({
				code: 'lesson/unknown-illustration',
				file: lesson.file,
				field: '(body)',
				line: lesson.bodyLine + use.line - 1,
				message: use.value ? `there is no illustration "${use.value}" (${ILLUSTRATIONS_DIR}/${use.value}.en.svg)` : 'the <Figure /> names no illustration',
				fix: names.length ? `use <Figure name="…" /> with one of: ${names.join(', ')}, or draw ${ILLUSTRATIONS_DIR}/<name>.en.svg` : `draw ${ILLUSTRATIONS_DIR}/<name>.en.svg first`,
			}));
	});
}
