/**
 * Illustration rules: every `<Figure name="…" />` in a lesson names a drawing that exists in
 * content/illustrations/ (at least its English file; a language without its own file shows that).
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
	return tree.lessons.flatMap((lesson) =>
		componentUses(lesson.body, 'Figure', 'name')
			.filter((use) => !illustrationSource(use.value, lesson.locale, files))
			.map((use) => ({
				code: 'lesson/unknown-illustration',
				file: lesson.file,
				field: '(body)',
				line: lesson.bodyLine + use.line - 1,
				message: use.value ? `there is no illustration "${use.value}" (${ILLUSTRATIONS_DIR}/${use.value}.en.svg)` : 'the <Figure /> names no illustration',
				fix: names.length ? `use <Figure name="…" /> with one of: ${names.join(', ')}, or draw ${ILLUSTRATIONS_DIR}/<name>.en.svg` : `draw ${ILLUSTRATIONS_DIR}/<name>.en.svg first`,
			}))
	);
}
