/**
 * Coverage rules: what each language must have translated. A finished language has every UI string
 * and, once it has any lesson or glossary term, every glossary term. A language marked `partial` in
 * src/lib/languages.ts may leave any of them out (the site shows the English text, as it does for
 * its missing lessons, quizzes, courses and helpline texts); what it has is still checked.
 */
import { language, SOURCE_LOCALE, type Locale } from '../languages.ts';
import type { Problem, RuleContext } from './types.ts';

const finished = (locale: Locale) => !language(locale).partial;

function uiStringProblems({ tree }: RuleContext): Problem[] {
	const source = tree.uiStrings.get(SOURCE_LOCALE);
	if (!source) return [];
	const problems: Problem[] = [];
	for (const [locale, { file, strings }] of tree.uiStrings) {
		if (locale === SOURCE_LOCALE) continue;
		for (const key of Object.keys(source.strings)) {
			const value = strings[key];
			if (value === undefined) {
				if (finished(locale)) {
					problems.push({ code: 'i18n/ui-string', file, field: key, message: `the UI string "${key}" is missing`, fix: `add "${key}" translated from ${source.file}` });
				}
			} else if (typeof value !== 'string' || value.trim() === '') {
				problems.push({
					code: 'i18n/ui-string-empty',
					file,
					field: key,
					message: `the UI string "${key}" is ${JSON.stringify(value)}: the page would show that instead of a text`,
					fix: `translate "${key}" from ${source.file}${finished(locale) ? '' : ', or remove the key so the English text is shown'}`,
				});
			}
		}
	}
	return problems;
}

function glossaryProblems({ tree, glossary }: RuleContext): Problem[] {
	const problems: Problem[] = [];
	const allTerms = [...tree.glossary, ...tree.unreadable.filter((f) => f.kind === 'glossary')];
	const english = glossary.filter((term) => term.locale === SOURCE_LOCALE).map((term) => term.id);
	const locales = new Set([...tree.glossary, ...tree.lessons].map((f) => f.locale));
	for (const locale of locales) {
		// English has every English term, so only the partial languages are skipped.
		if (!finished(locale)) continue;
		const present = new Set(allTerms.filter((f) => f.locale === locale).map((f) => f.id));
		for (const id of english) {
			if (!present.has(id)) {
				problems.push({
					code: 'i18n/glossary',
					file: `content/glossary/${locale}/${id}.yaml`,
					field: '(file)',
					message: `the glossary term "${id}" has no ${locale} translation`,
					fix: `translate content/glossary/en/${id}.yaml into this file`,
				});
			}
		}
	}
	return problems;
}

export function coverageRules(context: RuleContext): Problem[] {
	return [...glossaryProblems(context), ...uiStringProblems(context)];
}
