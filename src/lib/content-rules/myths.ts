/**
 * Myth-or-fact rules: a lesson's cards (`mythsAndFacts`) have distinct ids and are shown by
 * `<MythOrFact />` (src/components/MythOrFact.astro), which names only cards that exist; a
 * translation has the same cards (ids, in order) with the same verdicts, at the same place.
 */
import { SOURCE_LOCALE } from '../locales.ts';
import { mythPlaces, mythUses } from '../myths.ts';
import { findDuplicates, reporter, same, type Problem, type RuleContext } from './types.ts';

export function mythRules({ tree, lessons: parsed }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	// A lesson whose MDX cannot be read is reported once, by mdx/syntax.
	const readable = new Set(tree.lessons.map((l) => l.file));
	const lessons = parsed.filter((l) => readable.has(l.file));
	const english = new Map(lessons.filter((l) => l.locale === SOURCE_LOCALE).map((l) => [l.id, l]));
	for (const lesson of lessons) {
		const report = reporter(problems, lesson.file);
		const at = (line: number) => lesson.bodyLine + line - 1;
		const cards = lesson.value.mythsAndFacts;
		const ids = cards.map((card) => card.id);
		const uses = mythUses(lesson.body);
		for (const id of findDuplicates(ids)) {
			report('lesson/myth-duplicate-id', `mythsAndFacts.${ids.lastIndexOf(id)}.id`, `two cards have the id "${id}"`, 'give every card its own id (lowercase words with hyphens, e.g. "coffee-sobers-you-up")');
		}
		if (cards.length > 0 && uses.length === 0) {
			report('lesson/myth-not-shown', 'mythsAndFacts', `the lesson has ${cards.length} myth-or-fact card(s) but never shows them`, 'put <MythOrFact /> in the body, at the end of the section the cards are about');
		}
		for (const use of uses) {
			if (use.value ? ids.includes(use.value) : cards.length > 0) continue;
			problems.push({
				code: 'lesson/myth-unknown-id',
				file: lesson.file,
				field: '(body)',
				line: at(use.line),
				message: use.value ? `<MythOrFact id="${use.value}" /> names no card of the lesson's mythsAndFacts` : '<MythOrFact /> shows the lesson\'s mythsAndFacts, and it has none',
				fix: ids.length ? `use one of: ${ids.join(', ')}, or <MythOrFact /> for all of them` : 'add mythsAndFacts: [{ id, claim, verdict, explanation }] at the end of the front matter, or remove the <MythOrFact />',
			});
		}
		const original = english.get(lesson.id);
		if (lesson.locale === SOURCE_LOCALE || !original) continue;
		const theirs = original.value.mythsAndFacts;
		const fix = `keep the ids, their order and the verdicts of ${original.file}; translate only claim and explanation`;
		if (!same(ids, theirs.map((card) => card.id))) {
			report('i18n/myth-ids', 'mythsAndFacts', `card ids [${ids.join(', ')}] differ from English [${theirs.map((card) => card.id).join(', ')}]`, fix);
			continue;
		}
		cards.forEach((card, index) => {
			const verdict = theirs[index]!.verdict;
			if (card.verdict !== verdict) report('i18n/myth-verdict', `mythsAndFacts.${index}.verdict`, `"${card.id}" is a ${card.verdict} here but a ${verdict} in English`, fix);
		});
		const originalUses = mythUses(original.body);
		if (uses.length > 0 && !same(mythPlaces(uses), mythPlaces(originalUses))) {
			const where = (list: typeof uses) => list.map((use) => `${use.value ? `"${use.value}"` : 'all cards'} after section ${use.section}`).join(', ') || 'none';
			problems.push({
				code: 'i18n/myth-place',
				file: lesson.file,
				field: '(body)',
				line: at(uses[0]!.line),
				message: `<MythOrFact /> (${where(uses)}) is not where the English lesson has it (${where(originalUses)})`,
				fix: `put the same <MythOrFact /> in the same section as ${original.file}`,
			});
		}
	}
	return problems;
}
