/**
 * Norm-guess rules: a lesson's polls (`normGuesses`) have distinct ids, each figure names one of the
 * lesson's sources by its id and the question names the age group; every poll is shown by a
 * `<NormGuess id="…" />` (src/components/NormGuess.astro) that names a poll of the lesson. A
 * translation has the same polls with the same figures (percent, ages, scope, year, source), at the
 * same place.
 */
import { SOURCE_LOCALE } from '../locales.ts';
import { normPlaces, normUses } from '../norm-guess.ts';
import type { NormGuess } from '../schemas.ts';
import { findDuplicates, reporter, same, type Problem, type RuleContext } from './types.ts';

/** What must be the same in every language: the figure and where it comes from. */
const figureOf = ({ percent, ages, scope, year, source }: NormGuess) => ({ percent, ages, scope, year, source });

export function normGuessRules({ tree, lessons: parsed }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	// A lesson whose MDX cannot be read is reported once, by mdx/syntax.
	const readable = new Set(tree.lessons.map((l) => l.file));
	const lessons = parsed.filter((l) => readable.has(l.file));
	const english = new Map(lessons.filter((l) => l.locale === SOURCE_LOCALE).map((l) => [l.id, l]));
	for (const lesson of lessons) {
		const report = reporter(problems, lesson.file);
		const polls = lesson.value.normGuesses;
		const ids = polls.map((poll) => poll.id);
		const sourceIds = lesson.value.sources.flatMap((source) => (source.id ? [source.id] : []));
		const uses = normUses(lesson.body);
		for (const id of findDuplicates(ids)) {
			report('lesson/norm-duplicate-id', `normGuesses.${ids.lastIndexOf(id)}.id`, `two polls have the id "${id}"`, 'give every poll its own id (lowercase words with hyphens, e.g. "drink-15-19")');
		}
		polls.forEach((poll, index) => {
			if (!sourceIds.includes(poll.source)) {
				report('lesson/norm-unknown-source', `normGuesses.${index}.source`, `"${poll.id}" takes its figure from source "${poll.source}", and the lesson has no source with that id`, sourceIds.length ? `use one of: ${sourceIds.join(', ')}` : `add id: ${poll.source} to the source in sources you read the figure in`);
			}
			const [from, to] = poll.ages.split('-');
			if (!poll.question.includes(from!) || !poll.question.includes(to!)) {
				report('lesson/norm-ages', `normGuesses.${index}.question`, `the question of "${poll.id}" does not name the age group ${poll.ages}`, `say whom the figure is about in the question, e.g. "Out of 10 people aged ${from}–${to} …"`);
			}
			if (!uses.some((use) => use.value === poll.id)) {
				report('lesson/norm-not-shown', `normGuesses.${index}`, `the poll "${poll.id}" is never shown`, `put <NormGuess id="${poll.id}" /> in the body where the learner should guess, before the lesson gives the figure`);
			}
		});
		for (const use of uses) {
			if (ids.includes(use.value)) continue;
			problems.push({
				code: 'lesson/norm-unknown-id',
				file: lesson.file,
				field: '(body)',
				line: lesson.bodyLine + use.line - 1,
				message: use.value ? `<NormGuess id="${use.value}" /> names no poll of the lesson's normGuesses` : '<NormGuess /> has no id',
				fix: ids.length ? `use one of: ${ids.join(', ')}` : 'add normGuesses: [{ id, question, percent, ages, scope, year, source, why }] to the front matter, or remove the <NormGuess />',
			});
		}
		const original = english.get(lesson.id);
		if (lesson.locale === SOURCE_LOCALE || !original) continue;
		const theirs = original.value.normGuesses;
		const fix = `keep the ids, their order and the figures (percent, ages, scope, year, source) of ${original.file}; translate only question and why`;
		if (!same(ids, theirs.map((poll) => poll.id))) {
			report('i18n/norm-ids', 'normGuesses', `poll ids [${ids.join(', ')}] differ from English [${theirs.map((poll) => poll.id).join(', ')}]`, fix);
			continue;
		}
		polls.forEach((poll, index) => {
			const figure = figureOf(theirs[index]!);
			if (!same(figureOf(poll), figure)) report('i18n/norm-figure', `normGuesses.${index}`, `"${poll.id}" says ${JSON.stringify(figureOf(poll))} here but ${JSON.stringify(figure)} in English`, fix);
		});
		const originalUses = normUses(original.body);
		if (!same(normPlaces(uses), normPlaces(originalUses)) && uses.length > 0) {
			const where = (list: typeof uses) => list.map((use) => `"${use.value}" after section ${use.section}`).join(', ') || 'none';
			problems.push({
				code: 'i18n/norm-place',
				file: lesson.file,
				field: '(body)',
				line: lesson.bodyLine + uses[0]!.line - 1,
				message: `<NormGuess /> (${where(uses)}) is not where the English lesson has it (${where(originalUses)})`,
				fix: `put the same <NormGuess /> in the same section as ${original.file}`,
			});
		}
	}
	return problems;
}
