/**
 * Checkpoint rules: every lesson with a quiz interrupts reading with one or two of its quiz's
 * questions (`<Checkpoint question="…" />`, src/components/checkpoint/), each one a question that
 * exists and is a choice question (the lesson page's checkpoint script is kept small: it only
 * checks chosen options), and a translation puts the same ones after the same sections as the
 * English lesson.
 */
import { CHECKPOINT_TYPES, checkpointPlaces, checkpointsIn } from '../checkpoints.ts';
import { SOURCE_LOCALE } from '../locales.ts';
import { reporter, same, type Problem, type RuleContext } from './types.ts';

export const MAX_CHECKPOINTS = 2;

export function checkpointRules({ tree, lessons: parsed, quizzes }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	// A lesson whose MDX cannot be read is reported once, by mdx/syntax.
	const readable = new Set(tree.lessons.map((l) => l.file));
	const lessons = parsed.filter((l) => readable.has(l.file));
	const quizOf = (id: string, locale: string) => quizzes.find((q) => q.id === id && q.locale === locale) ?? quizzes.find((q) => q.id === id && q.locale === SOURCE_LOCALE);
	const english = new Map(lessons.filter((l) => l.locale === SOURCE_LOCALE).map((l) => [l.id, checkpointsIn(l.body)]));
	for (const lesson of lessons) {
		const report = reporter(problems, lesson.file);
		const at = (line: number) => lesson.bodyLine + line - 1;
		const uses = checkpointsIn(lesson.body);
		const quizId = lesson.value.quiz;
		if (quizId === undefined) {
			for (const use of uses) {
				problems.push({ code: 'lesson/checkpoint-without-quiz', file: lesson.file, field: '(body)', line: at(use.line), message: 'a checkpoint shows a question of the lesson\'s quiz, and this lesson has no quiz', fix: 'set quiz: in the front matter, or remove the <Checkpoint />' });
			}
			continue;
		}
		const quiz = quizOf(quizId, lesson.locale);
		// A missing quiz is ref/quiz's to report.
		if (!quiz) continue;
		const ids = quiz.value.questions.map((q) => q.id);
		if (uses.length === 0) {
			report('lesson/no-checkpoint', '(body)', 'the lesson has no checkpoint: reading is never interrupted by a question', `add <Checkpoint question="${ids[0]}" /> at the end of a section (questions of ${quiz.file}: ${ids.join(', ')})`);
		} else if (uses.length > MAX_CHECKPOINTS) {
			problems.push({ code: 'lesson/too-many-checkpoints', file: lesson.file, field: '(body)', line: at(uses[MAX_CHECKPOINTS]!.line), message: `the lesson has ${uses.length} checkpoints; more than ${MAX_CHECKPOINTS} turn it into the quiz`, fix: `keep one or two <Checkpoint /> and leave the other questions to the quiz` });
		}
		for (const use of uses) {
			const question = quiz.value.questions.find((q) => q.id === use.question);
			if (question && !(CHECKPOINT_TYPES as readonly string[]).includes(question.type)) {
				const choices = quiz.value.questions.filter((q) => (CHECKPOINT_TYPES as readonly string[]).includes(q.type)).map((q) => q.id);
				problems.push({
					code: 'lesson/checkpoint-type',
					file: lesson.file,
					field: '(body)',
					line: at(use.line),
					message: `the checkpoint's question "${use.question}" is ${question.type}; a checkpoint is a ${CHECKPOINT_TYPES.join(', ')} question`,
					fix: choices.length > 0 ? `use one of: ${choices.join(', ')}` : `add a ${CHECKPOINT_TYPES.join(' or ')} question to ${quiz.file}`,
				});
			}
			if (question) continue;
			problems.push({
				code: 'lesson/checkpoint-unknown-question',
				file: lesson.file,
				field: '(body)',
				line: at(use.line),
				message: use.question ? `the checkpoint's question "${use.question}" is not in ${quiz.file}` : 'the checkpoint names no question',
				fix: `write <Checkpoint question="…" /> with one of: ${ids.join(', ')}`,
			});
		}
		const original = english.get(lesson.id);
		// Compared only when both have checkpoints (a translation without any is lesson/no-checkpoint alone), so neither list below is empty.
		if (lesson.locale !== SOURCE_LOCALE && original && uses.length > 0 && original.length > 0 && !same(checkpointPlaces(uses), checkpointPlaces(original))) {
			const where = (list: typeof uses) => list.map((use) => `"${use.question}" after section ${use.section}`).join(', ');
			problems.push({
				code: 'i18n/checkpoint',
				file: lesson.file,
				field: '(body)',
				line: at(uses[0]!.line),
				message: `the checkpoints (${where(uses)}) are not where the English lesson has them (${where(original)})`,
				fix: `put the same <Checkpoint /> after the same section as content/lessons/${SOURCE_LOCALE}/${lesson.id}.mdx`,
			});
		}
	}
	return problems;
}
