/** Search rules: every lesson and quiz lists a few words people type to find it, per language file. */
import type { Problem, RuleContext } from './types.ts';

export const MIN_SEARCH_TERMS = 3;

export function searchRules({ lessons, quizzes }: RuleContext): Problem[] {
	return [...lessons, ...quizzes].flatMap(({ file, value }) =>
		value.searchTerms.length >= MIN_SEARCH_TERMS
			? []
			: [
					{
						code: 'search/terms',
						file,
						field: 'searchTerms',
						message: `${value.searchTerms.length} search terms; a lesson or quiz needs at least ${MIN_SEARCH_TERMS}`,
						fix: 'add words people type in this language: slang, brand names, common misspellings, inflected forms',
					},
				]
	);
}
