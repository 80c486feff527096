/**
 * Family card rules: an English lesson with `familyQuestions` asks exactly FAMILY_QUESTIONS, and a
 * translation asks as many as its English lesson, so a missing or extra question is reported once,
 * on the file where it is. (That every lesson of the curriculum has them is
 * tests/unit/curriculum.test.ts's, as for `keyPoints`: a lesson without them shows a card without
 * questions.)
 */
import { FAMILY_QUESTIONS } from '../family-card.ts';
import { SOURCE_LOCALE } from '../locales.ts';
import { reporter, type Problem, type RuleContext } from './types.ts';

export function familyRules({ lessons }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const english = new Map(lessons.filter((lesson) => lesson.locale === SOURCE_LOCALE).map((lesson) => [lesson.id, lesson]));
	for (const lesson of lessons) {
		const count = lesson.value.familyQuestions.length;
		const report = reporter(problems, lesson.file);
		if (lesson.locale === SOURCE_LOCALE) {
			if (count !== 0 && count !== FAMILY_QUESTIONS) {
				report(
					'lesson/family-questions-count',
					'familyQuestions',
					`${count} family question${count === 1 ? '' : 's'}; the family card asks exactly ${FAMILY_QUESTIONS}`,
					`write ${FAMILY_QUESTIONS} open questions a parent can ask at home, in a familyQuestions list right after keyPoints`
				);
			}
			continue;
		}
		const original = english.get(lesson.id);
		if (original && count !== original.value.familyQuestions.length) {
			report(
				'i18n/family-questions',
				'familyQuestions',
				`${count} family question${count === 1 ? '' : 's'}, but the English lesson has ${original.value.familyQuestions.length}`,
				`translate the family questions of ${original.file}, one for one`
			);
		}
	}
	return problems;
}
